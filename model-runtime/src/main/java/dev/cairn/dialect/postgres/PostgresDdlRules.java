package dev.cairn.dialect.postgres;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.SequenceDefaults;
import dev.cairn.dialect.StatementSite;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** PostgreSQL's answers: names fold to lower case, enum types are schema objects, CASCADE drops dependents, serial types. */
final class PostgresDdlRules implements DdlRules {
    /** NAMEDATALEN - 1: the bytes of an identifier PostgreSQL keeps. */
    static final int MAX_NAME_BYTES = 63;

    /** bigint unless AS says otherwise; bounds of the type; CACHE 1. */
    private static final SequenceDefaults SEQUENCES = new SequenceDefaults("bigint",
            Map.of("smallint", new SequenceDefaults.Range(Short.MIN_VALUE, Short.MAX_VALUE),
                    "integer", new SequenceDefaults.Range(Integer.MIN_VALUE, Integer.MAX_VALUE),
                    "bigint", new SequenceDefaults.Range(Long.MIN_VALUE, Long.MAX_VALUE)),
            Map.of("int2", "smallint", "int", "integer", "int4", "integer", "int8", "bigint"), 1);
    private static final Pattern SERIAL = Pattern.compile("(small|big)?serial[248]?");

    @Override
    public boolean foldsUnquotedNamesToLowerCase() {
        return true;
    }

    @Override
    public boolean typesAreSchemaObjects() {
        return true;
    }

    @Override
    public boolean hasRenameTableStatement() {
        return false;
    }

    @Override
    public boolean primaryKeyImpliesNotNull() {
        return true;
    }

    @Override
    public boolean inlineKeyIsPrimaryKey() {
        return false;
    }

    @Override
    public boolean inlineReferencesMakeForeignKeys() {
        return true;
    }

    @Override
    public boolean keepsColumnLevelChecks() {
        return false;
    }

    @Override
    public boolean generatedColumnsStoredByDefault() {
        return true;
    }

    @Override
    public boolean isAutoIncrementType(String type) {
        return SERIAL.matcher(type.toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public boolean hasRowidTableOptions() {
        return false;
    }

    @Override
    public boolean charsetTableOptions() {
        return false;
    }

    @Override
    public String nationalCharset() {
        return null;
    }

    @Override
    public boolean stringsAsNames() {
        return false;
    }

    @Override
    public String nameAsStored(String name, StatementSite site) {
        return cutToNameLength(name);
    }

    /** The name cut to {@value #MAX_NAME_BYTES} bytes of UTF-8 at a character boundary, as PostgreSQL's lexer cuts every identifier. */
    static String cutToNameLength(String name) {
        if (name.length() <= MAX_NAME_BYTES / 4) return name; // surely short enough, without counting bytes
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + width > MAX_NAME_BYTES) return name.substring(0, i);
            bytes += width;
            i += Character.charCount(cp);
        }
        return name;
    }

    @Override
    public boolean commentIsTableOption() {
        return false;
    }

    @Override
    public boolean ifNotExistsLooksAtTablesAndViewsOnly() {
        return false;
    }

    @Override
    public boolean acceptsCascadeOnDrop() {
        return true;
    }

    @Override
    public boolean cascadeDropsDependents() {
        return true;
    }

    @Override
    public boolean hasOptionsAfterDrop() {
        return false;
    }

    @Override
    public boolean quotesNamesInBrackets() {
        return false;
    }

    @Override
    public boolean namesExpressionColumnsAsWritten() {
        return false;
    }

    @Override
    public boolean namesColumnReferencesAsDeclared() {
        return true;
    }

    @Override
    public SequenceDefaults sequenceDefaults() {
        return SEQUENCES;
    }

    @Override
    public boolean renameTableRewritesTriggers() {
        return false;
    }

    @Override
    public boolean renamesRewriteViews() {
        return false;
    }

    @Override
    public boolean preparedStatementsMayRunDdl() {
        return false;
    }

    @Override
    public boolean doRunsCodeBlocks() {
        return true;
    }

    @Override
    public boolean isCatalogTable(String schema, String name) {
        return schema == null ? name.toLowerCase(Locale.ROOT).startsWith("pg_") : schema.equalsIgnoreCase("pg_catalog");
    }
}
