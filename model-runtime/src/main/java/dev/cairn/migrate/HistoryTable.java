package dev.cairn.migrate;

import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table that records which versions are applied (DESIGN.md, "History table"). Version 0 is the empty database. */
public final class HistoryTable {
    public static final String DEFAULT_NAME = "cairn_history";

    private final Dialect dialect;
    private final String name;
    private final String quoted;

    public HistoryTable(Dialect dialect, String name) {
        this.dialect = dialect;
        this.name = name == null || name.isBlank() ? DEFAULT_NAME : name;
        this.quoted = DdlRenderer.of(dialect).quote(this.name);
    }

    public String name() {
        return name;
    }

    public boolean exists(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        for (String candidate : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            try (ResultSet r = md.getTables(dialect.isMySqlFamily() ? c.getCatalog() : null,
                    dialect == Dialect.POSTGRESQL ? c.getSchema() : null, candidate, new String[]{"TABLE"})) {
                if (r.next()) return true;
            }
        }
        return false;
    }

    public void create(Connection c) throws SQLException {
        String text = dialect.isMySqlFamily() ? "LONGTEXT" : "TEXT";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + quoted + " ("
                    + "version BIGINT NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "file_name VARCHAR(500) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, "
                    + "down_sql " + text + ", "
                    + "irreversible " + text + ", "
                    + "applied_at VARCHAR(40) NOT NULL, "
                    + "applied_by VARCHAR(200), "
                    + "execution_ms BIGINT NOT NULL, "
                    + "schema_hash VARCHAR(64) NOT NULL)");
        }
    }

    /** The applied migrations, by version; empty when the table does not exist yet. */
    public List<AppliedMigration> read(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        List<AppliedMigration> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, description, file_name, checksum, down_sql, irreversible, applied_at, "
                     + "applied_by, execution_ms, schema_hash FROM " + quoted + " ORDER BY version")) {
            while (r.next()) {
                out.add(new AppliedMigration(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getLong(9), r.getString(10)));
            }
        }
        return out;
    }

    public void insert(Connection c, AppliedMigration m) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + quoted + " (version, description, file_name, checksum, down_sql, "
                + "irreversible, applied_at, applied_by, execution_ms, schema_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, m.version());
            p.setString(2, truncate(m.description(), 200));
            p.setString(3, truncate(m.fileName(), 500));
            p.setString(4, m.checksum());
            p.setString(5, m.downSql());
            p.setString(6, m.irreversible());
            p.setString(7, m.appliedAt());
            p.setString(8, truncate(m.appliedBy(), 200));
            p.setLong(9, m.executionMillis());
            p.setString(10, m.schemaHash());
            p.executeUpdate();
        }
    }

    public void delete(Connection c, long version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + quoted + " WHERE version = ?")) {
            p.setLong(1, version);
            p.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
