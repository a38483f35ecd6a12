package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.cairn.migrate.ServerMigratorTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The server ends the migrator's connection in the middle of a migration ({@code pg_terminate_backend}, MariaDB's
 * {@code KILL}), during an upgrade and during a downgrade: the migrator stops with a message, and the next
 * {@code db:upgrade} completes, {@code db:validate} is clean and every migration is applied exactly once.
 */
class ServerConnectionKilledTest {
    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    private static String sleep(Dialect d) {
        return d == Dialect.POSTGRESQL ? "SELECT pg_sleep(30)" : "SELECT SLEEP(30)";
    }

    private MigrationsOnDisk project(Dialect d) throws Exception {
        live = LiveDatabase.of(d);
        return MigrationsOnDisk.on(dir, live)
                .file("001_log.sql", "CREATE TABLE applied_log (version INTEGER PRIMARY KEY, note VARCHAR(20));\n"
                        + "INSERT INTO applied_log (version, note) VALUES (1, 'one');\n")
                .file("002_big.sql", "CREATE TABLE big (n INTEGER);\n" + sleep(d) + ";\nCREATE INDEX ix_big ON big (n);\n"
                        + "INSERT INTO applied_log (version, note) VALUES (2, 'two');\n")
                .file("003_c.sql", "CREATE TABLE c (id INTEGER);\nINSERT INTO applied_log (version, note) VALUES (3, 'three');\n"
                        + "-- migrate:down\nDELETE FROM applied_log WHERE version = 3;\n" + sleep(d) + ";\nDROP TABLE c;\n");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void killedDuringAnUpgrade(Dialect d) throws Exception {
        MigrationsOnDisk p = project(d);
        assertEquals(1, p.migrator().upgrade(1L, false));
        CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> p.migrator().upgrade(null, false));
        killTheSleeper(d);
        String message = failure(run);
        assertTrue(message.contains("002_big.sql:2:1") && message.contains("connection to the database was lost") || message.contains("Database error"), message);
        recoversAndValidates(p);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void killedDuringADowngrade(Dialect d) throws Exception {
        MigrationsOnDisk p = project(d);
        p.file("002_big.sql", "CREATE TABLE big (n INTEGER);\nCREATE INDEX ix_big ON big (n);\nINSERT INTO applied_log (version, note) VALUES (2, 'two');\n");
        assertEquals(3, p.migrator().upgrade(null, false));
        CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> p.migrator().downgrade(null, false));
        killTheSleeper(d);
        String message = failure(run);
        assertTrue(message.contains("003_c.sql:") && message.contains("connection to the database was lost") || message.contains("Database error"), message);
        p.log.clear();
        recoversAndValidates(p);
        // PostgreSQL rolled the down back; on MariaDB the row was left reverting, and the upgrade finished the down first
        assertEquals(d == Dialect.MARIADB, p.logText().contains("The down of migrations/003_c.sql was left half-run"), p.logText());
    }

