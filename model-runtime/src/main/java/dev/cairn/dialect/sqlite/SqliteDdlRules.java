package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.SequenceDefaults;

import java.util.Locale;

/** SQLite's answers: names as written, rowid tables with their options, no CASCADE, {@code [name]} quoting. */
final class SqliteDdlRules implements DdlRules {

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
        return false;
    }

    @Override
    public boolean primaryKeyImpliesNotNull() {
        return false;
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
        return false;
    }

    @Override
    public boolean isAutoIncrementType(String type) {
        return false;
    }

    @Override
    public boolean hasRowidTableOptions() {
        return true;
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
        return true;
    }

    @Override
    public boolean commentIsTableOption() {
        return false;
    }

    @Override
    public boolean ifNotExistsLooksAtTablesAndViewsOnly() {
        return true;
    }

    @Override
    public boolean acceptsCascadeOnDrop() {
        return false;
    }

    @Override
    public boolean cascadeDropsDependents() {
        return false;
    }

    @Override
    public boolean hasOptionsAfterDrop() {
        return false;
    }

    @Override
    public boolean quotesNamesInBrackets() {
        return true;
    }

    @Override
    public boolean namesExpressionColumnsAsWritten() {
        return true;
    }

    @Override
    public boolean namesColumnReferencesAsDeclared() {
        return true;
    }

    @Override
    public SequenceDefaults sequenceDefaults() {
        throw new UnsupportedOperationException("SQLite has no sequences");
    }

    @Override
    public boolean renameTableRewritesTriggers() {
        return true;
    }

    @Override
    public boolean renamesRewriteViews() {
        return true;
    }

    @Override
    public boolean preparedStatementsMayRunDdl() {
        return false;
    }

    @Override
    public boolean doRunsCodeBlocks() {
        return false;
    }

    @Override
    public boolean isCatalogTable(String schema, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("sqlite_schema") || n.equals("sqlite_master") || n.equals("sqlite_temp_schema") || n.equals("sqlite_temp_master");
    }
}
