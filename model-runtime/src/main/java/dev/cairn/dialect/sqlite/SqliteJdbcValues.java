package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.JdbcValues;
import dev.cairn.schema.SqlType;

/** SQLite's values: dates and times as text, integers of 64 bits, floats of 64, the rowid behind INTEGER PRIMARY KEY. */
final class SqliteJdbcValues implements JdbcValues {
    static final SqliteJdbcValues INSTANCE = new SqliteJdbcValues();

    private SqliteJdbcValues() {
    }

    @Override
    public boolean keepsDatesAndTimesAsText() {
        return true;
    }

    @Override
    public boolean bindsUuidNatively() {
        return false;
    }

    @Override
    public boolean bindsOtherTypesAsUntypedText() {
        return false;
    }

    @Override
    public int integerBits(SqlType type) {
        return 64;
    }

    @Override
    public int floatBits(SqlType type) {
        return 64;
    }

    @Override
    public boolean keyIsRowId(SqlType type) {
        return type.name().equals("integer");
    }

    @Override
    public boolean hasNamedEnumTypes() {
        return false;
    }
}