    /**
     * After a downgrade killed during 003's down, {@code db:downgrade} itself finishes it (MariaDB: the row was left
     * reverting; PostgreSQL rolled the down back, so it is a plain downgrade) and goes on to the target: version 2 by
     * default, 1 when asked.
     */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aDowngradeKilledHalfWayIsFinishedByTheNextDowngrade(Dialect d) throws Exception {
        MigrationsOnDisk p = killedDuringTheDownOf3(d);
        MigrationStatus status = p.migrator().status();
        assertEquals(d == Dialect.MARIADB, String.join("\n", status.lines()).contains("was being reverted when its migrator stopped; the next db:downgrade"
                + " finishes its down"), String.join("\n", status.lines()));
        assertEquals(2, p.migrator().downgrade(null, false), p.logText());
        assertEquals(d == Dialect.MARIADB, p.logText().contains("The down of migrations/003_c.sql was left half-run by a migrator that stopped after"
                + " statement"), p.logText());
        p.migrator().validate();
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 2);
        assertEquals(java.util.List.of("1", "2"), strings(live, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(java.util.List.of("1", "2"), strings(live, "SELECT version FROM cairn_history ORDER BY version"));
        assertEquals(3, p.migrator().upgrade(null, false), "and up again");
        p.migrator().validate();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MARIADB"})
    void aDowngradeKilledHalfWayIsFinishedByTheNextDowngradeWhichGoesOnToItsTarget(Dialect d) throws Exception {
        MigrationsOnDisk p = killedDuringTheDownOf3(d);
        MigrationProblem above = assertThrows(MigrationProblem.class, () -> p.migrator().downgrade(3L, false));
        assertTrue(above.getMessage().startsWith("The down of version 3 (migrations/003_c.sql) was left half-run, so a downgrade finishes it and"
                + " reaches version 2 at least; the target 3 is above that"), above.getMessage());
        assertEquals(2, p.migrator().downgrade(1L, true), "a dry run: " + p.logText());
        assertTrue(p.logText().contains("-- The down of version 3 (migrations/003_c.sql) was left half-run by a migrator that stopped; this"
                + " downgrade finishes it first"), p.logText());
        assertEquals(1, p.migrator().downgrade(1L, false), p.logText());
        p.migrator().validate();
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 1);
        assertEquals(java.util.List.of("1"), strings(live, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(java.util.List.of("1"), strings(live, "SELECT version FROM cairn_history ORDER BY version"));
    }

    /**
     * A hand-written down whose data statements ran before the server ended its connection: the next downgrade resumes
     * after them (the row counts the statements that ran), so the INSERT, which the key refuses twice, and the UPDATE,
     * which would append twice, run once. (Without the count it resumed where the schema first matched: the start.)
     */
    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MARIADB"})
    void theDataStatementsOfAHalfRunDownRunOnce(Dialect d) throws Exception {
        live = LiveDatabase.of(d);
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_log.sql", "CREATE TABLE applied_log (version INTEGER PRIMARY KEY, note VARCHAR(20));\n"
                        + "CREATE TABLE hold (on_hold INTEGER);\nINSERT INTO hold VALUES (1);\n")
                .file("002_c.sql", "CREATE TABLE c (id INTEGER);\n-- migrate:down\n"
                        + "INSERT INTO applied_log (version, note) VALUES (-2, 'down of 2');\n"
                        + "UPDATE applied_log SET note = CONCAT(note, '+') WHERE version = -2;\n"
                        + "SELECT SLEEP(30) FROM hold WHERE on_hold = 1;\n" // held the first time only: the test then lifts it
                        + "DROP TABLE c;\n");
        assertEquals(2, p.migrator().upgrade(null, false));
        CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> p.migrator().downgrade(null, false));
        killTheSleeper(d);
        failure(run);
        assertEquals(java.util.List.of("2 of 4 statements of its down ran"), strings(live, "SELECT note FROM cairn_history WHERE version = 2"));
        try (Statement s = live.connection().createStatement()) {
            s.execute("UPDATE hold SET on_hold = 0");
        }
        p.log.clear();
        assertEquals(1, p.migrator().downgrade(null, false), p.logText());
        assertTrue(p.logText().contains("stopped after statement 2 of 4"), p.logText());
        assertEquals(java.util.List.of("-2 down of 2+"), strings(live, "SELECT CONCAT(version, ' ', note) FROM applied_log"));
        p.migrator().validate();
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 1);
    }

    /** Versions 1 to 3 applied, then a downgrade whose connection the server ends during 003's down (after its DELETE). */
    private MigrationsOnDisk killedDuringTheDownOf3(Dialect d) throws Exception {
        MigrationsOnDisk p = project(d);
        p.file("002_big.sql", "CREATE TABLE big (n INTEGER);\nCREATE INDEX ix_big ON big (n);\nINSERT INTO applied_log (version, note) VALUES (2, 'two');\n");
        assertEquals(3, p.migrator().upgrade(null, false));
        CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> p.migrator().downgrade(null, false));
        killTheSleeper(d);
        failure(run);
        p.log.clear();
        return p;
    }

    private void recoversAndValidates(MigrationsOnDisk p) throws Exception {
        p.file("002_big.sql", "CREATE TABLE big (n INTEGER);\nCREATE INDEX ix_big ON big (n);\nINSERT INTO applied_log (version, note) VALUES (2, 'two');\n");
        p.file("003_c.sql", "CREATE TABLE c (id INTEGER);\nINSERT INTO applied_log (version, note) VALUES (3, 'three');\n"
                + "-- migrate:down\nDELETE FROM applied_log WHERE version = 3;\nDROP TABLE c;\n");
        // the files lose their sleeps (002 was not applied; 003's down part may change after applying)
        assertEquals(3, p.migrator().upgrade(null, false), p.logText());
        p.migrator().validate();
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 3);
        assertEquals(java.util.List.of("1", "2", "3"), strings(live, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(java.util.List.of("1", "2", "3"), strings(live, "SELECT version FROM cairn_history ORDER BY version"));
    }

    /** Waits for the migrator's sleeping statement and has the server end its connection. */
    private void killTheSleeper(Dialect d) throws Exception {
        String find = d == Dialect.POSTGRESQL
                ? "SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid() AND state = 'active'"
                : "SELECT id FROM information_schema.processlist WHERE info LIKE '%SLEEP(30)%' AND id <> CONNECTION_ID()";
        for (int tries = 0; tries < 600; tries++) {
            try (Statement s = live.connection().createStatement(); ResultSet r = s.executeQuery(find)) {
                if (r.next()) {
                    long id = r.getLong(1);
                    try (Statement k = live.connection().createStatement()) {
                        k.execute(d == Dialect.POSTGRESQL ? "SELECT pg_terminate_backend(" + id + ")" : "KILL " + id);
                    }
                    return;
                }
            }
            Thread.sleep(100);
        }
        fail("the migrator never reached its sleeping statement");
    }

    private static String failure(CompletableFuture<Long> run) throws Exception {
        try {
            long reached = run.get(60, TimeUnit.SECONDS);
            fail("the run ended normally at version " + reached);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof dev.cairn.sql.CairnProblem, e.getCause().toString());
            return e.getCause().getMessage();
        }
    }
}
