package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several migrator processes on one SQLite file, and a migrator killed in the middle of a migration. */
class MigratorProcessesTest {
    @TempDir
    Path dir;

    @Test
    void eightProcessesUpgradingAtOnceApplyEachMigrationExactlyOnce() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir)
                .file("001_log.sql", "CREATE TABLE applied_log (version TEXT);\nINSERT INTO applied_log VALUES ('001');\n")
                .file("002_work.sql", """
                        CREATE TABLE numbers (n INTEGER);
                        WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) INSERT INTO numbers SELECT x FROM c;
                        INSERT INTO applied_log VALUES ('002');
                        """)
                .file("003_more.sql", "ALTER TABLE numbers ADD COLUMN label TEXT;\nINSERT INTO applied_log VALUES ('003');\n");
        List<Process> processes = new ArrayList<>();
        for (int k = 0; k < 8; k++) processes.add(p.startUpgradeProcess());
        for (Process process : processes) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "a migrator did not finish");
            assertEquals(0, process.exitValue(), out);
            assertTrue(out.contains("REACHED 3"), out);
        }
        assertEquals(List.of("001", "002", "003"), strings(p, "SELECT version FROM applied_log ORDER BY version"));
        assertEquals(List.of("1", "2", "3"), strings(p, "SELECT version FROM cairn_history ORDER BY version"));
        assertEquals(List.of("200000"), strings(p, "SELECT count(*) FROM numbers"));
    }

    @Test
    void aMigratorKilledInTheMiddleOfAMigrationLeavesNothingHalfDone() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir)
                .file("001_knobs.sql", "CREATE TABLE knobs (rows_wanted INTEGER);\nINSERT INTO knobs VALUES (30000000);\n")
                .file("002_long.sql", """
                        CREATE TABLE big (n INTEGER, payload BLOB);
                        WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < (SELECT rows_wanted FROM knobs))
                          INSERT INTO big SELECT x, randomblob(64) FROM c;
                        CREATE INDEX ix_big ON big (n);
                        """)
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
        assertEquals(List.of("1"), strings(p, "SELECT version FROM cairn_history ORDER BY version"));
        assertEquals(List.of("cairn_history", "knobs"), strings(p, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));

        execute(p, "UPDATE knobs SET rows_wanted = 1000"); // data only: the rerun below need not take as long
        assertEquals(3, p.migrator().upgrade(null, false));
        Schema expected = new SchemaAtVersion(Dialect.SQLITE).replay(p.settings().migrations(), null).schema();
        try (Connection c = DriverManager.getConnection(p.url())) {
            Schema live = Engines.of(Dialect.SQLITE).introspector().introspect(c, IntrospectionOptions.excluding("cairn_history"));
            assertTrue(SchemaDifferences.between(expected, live).isEmpty(), SchemaDifferences.between(expected, live).toString());
        }
        assertEquals(List.of("1000"), strings(p, "SELECT count(*) FROM big"));
    }

    private static void execute(MigrationsOnDisk p, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(p.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(MigrationsOnDisk p, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(p.url()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
