package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.FreshNamespace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code db:test} (issue 17): every migration up, down and up again on a scratch database Cairn creates and removes,
 * the live schema compared with the replay at each step; the configured database is never written.
 */
class MigrationStaircaseTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL);\n";
    private static final String POSTS = "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id), title VARCHAR(100));\n"
            + "CREATE INDEX posts_user ON posts (user_id);\n";

    private static List<MigrationFile> files(String... texts) {
        List<MigrationFile> out = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) out.add(MigrationFile.parse(k + 1, "m" + (k + 1), "db/migrations/00" + (k + 1) + "_m.sql", texts[k]));
        return out;
    }

    private static StaircaseReport run(FreshNamespace ns, List<String> log, List<MigrationFile> files) {
        return Migrator.configure().url(ns.url()).user(ns.user()).dialect(ns.dialect()).migrations(files).backups(false, 0)
                .log(log::add).build().testMigrations();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void everyMigrationGoesUpDownAndUpAgainOnAScratchDatabaseThatIsThenGone(Dialect dialect) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            List<String> log = new ArrayList<>();
            StaircaseReport report = run(ns, log, files(USERS, POSTS,
                    "ALTER TABLE posts ADD COLUMN body TEXT;\nCREATE INDEX posts_title ON posts (title);\n",
                    "INSERT INTO users (id, name) VALUES (1, 'ann');\n"));
            assertTrue(report.passed(), report.toString());
            assertEquals(List.of(1L, 2L, 3L, 4L), report.steps().stream().map(StaircaseReport.Step::version).toList());
            assertTrue(report.steps().stream().allMatch(s -> s.outcome() == StaircaseReport.Outcome.PASSED), report.toString());
            assertTrue(log.stream().anyMatch(l -> l.startsWith("Version 3 (db/migrations/003_m.sql): up, down, up again")), log.toString());
            assertEquals(0, ns.introspect().tables().size(), "the configured database is not written: " + ns.introspect().tables().keySet());
            assertScratchGone(ns, report);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aWrittenDownThatForgetsAnIndexFailsAtItsVersionWithWhatDiffers(Dialect dialect) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            List<String> log = new ArrayList<>();
            StaircaseReport report = run(ns, log, files(USERS, POSTS,
                    "CREATE INDEX posts_title ON posts (title);\nALTER TABLE posts ADD COLUMN body TEXT;\n-- migrate:down\n"
                            + "-- cairn:allow down-mismatch deliberately wrong, for db:test\nALTER TABLE posts DROP COLUMN body;\n",
                    "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n"));
            assertFalse(report.passed());
            StaircaseReport.Step failed = report.firstFailure().orElseThrow();
            assertEquals(3, failed.version());
            assertEquals("down", failed.phase());
            assertTrue(failed.problem().contains("posts_title"), failed.problem());
            assertEquals(3, report.steps().size(), "the run stops at the first failure");
            assertTrue(log.stream().anyMatch(l -> l.contains("003_m.sql): FAILED after its down")), log.toString());
            assertScratchGone(ns, report);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aDownThatFailsAndAMigrationWithoutADownAreNamed(Dialect dialect) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            StaircaseReport report = run(ns, new ArrayList<>(), files(USERS,
                    "UPDATE users SET name = upper(name);\n",
                    "ALTER TABLE users ADD COLUMN email VARCHAR(80);\n-- migrate:down\nALTER TABLE users DROP COLUMN mail;\n"));
            assertEquals(StaircaseReport.Outcome.PASSED, report.steps().get(0).outcome());
            StaircaseReport.Step noDown = report.steps().get(1);
            assertEquals(StaircaseReport.Outcome.DOWN_NOT_TESTED, noDown.outcome());
            assertTrue(noDown.phase().contains("cannot be undone from the schema model"), noDown.phase());
            StaircaseReport.Step failed = report.firstFailure().orElseThrow();
            assertEquals(3, failed.version());
            assertEquals("down", failed.phase());
            assertTrue(failed.problem().toLowerCase().contains("mail"), failed.problem());
            assertScratchGone(ns, report);
        }
    }

    private static final String PEOPLE = "CREATE TABLE people (id INTEGER NOT NULL, name VARCHAR(50), born DATE, score DECIMAL(6,2), active BOOLEAN);\n";

    private static String rebuild(String copied) {
        return "CREATE TABLE people_new (id INTEGER NOT NULL, name VARCHAR(50), born DATE, score DECIMAL(6,2), active BOOLEAN);\n"
                + "INSERT INTO people_new (" + copied + ") SELECT " + copied + " FROM people;\n"
                + "DROP TABLE people;\nALTER TABLE people_new RENAME TO people;\n-- migrate:down\nSELECT 1;\n";
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aRebuildThatLosesAColumnsDataFailsWithTheRowsItLost(Dialect dialect) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            StaircaseReport report = run(ns, new ArrayList<>(), files(PEOPLE, rebuild("id, born, score, active")));
            StaircaseReport.Step failed = report.firstFailure().orElseThrow(() -> new AssertionError(report.toString()));
            assertEquals(2, failed.version());
            assertEquals("down", failed.phase());
            assertTrue(failed.problem().contains("rows of people (active, born, id, name, score): 3 before the up, 3 after the down; lost [")
                    && failed.problem().contains("seed 1"), failed.problem());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aRebuildThatKeepsEveryRowPassesAndWithoutRowsTheLossIsNotSeen(Dialect dialect) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            StaircaseReport kept = run(ns, new ArrayList<>(), files(PEOPLE, rebuild("id, name, born, score, active")));
            assertTrue(kept.passed(), kept.toString());
            StaircaseReport schemaOnly = Migrator.configure().url(ns.url()).user(ns.user()).dialect(dialect)
                    .migrations(files(PEOPLE, rebuild("id, born, score, active"))).backups(false, 0).log(line -> { }).build().testMigrations(0);
            assertTrue(schemaOnly.passed(), "without rows only the schema is compared: " + schemaOnly);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aDerivedDownKeepsTheRowsOfWhatItRestores(Dialect dialect) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            StaircaseReport report = run(ns, new ArrayList<>(), files(USERS, POSTS,
                    "ALTER TABLE posts ADD COLUMN body TEXT;\n",
                    "ALTER TABLE users RENAME TO members;\n",
                    "ALTER TABLE posts DROP COLUMN title;\n"));
            assertTrue(report.passed(), report.toString());
        }
    }

    private static void assertScratchGone(FreshNamespace ns, StaircaseReport report) throws SQLException, java.io.IOException {
        if (ns.dialect() == Dialect.SQLITE) {
            Path f = Path.of(report.scratch().replaceFirst("^temporary file ", ""));
            assertFalse(Files.exists(f), "the temporary file is deleted: " + f);
            assertFalse(Files.exists(ns.file()) && Files.size(ns.file()) > 0 && hasTables(ns), "the configured SQLite file is not written");
            return;
        }
        String name = report.scratch().split(" ")[1];
        assertTrue(name.startsWith("cairn_test_"), report.scratch());
        String sql = ns.dialect() == Dialect.POSTGRESQL ? "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?"
                : "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?";
        try (var st = ns.connection().prepareStatement(sql)) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the scratch " + name + " is dropped");
            }
        }
    }

    private static boolean hasTables(FreshNamespace ns) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ns.file());
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
