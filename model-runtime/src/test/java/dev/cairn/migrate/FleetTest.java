package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fleet (issue 19): one command over many SQLite files, PostgreSQL schemas or MariaDB databases at mixed versions,
 * one of them drifted and one at a version newer than the files: the summary has each target's versions, the failures
 * stay with their targets, fail-fast stops the rest, and a second run goes on where the first stopped.
 */
class FleetTest {
    private static final List<MigrationFile> FILES = List.of(
            MigrationFile.parse(1, "users", "db/migrations/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"),
            MigrationFile.parse(2, "posts", "db/migrations/002_posts.sql",
                    "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title VARCHAR(100));\n"),
            MigrationFile.parse(3, "body", "db/migrations/003_body.sql", "ALTER TABLE posts ADD COLUMN body TEXT;\n"));
    private static final List<MigrationFile> NEWER = new ArrayList<>(FILES);

    static {
        NEWER.add(MigrationFile.parse(4, "tags", "db/migrations/004_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n"));
    }

    private static MigratorSettings settings(String url, String user, List<MigrationFile> files) {
        return Migrator.configure().url(url).user(user).migrations(files).backups(false, 0).schema(null, true).log(line -> { }).settings();
    }

    private static Migrator on(MigratorSettings base, FleetTarget t, List<MigrationFile> files) {
        MigratorSettings s = new MigratorSettings(base.dialect(), t.connection(), files, base.historyTable(), false, 1, false, base.lockTimeout(),
                base.appliedBy(), true, t.schema(), true, base.transactionScope());
        return new Migrator(s, line -> { });
    }

    @Test
    void fiftySqliteFilesAtMixedVersionsOneNewerOneNotADatabase(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("tenants"));
        MigratorSettings base = settings("jdbc:sqlite:" + dir.resolve("tenants/t00.db"), null, FILES);
        List<FleetTarget> all = Fleet.resolve(base, List.of(), null, dir);
        for (int k = 0; k < 50; k++) Files.createFile(dir.resolve(String.format("tenants/t%02d.db", k)));
        all = Fleet.resolve(base, List.of("tenants/*.db"), null, dir);
        assertEquals(50, all.size());
        for (int k = 0; k < 50; k++) {
            if (k == 7) on(base, all.get(k), NEWER).upgrade(null, false); // at version 4, which the files do not have
            else if (k % 3 > 0) on(base, all.get(k), FILES).upgrade((long) (k % 3), false);
        }
        Files.writeString(dir.resolve("tenants/t13.db"), "this is not a database, but a text file long enough to be read as one");

        List<String> log = new ArrayList<>();
        FleetReport report = new Fleet(base, all, 4, false, log::add).upgrade(null);
        assertEquals(50, report.results().size());
        Map<String, FleetReport.Result> byName = byName(report);
        assertEquals(List.of(pathOf(dir, 7), pathOf(dir, 13)), report.failed().stream().map(FleetReport.Result::target).toList());
        assertTrue(byName.get(pathOf(dir, 7)).error().contains("4"), byName.get(pathOf(dir, 7)).error());
        for (int k = 0; k < 50; k++) {
            if (k == 7 || k == 13) continue;
            FleetReport.Result r = byName.get(pathOf(dir, k));
            assertEquals(k % 3, r.before(), "t" + k);
            assertEquals(3, r.after(), "t" + k);
        }
        assertEquals(4, byName.get(pathOf(dir, 7)).before());
        assertEquals(4, byName.get(pathOf(dir, 7)).after(), "left as it was");
        assertTrue(log.stream().anyMatch(l -> l.startsWith("50 targets, 48 ok, 2 failed")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("[" + pathOf(dir, 4) + "] Current database version: 3")), "each target's lines are prefixed");

