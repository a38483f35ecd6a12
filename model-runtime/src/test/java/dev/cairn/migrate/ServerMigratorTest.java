package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link MigratorTest}'s workflow on the live PostgreSQL and MariaDB servers, each test in a fresh schema or database
 * that the migrator reaches through its own URL, as a user would configure it.
 */
class ServerMigratorTest {
    @TempDir
    Path dir;
    LiveDatabase live;
    MigrationsOnDisk project;

    void microblog(Dialect dialect) throws Exception {
        live = LiveDatabase.of(dialect);
        project = MigrationsOnDisk.on(dir, live)
                .file("001_create_users.sql", """
                        CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, email VARCHAR(120) NOT NULL UNIQUE);
                        CREATE INDEX ix_users_nickname ON users (nickname);
                        """)
                .file("002_create_posts.sql", """
                        CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), written DATE, user_id INTEGER,
                                            FOREIGN KEY (user_id) REFERENCES users (id));
                        CREATE INDEX ix_posts_user_id ON posts (user_id);
                        INSERT INTO posts (id, body) VALUES (1, 'first');
                        """)
                .file("003_add_about_me.sql", "ALTER TABLE users ADD COLUMN about_me VARCHAR(140);\n");
    }

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void upgradeThenDowngradeStepByStepToZeroThenUpgradeAgain(Dialect dialect) throws Exception {
        microblog(dialect);
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
        assertEquals(List.of("cairn_history"), tables());
        assertEquals(3, project.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(3);
        assertEquals(List.of("1", "2", "3"), strings("SELECT version FROM cairn_history ORDER BY version"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aDownWrittenLaterIsStoredAndUsedAndOneThatCanNeverBeWrittenIsSkippedOnRequest(Dialect dialect) throws Exception {
        microblog(dialect);
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n")
                .file("005_lower.sql", "UPDATE users SET email = lower(email);\n");
        assertEquals(5, project.migrator().upgrade(null, false));
        assertTrue(project.logText().contains("005_lower.sql:1:1"), project.logText());
        project.file("005_lower.sql", "UPDATE users SET email = lower(email);\n-- migrate:down\nSELECT 1;\n");
        assertEquals(4, project.migrator().downgrade(null, false));
        assertTrue(project.logText().contains("Version 5 (migrations/005_lower.sql): its -- migrate:down part was written"), project.logText());
        assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(3L, false));
        assertEquals(3, project.migrator().downgrade(3L, false, java.util.Set.of(4L)));
        assertTrue(project.logText().contains("SKIPPING THE DOWN of version 4"), project.logText());
        assertLiveEqualsReplayAt(3);
        assertEquals(List.of("1", "2", "3"), strings("SELECT version FROM cairn_history ORDER BY version"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void targetVersionsUpAndDown(Dialect dialect) throws Exception {
        microblog(dialect);
        Migrator m = project.migrator();
        assertEquals(2, m.upgrade(2L, false));
        assertLiveEqualsReplayAt(2);
        assertEquals(3, m.upgrade(null, false));
        assertEquals(0, m.downgrade(0L, false));
        assertEquals(List.of("cairn_history"), tables());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void dryRunsChangeNothing(Dialect dialect) throws Exception {
        microblog(dialect);
        project.migrator().upgrade(1L, false);
        Schema before = live.introspect();
        List<String> history = strings("SELECT version, checksum, applied_at FROM cairn_history");
        project.log.clear();
        assertEquals(1, project.migrator().upgrade(null, true));
        assertTrue(project.logText().contains("CREATE TABLE posts") && project.logText().contains("DROP TABLE"), project.logText());
        project.migrator().downgrade(0L, true);
        assertTrue(SchemaDifferences.between(before, live.introspect()).isEmpty());
        assertEquals(history, strings("SELECT version, checksum, applied_at FROM cairn_history"));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void statusValidateAndAnEditedMigration(Dialect dialect) throws Exception {
        microblog(dialect);
        assertEquals(3, project.migrator().status().pending().size());
        project.migrator().upgrade(2L, false);
        MigrationStatus status = project.migrator().status();
        assertEquals(2, status.currentVersion());
        assertEquals(1, status.pending().size());
        project.migrator().validate();
        project.file("002_create_posts.sql", Files.readString(project.folder.resolve("002_create_posts.sql")) + "-- edited\n");
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().validate());
        assertTrue(p.getMessage().contains("002_create_posts.sql was edited after it was applied"), p.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL"})
    void aFailingMigrationRollsBackTheWholeRun(Dialect dialect) throws Exception {
        microblog(dialect);
        project.file("002_create_posts.sql", """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));
                CREATE INDEX ix_posts_body ON posts (body);
                INSERT INTO posts (id, body) VALUES (1, 'a', 'one value too many');
                """);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().startsWith("migrations/002_create_posts.sql:3:1: the database refused the statement"), p.getMessage());
        assertEquals(List.of(), tables());
        assertEquals(0, project.migrator().status().currentVersion());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL"})
    void withATransactionPerMigrationAFailingOneKeepsTheOnesBeforeIt(Dialect dialect) throws Exception {
        microblog(dialect);
        project.file("002_create_posts.sql", """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));
                CREATE INDEX ix_posts_body ON posts (body);
                INSERT INTO posts (id, body) VALUES (1, 'a', 'one value too many');
                """);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator(TransactionScope.MIGRATION).upgrade(null, false));
        assertTrue(p.getMessage().startsWith("migrations/002_create_posts.sql:3:1: the database refused the statement"), p.getMessage());
        assertEquals(List.of("cairn_history", "users"), tables());
        assertEquals(1, project.migrator().status().currentVersion());
        assertLiveEqualsReplayAt(1);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL"})
    void aLabelAddedToAnEnumTypeCommitsSoTheNextMigrationOfTheRunCanUseIt(Dialect dialect) throws Exception {
        live = LiveDatabase.of(dialect);
        project = MigrationsOnDisk.on(dir, live)
                .file("001_mood.sql", "CREATE TYPE mood AS ENUM ('sad', 'ok');\nCREATE TABLE people (id INTEGER PRIMARY KEY, mood mood NOT NULL);\n")
                .file("002_happy.sql", "ALTER TYPE mood ADD VALUE 'happy';\n")
                .file("003_default_happy.sql", "ALTER TABLE people ALTER COLUMN mood SET DEFAULT 'happy';\nINSERT INTO people (id) VALUES (1);\n");
        assertEquals(3, project.migrator().upgrade(null, false));
        assertEquals(List.of("happy"), strings("SELECT mood::text FROM people"));
        assertLiveEqualsReplayAt(3);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void baselineThenUpgrade(Dialect dialect) throws Exception {
        microblog(dialect);
        live.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, email VARCHAR(120) NOT NULL UNIQUE)",
                "CREATE INDEX ix_users_nickname ON users (nickname)");
        MigrationProblem wrong = assertThrows(MigrationProblem.class, () -> project.migrator().baseline(2));
        assertTrue(wrong.getMessage().contains("table posts"), wrong.getMessage());
        assertFalse(tables(live).contains("cairn_history"), "a refused baseline leaves nothing behind: " + tables(live));
        project.migrator().baseline(1);
        assertEquals(3, project.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(3);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void driftIsCaughtBeforeAnUpgrade(Dialect dialect) throws Exception {
        microblog(dialect);
        project.migrator().upgrade(1L, false);
        live.execute("ALTER TABLE users ADD COLUMN sneaky VARCHAR(10)");
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().contains("drifted") && p.getMessage().contains("sneaky"), p.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void anIrreversibleStepStopsTheDowngradeBeforeItActs(Dialect dialect) throws Exception {
        microblog(dialect);
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n");
        project.migrator().upgrade(null, false);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(0L, false));
        assertTrue(p.getMessage().contains("004_backfill.sql:1:1") && p.getMessage().contains("write a -- migrate:down part"), p.getMessage());
        assertLiveEqualsReplayAt(4);
    }

    private void assertLiveEqualsReplayAt(long version) throws Exception {
        assertLiveEqualsReplayAt(project, live, version);
    }

    static void assertLiveEqualsReplayAt(MigrationsOnDisk project, LiveDatabase live, long version) throws SQLException {
        Schema expected = new SchemaAtVersion(live.dialect()).replay(project.settings().migrations(), version).schema();
        Schema actual = IntrospectionOptions.excluding(HistoryTable.DEFAULT_NAME).applyTo(live.introspect());
        SchemaDifferences diff = SchemaDifferences.between(live.asStored(expected), actual);
        assertTrue(diff.isEmpty(), "at version " + version + ":\n" + diff);
    }

    private List<String> tables() throws SQLException {
        return tables(live);
    }

    /** The base tables of the test's namespace, sorted. */
    static List<String> tables(LiveDatabase live) throws SQLException {
        String sql = live.dialect() == Dialect.POSTGRESQL
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + live.namespace() + "' AND table_type = 'BASE TABLE' ORDER BY 1"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + live.namespace() + "' AND table_type = 'BASE TABLE' ORDER BY 1";
        return strings(live, sql);
    }

    private List<String> strings(String sql) throws SQLException {
        return strings(live, sql);
    }

    static List<String> strings(LiveDatabase live, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = live.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int k = 1; k <= n; k++) b.append(k > 1 ? "|" : "").append(r.getString(k));
                out.add(b.toString());
            }
        }
        return out;
    }
}
