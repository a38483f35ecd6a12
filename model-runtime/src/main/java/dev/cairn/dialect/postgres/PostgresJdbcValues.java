package dev.cairn.dialect.postgres;

import dev.cairn.dialect.JdbcValues;
import dev.cairn.schema.SqlType;

/** PostgreSQL's values: a native uuid, untyped text for json, interval and enums, named enum types. */
final class PostgresJdbcValues implements JdbcValues {
    static final PostgresJdbcValues INSTANCE = new PostgresJdbcValues();

    private PostgresJdbcValues() {
    }

    @Override
    public boolean keepsDatesAndTimesAsText() {
        return false;
    }

    @Override
    public boolean bindsUuidNatively() {
        return true;
    }

    @Override
    public boolean bindsOtherTypesAsUntypedText() {
        return true;
    }

    @Override
    public int integerBits(SqlType type) {
        String n = type.name();
        if (n.equals("bigint") || n.equals("int8")) return 64;
        if (n.equals("smallint") || n.equals("int2")) return 16;
        return 32;
    }

    @Override
    public int floatBits(SqlType type) {
        return type.name().equals("real") ? 32 : 64;
    }

    @Override
    public boolean keyIsRowId(SqlType type) {
        return false;
    }

    @Override
    public boolean hasNamedEnumTypes() {
        return true;
    }
}
