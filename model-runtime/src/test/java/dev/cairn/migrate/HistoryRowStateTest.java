package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code state} of a history row: {@code running} while a migration runs statement by statement, {@code partial}
 * when it stopped half-way, null once applied; only rows with a null state count as applied. Seen on a real SQLite
 * file through {@link HistoryTable}, and on PostgreSQL in the middle of a real upgrade held at a statement that waits
 * for a lock the test holds (no timing: the test waits for the row to appear).
 */
class HistoryRowStateTest {
    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void close() throws SQLException {
        if (live != null) live.close();
    }

    private static AppliedMigration row(long version) {
        return new AppliedMigration(version, "v" + version, "00" + version + "_v.sql", "c" + version, null, null, "2026-01-01 00:00:00",
                "test", 0, "h" + version);
    }

    @Test
    void aRunningRowIsIncompleteUntilMarkedAppliedAndAPartialOneStaysIncomplete() throws Exception {
        HistoryTable history = new HistoryTable(Engines.of(Dialect.SQLITE), null);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db"))) {
            history.create(c);
            history.insert(c, row(1));
            history.insertRunning(c, row(2), "session 7");
            history.insertRunning(c, row(3), "lease host/1/ab");
            assertEquals(List.of(new IncompleteMigration(2, "002_v.sql", "running", null, "session 7"),
                            new IncompleteMigration(3, "003_v.sql", "running", null, "lease host/1/ab")),
                    history.incomplete(c));
            assertEquals(Set.of(1L), history.appliedVersions(c));
            assertEquals(1, history.appliedCount(c));

            history.markApplied(c, 2, 5);
            history.markPartial(c, 3, "stopped after 1 statement(s)");
            List<IncompleteMigration> incomplete = history.incomplete(c);
            assertEquals(List.of(new IncompleteMigration(3, "003_v.sql", "partial", "stopped after 1 statement(s)", "lease host/1/ab")), incomplete);
            assertTrue(incomplete.get(0).isPartial());
            assertEquals(Set.of(1L, 2L), history.appliedVersions(c));
            assertEquals(2, history.appliedCount(c));
            assertEquals(List.of(1L, 2L), history.read(c).stream().map(AppliedMigration::version).toList());
        }
    }

    @Test
    void aMigrationRunningStatementByStatementOnPostgresqlIsRecordedRunningThenApplied() throws Exception {
        live = LiveDatabase.of(Dialect.POSTGRESQL);
        MigrationsOnDisk project = MigrationsOnDisk.on(dir, live)
                .file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n")
                .file("002_slow_index.sql", """
                        -- cairn:no-transaction
                        SELECT pg_advisory_lock(912021);
                        SELECT pg_advisory_unlock(912021);
                        CREATE INDEX CONCURRENTLY ix_users_id ON users (id);
                        """);
        try (Connection holder = DriverManager.getConnection(LiveDatabase.POSTGRES_URL, "postgres", null);
             Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(912021)");
            CompletableFuture<Long> upgrade = CompletableFuture.supplyAsync(() -> project.migrator().upgrade(null, false));
            String state = null;
            for (int k = 0; k < 1200 && !upgrade.isDone(); k++) { // until the migrator is held at the lock, at most two minutes
                state = stateOf(s, live.namespace(), 2);
                if (state != null) break;
                Thread.sleep(100);
            }
            assertEquals("running", state, () -> "version 2 while it runs; log: " + project.logText());
            assertEquals("1", single(s, "SELECT string_agg(version::text, ',') FROM " + live.namespace() + ".cairn_history WHERE state IS NULL"));
            s.execute("SELECT pg_advisory_unlock(912021)");
            assertEquals(2L, upgrade.get(120, TimeUnit.SECONDS));
            assertEquals("1,2", single(s, "SELECT string_agg(version::text, ',' ORDER BY version) FROM " + live.namespace()
                    + ".cairn_history WHERE state IS NULL"));
        }
    }

    /** The row's state, {@code (null)} for a null one, or null while there is no row. */
    private static String stateOf(Statement s, String schema, long version) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT state FROM " + schema + ".cairn_history WHERE version = " + version)) {
            return !r.next() ? null : r.getString(1) == null ? "(null)" : r.getString(1);
        } catch (SQLException tableNotThereYet) {
            return null;
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
