package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.cairn.migrate.ServerMigratorTest.strings;
import static dev.cairn.migrate.ServerMigratorTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link MigratorProcessesTest} on the live servers: 8 migrator processes on one database, and one killed mid-migration. */
class ServerMigratorProcessesTest {
    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    /** A statement filling {@code table (n, payload)} with 1 … the row count the expression gives. */
    private static String fill(Dialect dialect, String table, String rowCount) {
        return dialect == Dialect.POSTGRESQL
                ? "INSERT INTO " + table + " SELECT g, md5(g::text) FROM generate_series(1, " + rowCount + ") g"
                : "INSERT INTO " + table + " SELECT seq, md5(seq) FROM seq_1_to_100000000 WHERE seq <= " + rowCount;
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void eightProcessesUpgradingAtOnceApplyEachMigrationExactlyOnce(Dialect dialect) throws Exception {
        live = LiveDatabase.of(dialect);
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_log.sql", "CREATE TABLE applied_log (version VARCHAR(10));\nINSERT INTO applied_log VALUES ('001');\n")
                .file("002_work.sql", "CREATE TABLE numbers (n INTEGER, payload VARCHAR(40));\n" + fill(dialect, "numbers", "200000")
                        + ";\nINSERT INTO applied_log VALUES ('002');\n")
                .file("003_more.sql", "ALTER TABLE numbers ADD COLUMN label VARCHAR(20);\nINSERT INTO applied_log VALUES ('003');\n");
        List<Process> processes = new ArrayList<>();
        for (int k = 0; k < 8; k++) processes.add(p.startUpgradeProcess());
        for (Process process : processes) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a migrator did not finish");
            assertEquals(0, process.exitValue(), out);
            assertTrue(out.contains("REACHED 3"), out);
        }
        assertEquals(List.of("001", "002", "003"), strings(live, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(List.of("1", "2", "3"), strings(live, "SELECT version FROM cairn_history ORDER BY version"));
        assertEquals(List.of("200000"), strings(live, "SELECT count(*) FROM numbers"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aMigratorKilledInTheMiddleOfAMigrationThenACleanRerun(Dialect dialect) throws Exception {
        live = LiveDatabase.of(dialect);
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_knobs.sql", "CREATE TABLE knobs (rows_wanted INTEGER);\nINSERT INTO knobs VALUES (3000000);\n")
                .file("002_long.sql", "CREATE TABLE big (n INTEGER, payload VARCHAR(40));\n"
                        + fill(dialect, "big", "(SELECT rows_wanted FROM knobs)") + ";\nCREATE INDEX ix_big ON big (n);\n")
                .file("003_b.sql", "CREATE TABLE b (id INTEGER PRIMARY KEY);\n");
        // 001 committed first: the victim's run then holds only the long 002 (and 003) when it dies
        assertEquals(1, p.migrator().upgrade(1L, false));
        Process victim = p.startUpgradeProcess();
        BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("Applying 2")) {
            assertTrue(!line.startsWith("REACHED") && !line.startsWith("FAILED"), line);
        }
        Thread.sleep(700);
        assertTrue(victim.isAlive(), "the long migration should still be running");
        victim.destroyForcibly(); // SIGKILL
        assertTrue(victim.waitFor(30, TimeUnit.SECONDS));

        // MariaDB runs the dead client's INSERT … SELECT to its end before rolling it back, holding its locks on knobs; on a
        // loaded machine that outlasts the default 50 s lock wait
        if (dialect == Dialect.MARIADB) live.execute("SET SESSION innodb_lock_wait_timeout = 600");
        live.execute("UPDATE knobs SET rows_wanted = 1000"); // data only: the rerun below need not take as long
        p.log.clear();
        assertEquals(3, p.migrator().upgrade(null, false));
        // PostgreSQL rolled the killed transaction back; MariaDB had committed CREATE TABLE big, which the rerun undid first
        assertEquals(dialect == Dialect.MARIADB, p.logText().contains("002_long.sql was left half-applied by a migrator that stopped"),
                p.logText());
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 3);
        assertEquals(List.of("1000"), strings(live, "SELECT count(*) FROM big"));
        assertEquals(List.of("1", "2", "3"), strings(live, "SELECT version FROM cairn_history ORDER BY version"));
        assertEquals(List.of("b", "big", "cairn_history", "knobs"), tables(live));
    }
}
