package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.HistoryTableReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repeatable migrations applied ({@code <history>_repeatable}): per description, the checksum and the text as last
 * applied. An upgrade re-applies a repeatable migration whose checksum differs; the drift check replays the stored
 * texts over the versioned migrations' schema, so an edited file that is not applied yet is no drift.
 */
final class RepeatableHistory {
    /** A repeatable migration as last applied. */
    record Applied(String description, String fileName, String checksum, String sql) {
    }

    private final String name;
    private final String quoted;
    private final String text;

    RepeatableHistory(Engine engine, HistoryTable history) {
        this.name = history.repeatableTableName();
        this.quoted = engine.renderer().quote(name);
        this.text = engine.history().unboundedTextType();
        this.engine = engine;
    }

    private final Engine engine;

    boolean exists(Connection c) throws SQLException {
        return new HistoryTableReader(engine, name).exists(c);
    }

    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + quoted + " (description VARCHAR(200) NOT NULL PRIMARY KEY, file_name VARCHAR(500) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, applied_sql " + text + " NOT NULL, applied_at VARCHAR(40) NOT NULL, applied_by VARCHAR(200))");
        }
    }

    /** The applied ones by description, in description order; empty when the table does not exist. */
    Map<String, Applied> read(Connection c) throws SQLException {
        Map<String, Applied> out = new LinkedHashMap<>();
        if (!exists(c)) return out;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT description, file_name, checksum, applied_sql FROM " + quoted + " ORDER BY description")) {
            while (r.next()) out.put(r.getString(1), new Applied(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
        }
        return out;
    }

    /** The repeatable migrations whose text differs from the one last applied (or never applied), in order. */
    List<RepeatableMigration> changed(Connection c, List<RepeatableMigration> repeatables) throws SQLException {
        if (repeatables.isEmpty()) return List.of();
        Map<String, Applied> applied = read(c);
        return repeatables.stream().filter(r -> {
            Applied a = applied.get(r.description());
            return a == null || !a.checksum().equals(r.checksum());
        }).toList();
    }

    /** Records {@code r} as applied now (replacing its earlier row), in the open transaction. */
    void record(Connection c, RepeatableMigration r, String appliedBy) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + quoted + " WHERE description = ?")) {
            d.setString(1, r.description());
            d.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + quoted
                + " (description, file_name, checksum, applied_sql, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, r.description());
            p.setString(2, r.file().displayName());
            p.setString(3, r.checksum());
            p.setString(4, r.file().upSql());
            p.setString(5, OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            p.setString(6, appliedBy);
            p.executeUpdate();
        }
    }
}
