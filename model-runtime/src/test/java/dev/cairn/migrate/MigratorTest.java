package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The migrator on real SQLite files: the workflow of upgrading, downgrading step by step, validating, dry runs. */
class MigratorTest {
    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void microblog() throws Exception {
        project = new MigrationsOnDisk(dir)
                .file("001_create_users.sql", """
                        CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, email VARCHAR(120) NOT NULL UNIQUE);
                        CREATE INDEX ix_users_nickname ON users (nickname);
                        """)
                .file("002_create_posts.sql", """
                        CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), timestamp DATETIME,
                                            user_id INTEGER REFERENCES users (id));
                        CREATE INDEX ix_posts_user_id ON posts (user_id);
                        INSERT INTO posts (body) VALUES ('first');
                        """)
                .file("003_add_about_me.sql", "ALTER TABLE users ADD COLUMN about_me VARCHAR(140);\n");
    }

    @Test
    void upgradeThenDowngradeStepByStepToZeroThenUpgradeAgain() throws Exception {
        Migrator m = project.migrator();
        assertEquals(3, m.upgrade(null, false));
        assertTrue(project.logText().contains("Current database version: 3"), project.logText());
        assertLiveEqualsReplayAt(3);
        assertEquals(2, m.downgrade(null, false));
        assertLiveEqualsReplayAt(2);
        assertEquals(1, m.downgrade(null, false));
        assertTrue(project.logText().contains("drops table posts"), project.logText());
        assertLiveEqualsReplayAt(1);
        assertEquals(0, m.downgrade(null, false));
        assertEquals(List.of("cairn_history"), userTables());
        assertEquals(3, project.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(3);
    }

    @Test
    void targetVersionsUpAndDown() throws Exception {
        Migrator m = project.migrator();
        assertEquals(2, m.upgrade(2L, false));
        assertLiveEqualsReplayAt(2);
        assertEquals(3, m.upgrade(null, false));
        assertEquals(0, m.downgrade(0L, false));
        assertEquals(List.of("cairn_history"), userTables());
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(7L, false));
        assertTrue(p.getMessage().contains("no migration with version 7"), p.getMessage());
    }

    @Test
    void dryRunLeavesTheFileByteIdentical() throws Exception {
        project.migrator().upgrade(1L, false);
        byte[] before = Files.readAllBytes(project.database);
        project.log.clear();
        assertEquals(1, project.migrator().upgrade(null, true));
        assertArrayEquals(before, Files.readAllBytes(project.database));
        String out = project.logText();
        assertTrue(out.contains("CREATE TABLE posts"), out);
        assertTrue(out.contains("DROP TABLE"), "the derived down is shown: " + out);
        assertTrue(out.contains("Dry run: nothing was changed"), out);
        project.migrator().downgrade(0L, true);
        assertArrayEquals(before, Files.readAllBytes(project.database));
    }

    @Test
    void dryRunOnAFreshProjectCreatesNoFile() {
        project.migrator().upgrade(null, true);
        assertFalse(Files.exists(project.database));
    }

