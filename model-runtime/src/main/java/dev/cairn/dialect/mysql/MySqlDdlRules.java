package dev.cairn.dialect.mysql;

import dev.cairn.dialect.DdlRules;

/**
 * MySQL's and MariaDB's answers: names as written, backslash escapes, RENAME TABLE, KEY for PRIMARY KEY, table
 * comments as options, CASCADE accepted and ignored. They differ on an inline REFERENCES.
 */
final class MySqlDdlRules implements DdlRules {
    /** MySQL parses an inline REFERENCES and ignores it. */
    static final MySqlDdlRules MYSQL = new MySqlDdlRules(false);
    /** MariaDB makes an inline REFERENCES a foreign key. */
    static final MySqlDdlRules MARIADB = new MySqlDdlRules(true);

    private final boolean inlineReferencesMakeForeignKeys;

    private MySqlDdlRules(boolean inlineReferencesMakeForeignKeys) {
        this.inlineReferencesMakeForeignKeys = inlineReferencesMakeForeignKeys;
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
}
