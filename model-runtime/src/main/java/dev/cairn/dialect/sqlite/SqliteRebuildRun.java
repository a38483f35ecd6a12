package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.dialect.TableRebuildRefused;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs SQL marked {@link RebuildMarker} on SQLite the way its table rebuild needs (lang_altertable.html#otheralter):
 * {@code PRAGMA foreign_keys=OFF} outside the transaction when enforcement is on (dropping the old table would
 * otherwise delete or cascade to the rows that reference it), {@code PRAGMA foreign_key_check} before the commit,
 * enforcement back on after it. Dropping a table drops its triggers, and rebuild SQL written by hand does not create
 * them again: their SQL is read from {@code sqlite_master} first and the ones the rebuild took are created again on
 * the new table (replay keeps them likewise: {@code MigrationRules#rebuildRestoresTriggers}).
 */
final class SqliteRebuildRun implements TableRebuild {
    private final boolean foreignKeysWereOn;
    private final Map<String, Trigger> triggers;

    private record Trigger(String name, String table, String sql) {
    }

    private SqliteRebuildRun(boolean foreignKeysWereOn, Map<String, Trigger> triggers) {
        this.foreignKeysWereOn = foreignKeysWereOn;
        this.triggers = triggers;
    }

    /**
     * Ends the connection's open transaction, switches enforcement off if it is on, and opens a new transaction (the
     * caller must check again that nobody else ran the migration in between).
     */
    static SqliteRebuildRun begin(Connection c) throws SQLException {
        c.commit();
        c.setAutoCommit(true);
        boolean on;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_keys")) {
            on = r.next() && r.getInt(1) == 1;
        }
        if (on) execute(c, "PRAGMA foreign_keys = OFF");
        c.setAutoCommit(false);
        return new SqliteRebuildRun(on, triggers(c));
    }

    /** In the transaction, after the statements: the lost triggers created again, then no foreign key may be broken. */
    @Override
    public void finish(Connection c) throws SQLException, TableRebuildRefused {
        Map<String, Trigger> now = triggers(c);
        for (Trigger t : triggers.values()) {
            if (now.containsKey(t.name()) || !tableExists(c, t.table())) continue;
            try {
                execute(c, t.sql());
            } catch (SQLException e) {
                throw new TableRebuildRefused("The table rebuild dropped trigger " + t.name() + " on " + t.table()
                        + ", and it cannot be created again on the rebuilt table: " + e.getMessage() + "\n    " + t.sql()
                        + "\n  drop or change the trigger in the migration itself (a written -- migrate:down part for a down)", e);
            }
        }
        List<String> broken = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
            while (r.next()) broken.add(r.getString(1) + " row " + r.getLong(2) + " → " + r.getString(3));
        }
        if (!broken.isEmpty()) {
            throw new TableRebuildRefused("After the table rebuild, rows reference rows that do not exist (PRAGMA foreign_key_check): "
                    + String.join(", ", broken.subList(0, Math.min(10, broken.size()))) + (broken.size() > 10 ? ", …" : "")
                    + "; nothing was changed", null);
        }
    }

    /** After the commit or rollback: enforcement on again, if it was on. */
    @Override
    public void restore(Connection c) throws SQLException {
        if (!foreignKeysWereOn) return;
        if (!c.getAutoCommit()) c.rollback();
        c.setAutoCommit(true);
        execute(c, "PRAGMA foreign_keys = ON");
        c.setAutoCommit(false);
    }

    private static Map<String, Trigger> triggers(Connection c) throws SQLException {
        Map<String, Trigger> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid")) {
            while (r.next()) out.put(r.getString(1), new Trigger(r.getString(1), r.getString(2), r.getString(3)));
        }
        return out;
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (var p = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
