package dev.cairn.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The migrator's history table as anyone may read it: its name, whether it exists, the newest version it records.
 * The migrator writes it ({@code migrate.HistoryTable}); applications read their schema version through this.
 */
public final class HistoryTableReader {
    public static final String DEFAULT_NAME = "cairn_history";

    private final HistoryTableSql sql;
    private final String name;
    private final String quoted;

    /** @param name the table's name; the default when null or blank */
    public HistoryTableReader(Engine engine, String name) {
        this.sql = engine.history();
        this.name = name == null || name.isBlank() ? DEFAULT_NAME : name;
        this.quoted = engine.renderer().quote(this.name);
    }

    public String name() {
        return name;
    }

    /** The name as SQL writes it. */
    public String quoted() {
        return quoted;
    }

    /** Whether the table exists where the connection works (see {@link HistoryTableSql#exists}). */
    public boolean exists(Connection c) throws SQLException {
        return sql.exists(c, name);
    }

    /** The highest version the table records; 0 when it has none or does not exist. */
    public long newestVersion(Connection c) throws SQLException {
        if (!exists(c)) return 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM " + quoted)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
