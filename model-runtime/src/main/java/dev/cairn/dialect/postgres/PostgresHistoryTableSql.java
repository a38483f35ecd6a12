package dev.cairn.dialect.postgres;

import dev.cairn.dialect.HistoryTableSql;
import dev.cairn.dialect.InformationSchema;

import java.sql.Connection;
import java.sql.SQLException;

/** The history table in the current schema. */
final class PostgresHistoryTableSql implements HistoryTableSql {
    static final PostgresHistoryTableSql INSTANCE = new PostgresHistoryTableSql();

    private PostgresHistoryTableSql() {
    }

    @Override
    public boolean exists(Connection c, String table) throws SQLException {
        return InformationSchema.hasTable(c, "current_schema()", table);
    }

    @Override
    public String unboundedTextType() {
        return "TEXT";
    }
}
