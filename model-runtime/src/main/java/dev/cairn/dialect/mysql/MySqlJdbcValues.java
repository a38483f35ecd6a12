package dev.cairn.dialect.mysql;

import dev.cairn.dialect.JdbcValues;
import dev.cairn.schema.SqlType;

/** MySQL's and MariaDB's values: integers as wide as their names say, one bit more when unsigned. */
final class MySqlJdbcValues implements JdbcValues {
    static final MySqlJdbcValues INSTANCE = new MySqlJdbcValues();

    private MySqlJdbcValues() {
    }

    @Override
    public boolean keepsDatesAndTimesAsText() {
        return false;
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
        int sign = type.unsigned() ? 1 : 0;
        return switch (type.name()) {
            case "tinyint" -> 8 + sign;
            case "smallint", "int2" -> 16 + sign;
            case "mediumint" -> 24 + sign;
            case "int", "integer" -> 32 + sign;
            case "bigint", "int8" -> 64 + sign;
            default -> 32;
        };
    }

    @Override
    public int floatBits(SqlType type) {
        return type.name().equals("float") || type.name().equals("real") ? 32 : 64;
    }

    @Override
    public boolean keyIsRowId(SqlType type) {
        return false;
    }

    @Override
    public boolean hasNamedEnumTypes() {
        return false;
    }
}
