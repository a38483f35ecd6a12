package dev.cairn.dialect.postgres;

import dev.cairn.dialect.DdlRules;

import java.util.Locale;
import java.util.regex.Pattern;

/** PostgreSQL's answers: names fold to lower case, enum types are schema objects, CASCADE drops dependents, serial types. */
final class PostgresDdlRules implements DdlRules {
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
}
