package dev.cairn.migrate;

import dev.cairn.dialect.RebuildMarker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQLite table rebuilds in the migrator: a derived down that rebuilds a table, and an up marked
 * {@code -- cairn:rebuild}, keep every row and every index, trigger, view and foreign key, with foreign keys enforced
 * or not; a rebuild that leaves a broken reference is rolled back.
 */
class SqliteRebuildMigrationTest {
    private static final String SCHEMA = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, about_me TEXT, email VARCHAR(120));
            CREATE INDEX ix_users_email ON users (email);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE);
            CREATE INDEX ix_posts_user_id ON posts (user_id);
            CREATE VIEW user_posts AS SELECT u.nickname, p.body FROM users u JOIN posts p ON p.user_id = u.id;
            CREATE TABLE audit (what TEXT);
            CREATE TRIGGER users_audit AFTER UPDATE ON users BEGIN INSERT INTO audit (what) VALUES ('updated ' || NEW.nickname); END;
            INSERT INTO users (id, nickname, about_me, email) VALUES (1, 'john', 'hi', 'j@x'), (2, 'susan', NULL, 's@x');
            INSERT INTO posts (id, body, user_id) VALUES (1, 'first', 1), (2, 'second', 1), (3, 'third', 2);
            -- migrate:down
            DROP TRIGGER users_audit;
            DROP TABLE audit;
            DROP VIEW user_posts;
            DROP TABLE posts;
            DROP TABLE users;
            """;

    @TempDir
    Path dir;

    @Test
    void aDerivedDownThatRebuildsKeepsRowsIndexesTriggersViewsAndForeignKeysWithForeignKeysEnforced() throws Exception {
        derivedDownKeepsEverything(new MigrationsOnDisk(dir).enforcingForeignKeys());
    }

    @Test
    void aDerivedDownThatRebuildsKeepsEverythingWithoutForeignKeyEnforcementToo() throws Exception {
        derivedDownKeepsEverything(new MigrationsOnDisk(dir));
    }

    private void derivedDownKeepsEverything(MigrationsOnDisk project) throws Exception {
        project.file("001_blog.sql", SCHEMA)
                // SQLite drops the column in place; its derived down puts it back in the middle: a rebuild of users
                .file("002_drop_about_me.sql", "ALTER TABLE users DROP COLUMN about_me;\n");
        assertEquals(2, project.migrator().upgrade(null, false));
        String down = query(project, "SELECT down_sql FROM cairn_history WHERE version = 2").get(0);
        assertTrue(down.startsWith(RebuildMarker.LINE + "\n") && down.contains("CREATE TABLE new_users"), down);
        List<String> objectsBefore = schemaObjects(project);

        assertEquals(1, project.migrator().downgrade(null, false));

        assertEquals(objectsBefore, schemaObjects(project), "every index, trigger and view is back");
        assertEquals(List.of("1 john null j@x", "2 susan null s@x"), query(project, "SELECT id || ' ' || nickname || ' ' || ifnull(about_me, 'null') || ' ' || email FROM users ORDER BY id"));
        assertEquals(List.of("john first", "john second", "susan third"), query(project, "SELECT nickname || ' ' || body FROM user_posts ORDER BY body"));
        assertEquals(List.of("0"), query(project, "SELECT count(*) FROM audit"));
        try (Connection c = DriverManager.getConnection(project.url() + (project.url().contains("?") ? "" : "?foreign_keys=on"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE users SET email = 'john@x' WHERE id = 1");
            assertThrows(SQLException.class, () -> s.execute("INSERT INTO posts (body, user_id) VALUES ('orphan', 99)"),
                    "the foreign key of posts to users still holds");
            s.execute("DELETE FROM users WHERE id = 2");
        }
        assertEquals(List.of("updated john"), query(project, "SELECT what FROM audit"), "the trigger fires on the rebuilt table");
        assertEquals(List.of("first", "second"), query(project, "SELECT body FROM posts ORDER BY id"), "ON DELETE CASCADE still cascades");
        project.migrator().validate(); // no drift: the rebuilt schema equals the migrations at version 1
        assertEquals(2, project.migrator().upgrade(null, false));
    }

    @Test
    void aForeignKeyEnforcedConnectionStaysEnforcedAfterTheRebuild() throws Exception {
        MigrationsOnDisk project = new MigrationsOnDisk(dir).enforcingForeignKeys()
                .file("001_blog.sql", SCHEMA)
                .file("002_drop_about_me.sql", "ALTER TABLE users DROP COLUMN about_me;\n")
                .file("003_more.sql", "INSERT INTO posts (body, user_id) VALUES ('x', 42);\n");
        project.migrator().upgrade(2L, false);
        project.migrator().downgrade(null, false);
        project.migrator().upgrade(2L, false);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().contains("FOREIGN KEY"), p.getMessage());
    }

    @Test
    void anUpMarkedAsRebuildKeepsTheRowsThatReferenceTheRebuiltTable() throws Exception {
        MigrationsOnDisk project = new MigrationsOnDisk(dir).enforcingForeignKeys()
                .file("001_blog.sql", SCHEMA)
                .file("002_email_not_null.sql", RebuildMarker.LINE + """

                        CREATE TABLE new_users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE, about_me TEXT, email VARCHAR(120) NOT NULL DEFAULT '');
                        INSERT INTO new_users (id, nickname, about_me, email) SELECT id, nickname, about_me, ifnull(email, '') FROM users;
                        DROP VIEW user_posts;
                        DROP TABLE users;
                        ALTER TABLE new_users RENAME TO users;
                        CREATE INDEX ix_users_email ON users (email);
                        CREATE VIEW user_posts AS SELECT u.nickname, p.body FROM users u JOIN posts p ON p.user_id = u.id;
                        """);
        assertEquals(2, project.migrator().upgrade(null, false));
        assertEquals(List.of("3"), query(project, "SELECT count(*) FROM posts"), "DROP TABLE users did not cascade to posts");
        assertEquals(List.of("users_audit"), query(project, "SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        project.migrator().validate();
    }

    @Test
    void aRebuildThatLeavesBrokenReferencesIsRolledBack() throws Exception {
        MigrationsOnDisk project = new MigrationsOnDisk(dir).enforcingForeignKeys()
                .file("001_blog.sql", SCHEMA)
                .file("002_lose_john.sql", RebuildMarker.LINE + "\nDELETE FROM users WHERE id = 1;\n");
        project.migrator().upgrade(1L, false);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().contains("foreign_key_check") && p.getMessage().contains("posts row 1 → users"), p.getMessage());
        assertEquals(List.of("2"), query(project, "SELECT count(*) FROM users"));
        assertEquals(List.of("1"), query(project, "SELECT max(version) FROM cairn_history"));
        assertEquals(List.of("1"), query(project, "PRAGMA foreign_keys"));
    }

    private static List<String> schemaObjects(MigrationsOnDisk project) throws Exception {
        return query(project, "SELECT type || ' ' || name || ' on ' || tbl_name FROM sqlite_master WHERE name NOT LIKE 'cairn%' ORDER BY type, name");
    }

    private static List<String> query(MigrationsOnDisk project, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
