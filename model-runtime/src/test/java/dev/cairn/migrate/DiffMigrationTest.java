package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Column;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * db:diff on SQLite: a database changed by hand gives the next migration file, which, applied to a fresh database
 * after the others, yields the hand-changed schema.
 */
class DiffMigrationTest {
    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void microblog() throws Exception {
        project = new MigrationsOnDisk(dir.resolve("hand"))
                .file("001_create_users.sql", """
                        CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, email VARCHAR(120));
                        CREATE INDEX ix_users_nickname ON users (nickname);
                        CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER REFERENCES users (id));
                        CREATE VIEW user_names AS SELECT nickname FROM users;
                        """);
        project.migrator().upgrade(null, false);
    }

    @Test
    void aDatabaseInStepWithItsMigrationsGivesNoFile() {
        assertEquals(Optional.empty(), diff("nothing"));
        assertTrue(project.logText().contains("there is no difference to write"), project.logText());
        assertEquals(1, project.settings().migrations().size());
    }

    @Test
    void addedColumnTableIndexAndViewBecomeAMigrationThatRebuildsTheHandChangedSchema() throws Exception {
        byHand("ALTER TABLE users ADD COLUMN about_me VARCHAR(140)",
                "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "CREATE UNIQUE INDEX ux_tags_name ON tags (name)",
                "CREATE INDEX ix_posts_user_id ON posts (user_id)",
                "CREATE VIEW tag_names AS SELECT name FROM tags");
        String text = Files.readString(diff("add about me").orElseThrow());
        assertTrue(text.contains("ALTER TABLE users ADD COLUMN about_me VARCHAR(140)"), text);
        assertTrue(text.contains("CREATE TABLE tags"), text);
        assertFalse(text.contains("-- migrate:down"), "plain ALTERs leave the down to the model: " + text);
        assertAppliedToAFreshDatabaseGivesTheHandChangedSchema();
    }

    @Test
    void aRetypedColumnIsARebuildWithAWrittenDownThatKeepsTheRows() throws Exception {
        byHand("INSERT INTO users (id, nickname, email) VALUES (1, 'john', 'j@x')",
                "INSERT INTO posts (body, user_id) VALUES ('hi', 1)",
                "CREATE TABLE new_users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, email VARCHAR(200) NOT NULL DEFAULT '')",
                "INSERT INTO new_users SELECT * FROM users", "DROP VIEW user_names", "DROP TABLE users",
                "ALTER TABLE new_users RENAME TO users", "CREATE INDEX ix_users_nickname ON users (nickname)",
                "CREATE VIEW user_names AS SELECT nickname FROM users");
        String text = Files.readString(diff("widen email").orElseThrow());
        assertTrue(text.contains(RebuildMarker.LINE) && text.contains("CREATE TABLE new_users"), text);
        assertTrue(text.contains("-- migrate:down"), text);
        assertAppliedToAFreshDatabaseGivesTheHandChangedSchema();
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeAreADropAndAnAddWithAHowToRenameComment() throws Exception {
        byHand("ALTER TABLE users DROP COLUMN email", "ALTER TABLE users ADD COLUMN mail VARCHAR(120)");
        String text = Files.readString(diff("mail").orElseThrow());
        assertTrue(text.contains("-- Column users.email is dropped and mail added")
                && text.contains("ALTER TABLE users RENAME COLUMN email TO mail"), text);
        assertAppliedToAFreshDatabaseGivesTheHandChangedSchema();
    }

    @Test
    void aRenamedTableIsADropAndACreateWithAHowToRenameComment() throws Exception {
        byHand("ALTER TABLE posts RENAME TO notes");
        String text = Files.readString(diff("notes").orElseThrow());
        assertTrue(text.contains("If posts was renamed") && text.contains("ALTER TABLE posts RENAME TO notes"), text);
        assertAppliedToAFreshDatabaseGivesTheHandChangedSchema();
    }

    @Test
    void droppedTablesAndViewsAreDropped() throws Exception {
        byHand("DROP VIEW user_names", "DROP TABLE posts");
        String text = Files.readString(diff("drop posts").orElseThrow());
        assertTrue(text.contains("DROP VIEW user_names") && text.contains("DROP TABLE posts"), text);
        assertAppliedToAFreshDatabaseGivesTheHandChangedSchema();
    }

    @Test
    void pendingMigrationsMustBeAppliedFirst() throws Exception {
        project.file("002_more.sql", "CREATE TABLE more (id INTEGER PRIMARY KEY);\n");
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> diff("x"));
        assertTrue(p.getMessage().contains("run db:upgrade first"), p.getMessage());
    }

    private Optional<Path> diff(String name) {
        return project.migrator().diff(project.folder, name, NewMigration.Style.SEQUENCE, Clock.systemUTC());
    }

    private void byHand(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    private void assertAppliedToAFreshDatabaseGivesTheHandChangedSchema() throws Exception {
        MigrationsOnDisk fresh = new MigrationsOnDisk(dir.resolve("fresh"));
        for (Path f : Files.list(project.folder).toList()) fresh.file(f.getFileName().toString(), Files.readString(f));
        fresh.migrator().upgrade(null, false);
        Schema handChanged = introspect(project.url());
        Schema migrated = introspect(fresh.url());
        SchemaDifferences d = SchemaDifferences.between(handChanged, migrated);
        assertTrue(d.isEmpty(), d + "\n" + fresh.logText());
        fresh.migrator().downgrade(null, false);
        fresh.migrator().validate(); // the down leaves the schema of version 1: no drift
    }

    private static Schema introspect(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return Engines.of(Dialect.SQLITE).introspector().introspect(c, IntrospectionOptions.excluding("cairn_history"));
        }
    }
}
