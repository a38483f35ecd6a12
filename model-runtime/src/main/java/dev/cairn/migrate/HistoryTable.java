package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.HistoryTableReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The table that records which versions are applied (DESIGN.md, "History table"). Version 0 is the empty database.
 * <p>
 * A migration whose statements commit one by one (MySQL/MariaDB DDL, a PostgreSQL file marked
 * {@code -- cairn:no-transaction}) is recorded before it runs, with {@code state} {@value #RUNNING}; the row becomes
 * applied ({@code state} null) when it completes, or {@value #PARTIAL} with a {@code note} saying what ran and how to
 * recover when neither it nor its compensation could complete. Such rows are {@link #incomplete}, never
 * {@link #read applied}.
 */
public final class HistoryTable {
    public static final String DEFAULT_NAME = HistoryTableReader.DEFAULT_NAME;
    static final String RUNNING = "running";
    static final String PARTIAL = "partial";
    /** A migration whose down runs statement by statement (MySQL/MariaDB): set before its first statement, the row removed after the last. */
    static final String REVERTING = "reverting";

    private final HistoryTableReader reader;
    private final String quoted;
    private final String text;

    /** @param name the table's name; {@value #DEFAULT_NAME} when null or blank */
    public HistoryTable(Engine engine, String name) {
        this.reader = new HistoryTableReader(engine, name);
        this.quoted = reader.quoted();
        this.text = engine.history().unboundedTextType();
    }

    public String name() {
        return reader.name();
    }

    /** The table of the lease lock beside this one, on a cluster whose nodes keep their own locks ({@code <history>_lock}). */
    public String leaseTableName() {
        return reader.name() + "_lock";
    }

    /** The table of the repeatable migrations applied beside this one ({@code <history>_repeatable}, see {@link RepeatableHistory}). */
    public String repeatableTableName() {
        return reader.name() + "_repeatable";
    }

    /**
     * The tables the migrator keeps for itself (never part of the schema it compares): this one, its lease table and
     * its table of repeatable migrations; and Flyway's history table, which an import from Flyway leaves in place
     * ({@value FlywayImport#FLYWAY_TABLE}).
     */
    public String[] tablesOfItsOwn() {
        return new String[] {name(), leaseTableName(), repeatableTableName(), FlywayImport.FLYWAY_TABLE};
    }

    /** Whether the table exists where the connection works (see {@link dev.cairn.dialect.HistoryTableSql#exists}). */
    public boolean exists(Connection c) throws SQLException {
        return reader.exists(c);
    }

    public void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(createSql());
            Set<String> columns = columns(c);
            if (!columns.contains("state")) { // a table created before migrations could be incomplete
                s.execute("ALTER TABLE " + quoted + " ADD COLUMN state VARCHAR(20)");
                s.execute("ALTER TABLE " + quoted + " ADD COLUMN note " + text);
            }
            if (!columns.contains("owner")) s.execute("ALTER TABLE " + quoted + " ADD COLUMN owner VARCHAR(200)"); // before running rows named their migrator
        }
    }

    /** The statement that creates the table when it does not exist (as {@link #create} and a dry run's file run it). */
    String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + quoted + " ("
                + "version BIGINT NOT NULL PRIMARY KEY, "
                + "description VARCHAR(200) NOT NULL, "
                + "file_name VARCHAR(500) NOT NULL, "
                + "checksum VARCHAR(64) NOT NULL, "
                + "down_sql " + text + ", "
                + "irreversible " + text + ", "
                + "applied_at VARCHAR(40) NOT NULL, "
                + "applied_by VARCHAR(200), "
                + "execution_ms BIGINT NOT NULL, "
                + "schema_hash VARCHAR(64) NOT NULL, "
                + "state VARCHAR(20), "
                + "note " + text + ", "
                + "owner VARCHAR(200))";
    }

    private boolean hasStateColumns(Connection c) throws SQLException {
        return columns(c).contains("state");
    }

    /** The table's column names, in lower case. */
    private Set<String> columns(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + quoted + " WHERE 1 = 0")) {
            for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) out.add(r.getMetaData().getColumnName(k).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** The applied migrations, by version; empty when the table does not exist yet. */
    public List<AppliedMigration> read(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        String completed = hasStateColumns(c) ? " WHERE state IS NULL" : "";
        List<AppliedMigration> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, description, file_name, checksum, down_sql, irreversible, applied_at, "
                     + "applied_by, execution_ms, schema_hash FROM " + quoted + completed + " ORDER BY version")) {
            while (r.next()) {
                out.add(new AppliedMigration(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getLong(9), r.getString(10)));
            }
        }
        return out;
    }

    /**
     * The applied migrations with only what the history check needs (version, file name, checksum; the other fields
     * empty): the no-op upgrade's read, which need not fetch every row's down SQL.
     */
    public List<AppliedMigration> readForCheck(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        String completed = hasStateColumns(c) ? " WHERE state IS NULL" : "";
        List<AppliedMigration> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, file_name, checksum FROM " + quoted + completed + " ORDER BY version")) {
            while (r.next()) out.add(new AppliedMigration(r.getLong(1), null, r.getString(2), r.getString(3), null, null, null, null, 0, null));
        }
        return out;
    }

    /** The versions of the completed migrations; the table exists and has its state column (see {@link #create}). */
    public Set<Long> appliedVersions(Connection c) throws SQLException {
        Set<Long> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM " + quoted + " WHERE state IS NULL")) {
            while (r.next()) out.add(r.getLong(1));
        }
        return out;
    }

    /** How many migrations completed; the table exists and has its state column. */
    public int appliedCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + quoted + " WHERE state IS NULL")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The migrations that started but did not complete (state {@value #RUNNING} or {@value #PARTIAL}), by version. */
    public List<IncompleteMigration> incomplete(Connection c) throws SQLException {
        if (!exists(c)) return List.of();
        Set<String> columns = columns(c);
        if (!columns.contains("state")) return List.of();
        String owner = columns.contains("owner") ? "owner" : "NULL";
        List<IncompleteMigration> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, file_name, state, note, " + owner + " FROM " + quoted + " WHERE state IS NOT NULL ORDER BY version")) {
            while (r.next()) out.add(new IncompleteMigration(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
        }
        return out;
    }

    public void insert(Connection c, AppliedMigration m) throws SQLException {
        insert(c, m, null, null);
    }

    /** Records a migration about to run statement by statement (state {@value #RUNNING}) by the migrator {@code owner} names. */
    public void insertRunning(Connection c, AppliedMigration m, String owner) throws SQLException {
        insert(c, m, RUNNING, owner);
    }

    /** The running migration completed. */
    public void markApplied(Connection c, long version, long executionMillis) throws SQLException {
        write(c, "UPDATE " + quoted + " SET state = NULL, note = NULL, owner = NULL, execution_ms = ? WHERE version = ?", executionMillis, version);
    }

    /** The down of {@code version} is about to run statement by statement (state {@value #REVERTING}). */
    public void markReverting(Connection c, long version) throws SQLException {
        write(c, "UPDATE " + quoted + " SET state = ? WHERE version = ?", REVERTING, version);
    }

    /** A down that did not run, or whose statements were redone: the row is an applied migration again. */
    public void markNotReverting(Connection c, long version) throws SQLException {
        write(c, "UPDATE " + quoted + " SET state = NULL, note = NULL WHERE version = ? AND state = ?", version, REVERTING);
    }

    /** How many statements of the reverting down of {@code version} ran (see {@link DownProgress}). */
    void markRevertingProgress(Connection c, long version, DownProgress progress) throws SQLException {
        write(c, "UPDATE " + quoted + " SET note = ? WHERE version = ? AND state = ?", progress.note(), version, REVERTING);
    }

    /** The down stored for {@code version}, whatever its state (null when none was stored). */
    public String storedDown(Connection c, long version) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT down_sql FROM " + quoted + " WHERE version = ?")) {
            p.setLong(1, version);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The running migration stopped half-way and could not be undone: {@code note} says what ran and how to recover. */
    public void markPartial(Connection c, long version, String note) throws SQLException {
        write(c, "UPDATE " + quoted + " SET state = ?, note = ? WHERE version = ?", PARTIAL, note, version);
    }

    private void insert(Connection c, AppliedMigration m, String state, String owner) throws SQLException {
        boolean named = owner != null;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + quoted + " (version, description, file_name, checksum, down_sql, "
                + "irreversible, applied_at, applied_by, execution_ms, schema_hash, state" + (named ? ", owner" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (named ? ", ?" : "") + ")")) {
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
            p.setString(11, state);
            if (named) p.setString(12, owner);
            p.executeUpdate();
        }
    }

    /**
     * For a {@link ClientScript}: the INSERT {@link #insert} runs, the values as literals, {@code applied_at} the time
     * the file runs; {@code running} writes the row of a migration about to run statement by statement.
     */
    String insertStatement(ClientScript script, AppliedMigration m, boolean running, String owner) {
        return "INSERT INTO " + quoted + " (version, description, file_name, checksum, down_sql, irreversible, applied_at, applied_by, "
                + "execution_ms, schema_hash, state, owner) VALUES (" + m.version() + ", " + script.literal(truncate(m.description(), 200)) + ", "
                + script.literal(truncate(m.fileName(), 500)) + ", " + script.literal(m.checksum()) + ", " + script.literal(m.downSql()) + ", "
                + script.literal(m.irreversible()) + ", " + script.nowUtc() + ", " + script.literal(truncate(m.appliedBy(), 200)) + ", "
                + m.executionMillis() + ", " + script.literal(m.schemaHash()) + ", " + script.literal(running ? RUNNING : null) + ", "
                + script.literal(running ? owner : null) + ")";
    }

    /** For a {@link ClientScript}: {@link #markApplied} (execution time 0). */
    String markAppliedStatement(long version) {
        return "UPDATE " + quoted + " SET state = NULL, note = NULL, owner = NULL, execution_ms = 0 WHERE version = " + version;
    }

    /** For a {@link ClientScript}: {@link #markReverting}. */
    String markRevertingStatement(long version) {
        return "UPDATE " + quoted + " SET state = '" + REVERTING + "' WHERE version = " + version;
    }

    /** For a {@link ClientScript}: {@link #markRevertingProgress}. */
    String revertingProgressStatement(ClientScript script, long version, DownProgress progress) {
        return "UPDATE " + quoted + " SET note = " + script.literal(progress.note()) + " WHERE version = " + version + " AND state = '" + REVERTING + "'";
    }

    /** For a {@link ClientScript}: {@link #updateDown}. */
    String updateDownStatement(ClientScript script, long version, String downSql) {
        return "UPDATE " + quoted + " SET down_sql = " + script.literal(downSql) + ", irreversible = NULL WHERE version = " + version;
    }

    /** For a {@link ClientScript}: {@link #delete}. */
    String deleteStatement(long version) {
        return "DELETE FROM " + quoted + " WHERE version = " + version;
    }

    /** Stores {@code downSql} as the down of the applied {@code version} (its file's down part was written or changed). */
    void updateDown(Connection c, long version, String downSql) throws SQLException {
        write(c, "UPDATE " + quoted + " SET down_sql = ?, irreversible = NULL WHERE version = ?", downSql, version);
    }

    public void delete(Connection c, long version) throws SQLException {
        write(c, "DELETE FROM " + quoted + " WHERE version = ?", version);
    }

    /** Runs one UPDATE or DELETE of the history table with {@code values} bound in order (a null is a text column's null). */
    private static void write(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) p.setNull(i + 1, Types.VARCHAR);
                else p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
