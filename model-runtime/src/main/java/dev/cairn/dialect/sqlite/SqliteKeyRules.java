package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.KeyRules;

/** SQLite's answers: foreign keys unchecked until rows are written, indexes only by CREATE INDEX. */
final class SqliteKeyRules implements KeyRules {

    @Override
    public boolean indexesInCreateTable() {
        return false;
    }

    @Override
    public boolean uniqueIndexesAreConstraints() {
        return false;
    }

    @Override
    public boolean keyConstraintsOwnIndexes() {
        return false;
    }

    @Override
    public boolean checksForeignKeyTargets() {
        return false;
    }

    @Override
    public boolean foreignKeyTargetNeedsUniqueKey() {
        return true;
    }

    @Override
    public boolean createsForeignKeyIndexes() {
        return false;
    }

    @Override
    public boolean restrictIsNoAction() {
        return false;
    }

    @Override
    public boolean columnPrefixKeys() {
        return false;
    }

    @Override
    public boolean indexExpressionParenthesesAreSyntax() {
        return false;
    }

    @Override
    public boolean recordsIndexMethods() {
        return false;
    }

    @Override
    public boolean indexTypeBeforeOn() {
        return false;
    }

    @Override
    public boolean createIndexNeedsName() {
        return false;
    }

    @Override
    public boolean keepsDeferral() {
        return false;
    }

    @Override
    public boolean keysTakeIndexParameters() {
        return false;
    }

    @Override
    public boolean keepsForeignKeyTargetsAsWritten() {
        return true;
    }
}
