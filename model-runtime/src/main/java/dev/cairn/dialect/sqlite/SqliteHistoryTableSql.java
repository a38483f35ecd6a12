package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.HistoryTableSql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The history table in {@code sqlite_master}. */
final class SqliteHistoryTableSql implements HistoryTableSql {
    static final SqliteHistoryTableSql INSTANCE = new SqliteHistoryTableSql();

    private SqliteHistoryTableSql() {
    }

    @Override
    public boolean exists(Connection c, String table) throws SQLException {
        // the catalog itself, not the driver's metadata query (a union over every object, three times); SQLite
        // resolves table names without regard to ASCII case
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public String unboundedTextType() {
        return "TEXT";
    }
}
