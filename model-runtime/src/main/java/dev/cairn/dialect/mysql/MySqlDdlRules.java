package dev.cairn.dialect.mysql;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.SequenceDefaults;
import dev.cairn.dialect.StatementSite;

import java.util.Map;

/**
 * MySQL's and MariaDB's answers: names as written, backslash escapes, RENAME TABLE, KEY for PRIMARY KEY, table
 * comments as options, CASCADE accepted and ignored. They differ on an inline REFERENCES.
 */
final class MySqlDdlRules implements DdlRules {
    /** The characters of a name of a table, column, index, constraint, view or routine. */
    static final int MAX_NAME_CHARACTERS = 64;

    /**
     * MariaDB's sequences (10.11: bigint only, no AS): ascending 1 to 2^63 - 2, descending -(2^63 - 1) to -1, CACHE
     * 1000 (NOCACHE is CACHE 0).
     */
    private static final SequenceDefaults MARIADB_SEQUENCES = new SequenceDefaults("bigint",
            Map.of("bigint", new SequenceDefaults.Range(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1)), Map.of(), 1000);

    /** MySQL parses an inline REFERENCES and ignores it; it has no sequences. */
    static final MySqlDdlRules MYSQL = new MySqlDdlRules(false, false, null);
    /** MariaDB makes an inline REFERENCES a foreign key, and keeps a column CHECK with its column. */
    static final MySqlDdlRules MARIADB = new MySqlDdlRules(true, true, MARIADB_SEQUENCES);

    private final boolean inlineReferencesMakeForeignKeys;
    private final boolean keepsColumnLevelChecks;
    private final SequenceDefaults sequences;

    private MySqlDdlRules(boolean inlineReferencesMakeForeignKeys, boolean keepsColumnLevelChecks, SequenceDefaults sequences) {
        this.inlineReferencesMakeForeignKeys = inlineReferencesMakeForeignKeys;
        this.keepsColumnLevelChecks = keepsColumnLevelChecks;
        this.sequences = sequences;
    }

    @Override
    public boolean foldsUnquotedNamesToLowerCase() {
        return false;
    }

    @Override
    public boolean typesAreSchemaObjects() {
        return false;
    }

    @Override
    public boolean hasRenameTableStatement() {
        return true;
    }

    @Override
    public boolean primaryKeyImpliesNotNull() {
        return true;
    }

    @Override
    public boolean inlineKeyIsPrimaryKey() {
        return true;
    }

    @Override
    public boolean inlineReferencesMakeForeignKeys() {
        return inlineReferencesMakeForeignKeys;
    }

    /** MariaDB keeps a column CHECK with its column ({@code information_schema.CHECK_CONSTRAINTS.LEVEL}); MySQL makes it the table's. */
    @Override
    public boolean keepsColumnLevelChecks() {
        return keepsColumnLevelChecks;
    }

    @Override
    public boolean generatedColumnsStoredByDefault() {
        return false;
    }

    @Override
    public boolean isAutoIncrementType(String type) {
        return false;
    }

    @Override
    public boolean hasRowidTableOptions() {
        return false;
    }

    @Override
    public boolean charsetTableOptions() {
        return true;
    }

    @Override
    public String nationalCharset() {
        return "utf8mb3";
    }

    @Override
    public boolean stringsAsNames() {
        return false;
    }

    @Override
    public String nameAsStored(String name, StatementSite site) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_NAME_CHARACTERS) return name;
        throw site.refused("the name " + name + " is " + length + " characters long; MySQL and MariaDB allow " + MAX_NAME_CHARACTERS,
                "shorten it to " + MAX_NAME_CHARACTERS + " characters or fewer");
    }

    @Override
    public boolean commentIsTableOption() {
        return true;
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
        return false;
    }

    @Override
    public boolean hasOptionsAfterDrop() {
        return true;
    }

    @Override
    public boolean quotesNamesInBrackets() {
        return false;
    }

    @Override
    public boolean namesExpressionColumnsAsWritten() {
        return true;
    }

    @Override
    public boolean namesColumnReferencesAsDeclared() {
        return false;
    }

    @Override
    public SequenceDefaults sequenceDefaults() {
        if (sequences == null) throw new UnsupportedOperationException("MySQL has no sequences");
        return sequences;
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
        return true;
    }

    @Override
    public boolean doRunsCodeBlocks() {
        return false;
    }

    @Override
    public boolean isCatalogTable(String schema, String name) {
        return false;
    }
}
