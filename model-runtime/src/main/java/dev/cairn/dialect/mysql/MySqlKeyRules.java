package dev.cairn.dialect.mysql;

import dev.cairn.dialect.KeyRules;

/** MySQL's and MariaDB's (InnoDB's) answers: indexes per table, unique indexes as keys, an index for every foreign key. */
final class MySqlKeyRules implements KeyRules {

    @Override
    public boolean indexesInCreateTable() {
        return true;
    }

    @Override
    public boolean uniqueIndexesAreConstraints() {
        return true;
    }

    @Override
    public boolean keyConstraintsOwnIndexes() {
        return false;
    }

    @Override
    public boolean checksForeignKeyTargets() {
        return true;
    }

    @Override
    public boolean foreignKeyTargetNeedsUniqueKey() {
        return false;
    }

    @Override
    public boolean createsForeignKeyIndexes() {
        return true;
    }

    @Override
    public boolean restrictIsNoAction() {
        return true;
    }

    @Override
    public boolean columnPrefixKeys() {
        return true;
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
        return true;
    }

    @Override
    public boolean createIndexNeedsName() {
        return true;
    }

    @Override
    public boolean keepsDeferral() {
        return false;
    }

    @Override
    public boolean keysTakeIndexParameters() {
        return false;
    }
}