    @Test
    void anEditedAppliedMigrationFailsValidationNamingTheFileAndBothChecksums() throws Exception {
        project.migrator().upgrade(null, false);
        String oldChecksum = MigrationFile.checksum(Files.readString(project.folder.resolve("002_create_posts.sql")));
        project.file("002_create_posts.sql", Files.readString(project.folder.resolve("002_create_posts.sql")) + "-- edited\nSELECT 1;\n");
        String newChecksum = MigrationFile.checksum(Files.readString(project.folder.resolve("002_create_posts.sql")));
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().validate());
        assertTrue(p.getMessage().contains("migrations/002_create_posts.sql was edited after it was applied"), p.getMessage());
        assertTrue(p.getMessage().contains(oldChecksum) && p.getMessage().contains(newChecksum), p.getMessage());
        assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
    }

    @Test
    void aFailingMigrationRollsBackTheWholeRunAndLaterOnesDoNotRun() throws Exception {
        project.file("002_create_posts.sql", """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));
                INSERT INTO posts (id, body) VALUES (1, 'a', 'one value too many');
                """);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().startsWith("migrations/002_create_posts.sql:2:1: the database refused the statement"), p.getMessage());
        assertTrue(project.logText().contains("failed and was rolled back, with the migration this run applied before it in the same "
                + "transaction; later migrations were not run. The database is at version 0"), project.logText());
        assertEquals(List.of(), userTables());
        assertEquals(0, project.migrator().status().currentVersion());
        assertEquals(3, project.migrator().status().pending().size());
    }

    @Test
    void aFailingMigrationOfARunAtVersionOneLeavesItAtVersionOne() throws Exception {
        project.migrator().upgrade(1L, false);
        project.file("002_create_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        project.file("003_add_about_me.sql", "ALTER TABLE users ADD COLUMN about_me TEXT;\nINSERT INTO nowhere VALUES (1);\n");
        assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertEquals(List.of("cairn_history", "users"), userTables());
        assertEquals(1, project.migrator().status().currentVersion());
        assertLiveEqualsReplayAt(1);
    }

    @Test
    void withATransactionPerMigrationAFailingOneKeepsTheOnesBeforeIt() throws Exception {
        project.file("002_create_posts.sql", """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));
                INSERT INTO posts (id, body) VALUES (1, 'a', 'one value too many');
                """);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator(TransactionScope.MIGRATION).upgrade(null, false));
        assertTrue(p.getMessage().startsWith("migrations/002_create_posts.sql:2:1: the database refused the statement"), p.getMessage());
        assertTrue(project.logText().contains("failed and was rolled back; later migrations were not run. The database is at version 1"),
                project.logText());
        assertEquals(List.of("cairn_history", "users"), userTables());
        assertEquals(1, project.migrator().status().currentVersion());
        assertEquals(2, project.migrator().status().pending().size());
    }

    @Test
    void anIrreversibleStepStopsTheDowngradeBeforeItActs() throws Exception {
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n");
        project.migrator().upgrade(null, false);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(0L, false));
        assertTrue(p.getMessage().contains("004_backfill.sql:1:1"), p.getMessage());
        assertTrue(p.getMessage().contains("write a -- migrate:down part"), p.getMessage());
        assertLiveEqualsReplayAt(4);
    }

    @Test
    void anIrreversibleMigrationIsAnnouncedBeforeItRunsWithFileLineAndReason() throws Exception {
        project.file("004_backfill.sql", "-- lower-case every address\nUPDATE users SET email = lower(email);\n");
        MigrationStatus status = project.migrator().status();
        assertEquals(Set.of(4L), status.irreversiblePending());
        String lines = String.join("\n", status.lines());
        assertTrue(lines.contains("irreversible once applied: migrations/004_backfill.sql:2:1"), lines);
        project.migrator().upgrade(null, false);
        String warned = project.log.stream().filter(l -> l.contains("will be irreversible")).findFirst().orElseThrow();
        assertTrue(warned.contains("004_backfill.sql:2:1"), warned);
        assertTrue(project.log.indexOf(warned) < project.log.stream().filter(l -> l.startsWith("Applying 4 ")).map(project.log::indexOf).findFirst().orElseThrow());
    }

    @Test
    void aDownPartWrittenAfterTheMigrationWasAppliedIsAcceptedStoredAndUsed() throws Exception {
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n");
        project.migrator().upgrade(null, false);
        MigrationProblem refused = assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(3L, false));
        assertTrue(refused.getMessage().contains("-Ddb.skipDownOf=4"), refused.getMessage());
        // the way out the message gives: write the down part; the file is not "edited" for that
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n-- migrate:down\nUPDATE users SET about_me = NULL;\n");
        project.migrator().validate();
        assertTrue(project.migrator().status().problems().isEmpty(), project.migrator().status().problems().toString());
        assertEquals(3, project.migrator().downgrade(3L, false));
        assertTrue(project.log.stream().anyMatch(l -> l.contains("Version 4 (migrations/004_backfill.sql): its -- migrate:down part was written after it was applied")),
                project.log.toString());
        assertLiveEqualsReplayAt(3);
        // a changed down part is stored again on the next run, and used
        project.migrator().upgrade(null, false);
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n-- migrate:down\nUPDATE users SET about_me = 'reverted';\n");
        project.migrator().upgrade(null, false);
        assertEquals(3, project.migrator().downgrade(3L, false));
        assertTrue(project.log.stream().anyMatch(l -> l.contains("its -- migrate:down part was changed after it was applied")), project.log.toString());
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            s.execute("INSERT INTO users (nickname, email) VALUES ('a', 'a@x')");
        }
        // editing the part that ran is still refused
        project.migrator().upgrade(null, false);
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hello';\n-- migrate:down\nUPDATE users SET about_me = NULL;\n");
        MigrationProblem edited = assertThrows(MigrationProblem.class, () -> project.migrator().validate());
        assertTrue(edited.getMessage().contains("004_backfill.sql was edited after it was applied"), edited.getMessage());
    }

    @Test
    void aDownThatCanNeverBeWrittenIsSkippedOnlyWhenAskedAndOnlyForThatVersion() throws Exception {
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n")
                .file("005_more.sql", "UPDATE users SET email = lower(email);\n");
        project.migrator().upgrade(null, false);
        MigrationProblem other = assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(3L, false, Set.of(4L)));
        assertTrue(other.getMessage().contains("Cannot downgrade past version 5"), other.getMessage());
        assertEquals(5, project.migrator().status().currentVersion(), "nothing was reverted");
        assertEquals(0, project.migrator().downgrade(0L, false, Set.of(4L, 5L)));
        assertTrue(project.log.stream().anyMatch(l -> l.contains("SKIPPING THE DOWN of version 4")), project.log.toString());
        assertEquals(0, project.migrator().status().currentVersion());
        assertEquals(5, project.migrator().upgrade(null, false));
    }

    @Test
    void aWrittenDownWinsAndIsStoredSoTheFileMayChangeLater() throws Exception {
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n-- migrate:down\nUPDATE users SET about_me = NULL;\n");
        project.migrator().upgrade(null, false);
        Files.delete(project.folder.resolve("004_backfill.sql"));
        assertEquals(3, new Migrator(project.settings(), project.log::add).downgrade(null, false));
        assertTrue(project.log.stream().anyMatch(l -> l.contains("The down of version 4 (migrations/004_backfill.sql) may drop tables or columns")),
                project.log.toString());
    }

    @Test
    void aPendingMigrationOlderThanTheNewestAppliedIsAnErrorUnlessAllowed() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(Files.createDirectories(dir.resolve("gaps")))
                .file("010_a.sql", "CREATE TABLE a (id INTEGER);\n")
                .file("030_c.sql", "CREATE TABLE c (id INTEGER);\n");
        p.migrator().upgrade(null, false);
        p.file("020_b.sql", "CREATE TABLE b (id INTEGER);\n");
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(e.getMessage().contains("migrations/020_b.sql (version 20) is pending but older than the applied version 30"), e.getMessage());
        assertEquals(30, new Migrator(p.settings(true), p.log::add).upgrade(null, false));
        assertEquals(3, new Migrator(p.settings(true), p.log::add).status().applied().size());
    }

    @Test
    void baselinePutsAnExistingDatabaseUnderVersionControlWhenItMatches() throws Exception {
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, email VARCHAR(120) NOT NULL UNIQUE)");
            s.execute("CREATE INDEX ix_users_nickname ON users (nickname)");
        }
        MigrationProblem wrong = assertThrows(MigrationProblem.class, () -> project.migrator().baseline(2));
        assertTrue(wrong.getMessage().contains("table posts"), wrong.getMessage());
        project.migrator().baseline(1);
        assertEquals(3, project.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(3);
    }

    @Test
    void driftIsCaughtBeforeAnUpgrade() throws Exception {
        project.migrator().upgrade(1L, false);
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE users ADD COLUMN sneaky TEXT");
        }
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().contains("drifted") && p.getMessage().contains("sneaky"), p.getMessage());
    }

    @Test
    void migrationsLoadFromTheClasspath() {
        List<MigrationFile> files = ClasspathMigrations.load("db/classpath-migrations", getClass().getClassLoader());
        assertEquals(List.of(1L, 2L), files.stream().map(MigrationFile::version).toList());
        assertTrue(files.get(0).displayName().startsWith("classpath:db/classpath-migrations/"), files.get(0).displayName());
    }

    @Test
    void passwordsNeverAppearInMessages() {
        ConnectionSettings s = new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/nowhere?password=hunter22&ssl=false", "me", "s3cret-pw");
        assertFalse(s.toString().contains("hunter22") || s.toString().contains("s3cret-pw"), s.toString());
        assertEquals("failed for s3cret? no: ****, url ...?password=****&ssl=false",
                s.mask("failed for s3cret? no: s3cret-pw, url ...?password=hunter22&ssl=false"));
    }

    private void assertLiveEqualsReplayAt(long version) throws Exception {
        Schema expected = new SchemaAtVersion(Dialect.SQLITE).replay(project.settings().migrations(), version).schema();
        try (Connection c = DriverManager.getConnection(project.url())) {
            Schema live = Engines.of(Dialect.SQLITE).introspector().introspect(c, IntrospectionOptions.excluding("cairn_history"));
            SchemaDifferences diff = SchemaDifferences.between(expected, live);
            assertTrue(diff.isEmpty(), "at version " + version + ":\n" + diff);
        }
    }

    private List<String> userTables() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