        // resume: the broken file repaired, a second run brings it up and leaves the others as they are
        Files.delete(dir.resolve("tenants/t13.db"));
        FleetReport again = new Fleet(base, all, 4, false, line -> { }).upgrade(null);
        assertEquals(List.of(pathOf(dir, 7)), again.failed().stream().map(FleetReport.Result::target).toList());
        assertEquals(0, byName(again).get(pathOf(dir, 13)).before());
        assertEquals(3, byName(again).get(pathOf(dir, 13)).after());
        assertTrue(again.results().stream().filter(r -> !r.target().equals(pathOf(dir, 7))).allMatch(r -> r.before() == 3 || r.target().equals(pathOf(dir, 13))));
    }

    @Test
    void failFastStopsTheTargetsNotYetStarted(@TempDir Path dir) throws Exception {
        for (int k = 0; k < 6; k++) Files.createFile(dir.resolve("f" + k + ".db"));
        Files.writeString(dir.resolve("f0.db"), "not a database either, not a database either, not a database either");
        MigratorSettings base = settings("jdbc:sqlite:" + dir.resolve("f0.db"), null, FILES);
        FleetReport report = new Fleet(base, Fleet.resolve(base, List.of("f?.db"), null, dir), 1, true, line -> { }).upgrade(null);
        assertFalse(report.ok());
        assertTrue(report.results().get(0).error() != null && !report.results().get(0).error().equals(FleetReport.Result.NOT_RUN));
        assertTrue(report.results().subList(1, 6).stream().allMatch(r -> FleetReport.Result.NOT_RUN.equals(r.error())), report.table().toString());
    }

    @Test
    void twentyPostgresSchemasOneDriftedOneNewer() throws Exception {
        String prefix = "fleet_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + "_";
        String url = LiveDatabase.POSTGRES_URL;
        try (Connection admin = DriverManager.getConnection(url, "postgres", null)) {
            MigratorSettings base = settings(url, "postgres", FILES);
            try {
                List<FleetTarget> targets = new ArrayList<>();
                for (int k = 0; k < 20; k++) targets.add(new FleetTarget(prefix + String.format("%02d", k), base.connection(), prefix + String.format("%02d", k)));
                for (int k = 0; k < 20; k++) {
                    if (k == 5) on(base, targets.get(k), NEWER).upgrade(null, false);
                    else on(base, targets.get(k), FILES).upgrade((long) (k % 4), false);
                }
                try (Statement st = admin.createStatement()) {
                    st.execute("ALTER TABLE " + prefix + "11.users ADD COLUMN by_hand int"); // k = 11 is at version 3: drifted
                }
                List<FleetTarget> resolved = Fleet.resolve(base, List.of(prefix + "*"), null, Path.of("."));
                assertEquals(targets.stream().map(FleetTarget::name).toList(), resolved.stream().map(FleetTarget::name).toList());

                FleetReport validate = new Fleet(base, resolved, 4, false, line -> { }).validate();
                assertEquals(List.of(prefix + "05", prefix + "11"), validate.failed().stream().map(FleetReport.Result::target).toList());
                assertTrue(byName(validate).get(prefix + "11").error().contains("by_hand"), byName(validate).get(prefix + "11").error());

                FleetReport upgrade = new Fleet(base, resolved, 4, false, line -> { }).upgrade(null);
                assertEquals(List.of(prefix + "05"), upgrade.failed().stream().map(FleetReport.Result::target).toList(),
                        "the drifted schema is at the head: nothing to apply there");
                for (int k = 0; k < 20; k++) {
                    if (k == 5) continue;
                    FleetReport.Result r = byName(upgrade).get(prefix + String.format("%02d", k));
                    assertEquals(k % 4, r.before());
                    assertEquals(3, r.after());
                }
            } finally {
                try (Statement st = admin.createStatement()) {
                    for (int k = 0; k < 20; k++) st.execute("DROP SCHEMA IF EXISTS " + prefix + String.format("%02d", k) + " CASCADE");
                }
            }
        }
    }

    @Test
    void tenMariaDbDatabasesFromAQuery() throws Exception {
        String prefix = "fleet_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + "_";
        String url = LiveDatabase.MARIADB_URL + "test";
        try (Connection admin = DriverManager.getConnection(url, "root", null)) {
            MigratorSettings base = settings(url, "root", FILES);
            try {
                for (int k = 0; k < 10; k++) {
                    FleetTarget t = new FleetTarget(prefix + k, base.connection(), prefix + k);
                    on(base, t, FILES).upgrade((long) (k % 3), false);
                }
                String query = "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '" + prefix.replace("_", "\\_") + "%' ORDER BY 1";
                List<FleetTarget> targets = Fleet.resolve(base, List.of(), query, Path.of("."));
                assertEquals(10, targets.size());
                FleetReport report = new Fleet(base, targets, 3, false, line -> { }).upgrade(null);
                assertTrue(report.ok(), report.table().toString());
                for (int k = 0; k < 10; k++) {
                    assertEquals(k % 3, byName(report).get(prefix + k).before());
                    assertEquals(3, byName(report).get(prefix + k).after());
                }
                FleetReport down = new Fleet(base, targets, 3, false, line -> { }).downgrade(1);
                assertTrue(down.ok(), down.table().toString());
                assertTrue(down.results().stream().allMatch(r -> r.after() == 1));
            } finally {
                try (Statement st = admin.createStatement()) {
                    for (int k = 0; k < 10; k++) st.execute("DROP DATABASE IF EXISTS " + prefix + k);
                }
            }
        }
    }

    private static String pathOf(Path dir, int k) {
        return dir.resolve(String.format("tenants/t%02d.db", k)).normalize().toString();
    }

    private static Map<String, FleetReport.Result> byName(FleetReport report) {
        Map<String, FleetReport.Result> out = new TreeMap<>();
        for (FleetReport.Result r : report.results()) out.put(r.target(), r);
        return out;
    }
}
