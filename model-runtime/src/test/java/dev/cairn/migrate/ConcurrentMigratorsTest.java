package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.GaleraCluster;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrator processes at once on every engine, a MariaDB Galera cluster among them (spread over its three nodes, where
 * only the lease lock keeps them apart): each migration's side effect (a row in {@code applied_log}, whose key would
 * refuse a second one) exactly once, the history exact, nothing recovered while its migrator works, and a migrator
 * SIGKILLed while it holds the lock followed only once its lock is gone (on the cluster: once its lease ran out).
 */
class ConcurrentMigratorsTest {
    private static final Duration SHORT_LEASE = Duration.ofSeconds(8);

    enum Target { SQLITE, POSTGRESQL, MARIADB, GALERA }

    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void drop() throws SQLException {
        if (live != null) live.close();
    }

    private MigrationsOnDisk project(Target target) throws Exception {
        live = switch (target) {
            case SQLITE -> null;
            case POSTGRESQL -> LiveDatabase.postgres();
            case MARIADB -> LiveDatabase.mariadb();
            case GALERA -> GaleraCluster.database();
        };
        return live == null ? new MigrationsOnDisk(dir) : MigrationsOnDisk.on(dir, live);
    }

    /** The URL of the {@code k}th migrator: on the cluster, node 1, 2, 3, 1, … */
    private String url(Target target, MigrationsOnDisk p, int k) {
        return target == Target.GALERA ? GaleraCluster.url(k % GaleraCluster.NODES + 1, live.namespace()) : p.url();
    }

