package dev.cairn.dialect.postgres;

import dev.cairn.dialect.KeyRules;

/** PostgreSQL's answers: keys are indexes of their own name, foreign keys need a unique target, index methods count. */
final class PostgresKeyRules implements KeyRules {

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
        return true;
    }

    @Override
    public boolean checksForeignKeyTargets() {
        return true;
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
        return true;
    }

    @Override
    public boolean recordsIndexMethods() {
        return true;
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
        return true;
    }

    @Override
    public boolean keysTakeIndexParameters() {
        return true;
    }

    @Override
    public boolean mergesRepeatedKeysInCreateTable() {
        return true;
    }
}
