package dev.cairn.dialect.mysql;

import dev.cairn.dialect.HistoryTableSql;
import dev.cairn.dialect.InformationSchema;

import java.sql.Connection;
import java.sql.SQLException;

/** The history table in the current database; long texts are {@code LONGTEXT} ({@code TEXT} holds 64 KB). */
final class MySqlHistoryTableSql implements HistoryTableSql {
    static final MySqlHistoryTableSql INSTANCE = new MySqlHistoryTableSql();

    private MySqlHistoryTableSql() {
    }

    @Override
    public boolean exists(Connection c, String table) throws SQLException {
        return InformationSchema.hasTable(c, "DATABASE()", table);
    }

    @Override
    public String unboundedTextType() {
        return "LONGTEXT";
    }
}