    private static String migration(Dialect dialect, int version, int rows) {
        String v = String.format("%03d", version);
        String fill = switch (dialect) {
            case POSTGRESQL -> "INSERT INTO t" + v + " SELECT g, md5(g::text) FROM generate_series(1, " + rows + ") g";
            case SQLITE -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + rows + ") INSERT INTO t" + v
                    + " SELECT x, hex(randomblob(16)) FROM c";
            default -> "INSERT INTO t" + v + " SELECT seq, md5(seq) FROM seq_1_to_" + rows;
        };
        return "CREATE TABLE t" + v + " (id INTEGER NOT NULL PRIMARY KEY, payload VARCHAR(40));\n" + fill + ";\n"
                + "INSERT INTO applied_log VALUES ('" + v + "');\n";
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void threeThenNineProcessesApplyEachMigrationExactlyOnce(Target target) throws Exception {
        MigrationsOnDisk p = project(target);
        p.file("001_log.sql", "CREATE TABLE applied_log (version VARCHAR(10) NOT NULL PRIMARY KEY);\n");
        for (int v = 2; v <= 5; v++) p.file(String.format("%03d_t.sql", v), migration(p.dialect(), v, 20_000));
        runAtOnce(target, p, 3, 5);
        for (int v = 6; v <= 9; v++) p.file(String.format("%03d_t.sql", v), migration(p.dialect(), v, 20_000));
        runAtOnce(target, p, 9, 9);

        assertEquals(IntStream.rangeClosed(2, 9).mapToObj(v -> String.format("%03d", v)).toList(), query(p, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(IntStream.rangeClosed(1, 9).mapToObj(String::valueOf).toList(), query(p, "SELECT version FROM cairn_history WHERE state IS NULL ORDER BY version"));
        assertEquals(List.of("9"), query(p, "SELECT count(*) FROM cairn_history"));
        for (int v = 2; v <= 9; v++) assertEquals(List.of("20000"), query(p, "SELECT count(*) FROM t" + String.format("%03d", v)));
        p.migrator().validate();
    }

    private void runAtOnce(Target target, MigrationsOnDisk p, int processes, long head) throws Exception {
        List<Process> started = new ArrayList<>();
        for (int k = 0; k < processes; k++) started.add(p.startUpgradeProcess(url(target, p, k), MigratorSettings.DEFAULT_LOCK_LEASE));
        for (Process process : started) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "a migrator did not finish");
            assertEquals(0, process.exitValue(), out);
            assertTrue(out.contains("REACHED " + head), out);
            assertFalse(out.contains("left half-applied"), "no migrator may recover another's live work:\n" + out);
            assertFalse(out.contains("Took over"), "no lease may run out while its migrator works:\n" + out);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void aMigratorKilledWhileHoldingTheLockIsFollowedOnlyOnceItsLockIsGone(Target target) throws Exception {
        MigrationsOnDisk p = project(target);
        String pause = pause(p.dialect());
        p.file("001_log.sql", "CREATE TABLE applied_log (version VARCHAR(10) NOT NULL PRIMARY KEY);\nINSERT INTO applied_log VALUES ('001');\n"
                        + "CREATE TABLE knobs (id INTEGER NOT NULL PRIMARY KEY, amount INTEGER);\n"
                        + "INSERT INTO knobs VALUES (1, " + (p.dialect() == Dialect.SQLITE ? 100_000_000 : 5) + ");\n")
                // 002's side effect is a row of a table it creates, which its derived inverse drops, so it can be undone half-way
                .file("002_slow.sql", "CREATE TABLE slow (id INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO slow VALUES (2);\n" + pause + ";\n")
                .file("003_after.sql", "CREATE TABLE after_slow (id INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO applied_log VALUES ('003');\n");
        assertEquals(1, p.migrator().upgrade(1L, false));

        Process victim = p.startUpgradeProcess(url(target, p, 0), SHORT_LEASE);
        awaitLine(victim, "Applying 2");
        Thread.sleep(700);
        assertTrue(victim.isAlive(), "002 should still be running");
        victim.destroyForcibly(); // SIGKILL, holding the lock
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS));

        execute(p, "UPDATE knobs SET amount = " + (p.dialect() == Dialect.SQLITE ? 1000 : 0)); // data only: the rerun needs no pause

        Lease held = target == Target.GALERA ? lease(p) : null;
        if (held != null) {
            assertTrue(held.owner() != null && held.owner().startsWith("lease "), "the victim's lease is still claimed: " + held);
            assertTrue(held.millisLeft() > 0, "the victim's lease has not run out yet: " + held);
        }
        Process successor = p.startUpgradeProcess(url(target, p, 1), SHORT_LEASE);
        int seenHeld = 0;
        while (held != null && successor.isAlive()) {
            Lease now = lease(p);
            if (now.now() < held.expiresAt() - 300) {
                assertEquals(held.owner(), now.owner(), "nobody may take the lock over before the lease ran out");
                seenHeld++;
            }
            Thread.sleep(200);
        }
        String out = new String(successor.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(successor.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, successor.exitValue(), out);
        assertTrue(out.contains("REACHED 3"), out);
        if (held != null) {
            assertTrue(seenHeld > 0, "the lease was watched while it ran");
            assertTrue(out.contains("Took over the migration lock from " + held.owner()), out);
            long claimedAt = Long.parseLong(query(p, "SELECT claimed_at FROM cairn_history_lock").get(0));
            assertTrue(claimedAt >= held.expiresAt(), "taken over at " + claimedAt + ", before the lease ran out at " + held.expiresAt());
        }
        // MariaDB had committed CREATE TABLE slow (its DDL commits itself): the successor undid it once the victim was gone
        assertEquals(p.dialect() == Dialect.MARIADB, out.contains("002_slow.sql was left half-applied by a migrator that stopped"), out);
        assertEquals(List.of("001", "003"), query(p, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(List.of("2"), query(p, "SELECT id FROM slow"));
        assertEquals(List.of("1", "2", "3"), query(p, "SELECT version FROM cairn_history WHERE state IS NULL ORDER BY version"));
        assertEquals(List.of("3"), query(p, "SELECT count(*) FROM cairn_history"));
        p.migrator().validate();
    }

    /**
     * A running history row whose owner's session is still connected is live work: the upgrade stops, undoing nothing;
     * once that session is gone, the same upgrade recovers the row and completes.
     */
    @ParameterizedTest
    @EnumSource(value = Target.class, names = {"POSTGRESQL", "MARIADB"})
    void aRunningMigrationWhoseOwnerIsStillConnectedIsNotRecovered(Target target) throws Exception {
        MigrationsOnDisk p = project(target);
        p.file("001_a.sql", "CREATE TABLE a (id INTEGER NOT NULL PRIMARY KEY);\n")
                .file("002_b.sql", "CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY);\n");
        assertEquals(1, p.migrator().upgrade(1L, false));
        MigrationFile second = p.settings().migrations().get(1);
        try (Connection owner = DriverManager.getConnection(p.url(), p.user(), ""); Statement s = owner.createStatement()) {
            String session;
            try (ResultSet r = s.executeQuery(target == Target.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
                r.next();
                session = r.getString(1);
            }
            // what a migrator that does not take Cairn's lock would leave while it works: its row, and its first statement run
            s.execute("CREATE TABLE b (id INTEGER NOT NULL PRIMARY KEY)");
            s.execute("INSERT INTO cairn_history (version, description, file_name, checksum, applied_at, execution_ms, schema_hash, state, owner) "
                    + "VALUES (2, 'b', '002_b.sql', '" + second.checksum() + "', 'now', 0, '-', 'running', 'session " + session + "')");
            MigrationProblem e = org.junit.jupiter.api.Assertions.assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
            assertTrue(e.getMessage().contains("version 2 (002_b.sql) is being applied by another migrator that is still working (session "
                    + session + ")"), e.getMessage());
            assertEquals(List.of("0"), query(p, "SELECT count(*) FROM b"), "table b is still there");
        }
        Thread.sleep(500); // the session ends on the server
        p.log.clear();
        assertEquals(2, p.migrator().upgrade(null, false));
        assertTrue(p.logText().contains("002_b.sql was left half-applied by a migrator that stopped"), p.logText());
        assertEquals(List.of("1", "2"), query(p, "SELECT version FROM cairn_history WHERE state IS NULL ORDER BY version"));
        p.migrator().validate();
    }

    /** A statement that takes a while: seconds or rows as {@code knobs.amount} says. */
    private static String pause(Dialect dialect) {
        return switch (dialect) {
            case POSTGRESQL -> "SELECT pg_sleep((SELECT amount FROM knobs))";
            case SQLITE -> "SELECT count(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < (SELECT amount FROM knobs)) SELECT x FROM c)";
            default -> "SELECT SLEEP((SELECT amount FROM knobs))";
        };
    }

    /**
     * A node lost mid-migration: the migrator on it fails and says so; an upgrade through another node waits for its
     * lease, undoes what it left, applies every migration once and validates. The node rejoins afterwards.
     */
    @org.junit.jupiter.api.Test
    void aNodeLostInTheMiddleOfAMigrationThenAnUpgradeThroughAnotherNode() throws Exception {
        MigrationsOnDisk p = project(Target.GALERA);
        p.file("001_log.sql", "CREATE TABLE applied_log (version VARCHAR(10) NOT NULL PRIMARY KEY);\nINSERT INTO applied_log VALUES ('001');\n"
                        + "CREATE TABLE knobs (id INTEGER NOT NULL PRIMARY KEY, amount INTEGER);\nINSERT INTO knobs VALUES (1, 30);\n")
                .file("002_slow.sql", "CREATE TABLE slow (id INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO slow VALUES (2);\n" + pause(Dialect.MARIADB) + ";\n")
                .file("003_after.sql", "CREATE TABLE after_slow (id INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO applied_log VALUES ('003');\n");
        assertEquals(1, p.migrator().upgrade(1L, false));
        Process onNode3 = p.startUpgradeProcess(GaleraCluster.url(3, live.namespace()), SHORT_LEASE);
        try {
            awaitLine(onNode3, "Applying 2");
            Thread.sleep(700);
            GaleraCluster.kill(3);
            String out = new String(onNode3.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(onNode3.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, onNode3.exitValue(), out);
            assertTrue(out.contains("FAILED") && out.contains("002_slow.sql"), out);
            assertTrue(out.contains("connection to the database was lost"), out);

            execute(p, "UPDATE knobs SET amount = 0");
            p.log.clear();
            assertEquals(3, new Migrator(p.settings().withLockLease(SHORT_LEASE), p.log::add).upgrade(null, false));
            assertTrue(p.logText().contains("Took over the migration lock from lease "), p.logText());
            assertTrue(p.logText().contains("002_slow.sql was left half-applied by a migrator that stopped"), p.logText());
            assertEquals(List.of("001", "003"), query(p, "SELECT version FROM applied_log ORDER BY version"));
            assertEquals(List.of("2"), query(p, "SELECT id FROM slow"));
            assertEquals(List.of("1", "2", "3"), query(p, "SELECT version FROM cairn_history WHERE state IS NULL ORDER BY version"));
            assertEquals(List.of("3"), query(p, "SELECT count(*) FROM cairn_history"));
            p.migrator().validate();
        } finally {
            onNode3.destroyForcibly();
            GaleraCluster.restart(3);
        }
        try (Connection c = DriverManager.getConnection(GaleraCluster.url(3, live.namespace()), "root", ""); Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM cairn_history WHERE state IS NULL")) {
                r.next();
                assertEquals(3, r.getInt(1), "the node that came back has the whole history");
            }
        }
    }

    private static void execute(MigrationsOnDisk p, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(p.url(), p.user(), ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Reads the victim's output up to the line starting with {@code prefix}; fails when it ends first. */
    static void awaitLine(Process process, String prefix) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null && !line.startsWith(prefix)) {
            seen.append(line).append('\n');
            assertTrue(!line.startsWith("REACHED") && !line.startsWith("FAILED"), seen.toString());
        }
        assertTrue(line != null, "no line " + prefix + " in:\n" + seen);
    }

    record Lease(String owner, long expiresAt, long now) {
        long millisLeft() {
            return expiresAt - now;
        }
    }

    /** The lease row, and the database's clock, read on node 1. */
    private Lease lease(MigrationsOnDisk p) throws SQLException {
        try (Connection c = DriverManager.getConnection(p.url(), p.user(), "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT owner, expires_at, CAST(UNIX_TIMESTAMP(NOW(6)) * 1000 AS SIGNED) FROM cairn_history_lock")) {
            assertTrue(r.next());
            return new Lease(r.getString(1), r.getLong(2), r.getLong(3));
        }
    }

    static List<String> query(MigrationsOnDisk p, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(p.url(), p.user(), ""); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
