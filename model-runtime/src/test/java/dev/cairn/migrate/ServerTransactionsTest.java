package dev.cairn.migrate;

import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static dev.cairn.migrate.ServerMigratorTest.assertLiveEqualsReplayAt;
import static dev.cairn.migrate.ServerMigratorTest.strings;
import static dev.cairn.migrate.ServerMigratorTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a failing migration is undone where statements commit one by one: MariaDB (DDL commits itself) and a PostgreSQL
 * file marked {@code -- cairn:no-transaction}: the derived inverses of the statements already run, in reverse order;
 * where that is impossible, a partial row in the history that status, validate and upgrade explain.
 */
class ServerTransactionsTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email VARCHAR(120));\n"
            + "CREATE INDEX ix_users_nickname ON users (nickname);\n";

    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    @Test
    void aFailingMigrationInTheMiddleIsCompensatedOnMariaDb() throws Exception {
        live = LiveDatabase.mariadb();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", USERS)
                .file("002_posts.sql", """
                        CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER, FOREIGN KEY (user_id) REFERENCES users (id));
                        CREATE INDEX ix_posts_body ON posts (body);
                        ALTER TABLE users ADD COLUMN about_me VARCHAR(140);
                        ALTER TABLE users RENAME COLUMN email TO mail;
                        INSERT INTO posts (id, body) VALUES (1, 'a', 'one value too many');
                        """)
                .file("003_later.sql", "CREATE TABLE later (id INTEGER);\n");
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        String message = e.getMessage();
        assertTrue(message.startsWith("migrations/002_posts.sql:5:1: the database refused the statement"), message);
        assertTrue(message.contains("mariadb commits each DDL statement by itself, the 4 statement(s) already run were undone"), message);
        assertTrue(message.indexOf("ALTER TABLE users RENAME COLUMN mail TO email") < message.indexOf("DROP TABLE"), "reverse order: " + message);
        assertTrue(message.contains("The database is back where it was before migrations/002_posts.sql"), message);
        assertLiveEqualsReplayAt(p, live, 1);
        assertEquals(List.of("cairn_history", "users"), tables(live));
        assertEquals(List.of("1"), strings(live, "SELECT version FROM cairn_history"));
        p.migrator().validate();

        p.file("002_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));\n");
        assertEquals(3, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 3);
    }

    @Test
    void whatCannotBeCompensatedIsRecordedAsPartialWithHowToRecover() throws Exception {
        live = LiveDatabase.mariadb();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", USERS + "INSERT INTO users (id, nickname) VALUES (1, 'ann');\n")
                .file("002_score.sql", """
                        ALTER TABLE users ADD COLUMN score INTEGER;
                        UPDATE users SET score = 1;
                        INSERT INTO users (id, nickname) VALUES (2, 'bob', 'one value too many');
                        """);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(e.getMessage().contains("migrations/002_score.sql is partially applied, and recorded so in cairn_history.\n"), e.getMessage());
        assertTrue(e.getMessage().contains("\n    not undone, because:   migrations/002_score.sql:2:1: UPDATE users SET score = 1 cannot be undone from the schema model"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\n    ran and still applied: migrations/002_score.sql:1:1  ALTER TABLE users ADD COLUMN score INTEGER\n"), e.getMessage());
        assertEquals(1, e.getMessage().split("is partially applied", -1).length - 1, "said once: " + e.getMessage());
        assertTrue(p.log.stream().noneMatch(l -> l.contains("is partially applied")), "not logged besides: " + p.log);
        assertTrue(e.getMessage().lines().allMatch(l -> l.length() < 400), "one fact per line: " + e.getMessage());

        MigrationStatus status = p.migrator().status();
        assertEquals(1, status.currentVersion());
        assertTrue(status.problems().get(0).startsWith("version 2 (migrations/002_score.sql) is partially applied"), status.problems().toString());
        assertTrue(status.problems().get(0).contains("DELETE FROM cairn_history WHERE version = 2"), status.problems().toString());
        MigrationProblem invalid = assertThrows(MigrationProblem.class, () -> p.migrator().validate());
        assertTrue(invalid.getMessage().contains("is partially applied") && invalid.getMessage().contains("To recover"), invalid.getMessage());
        MigrationProblem again = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(again.getMessage().startsWith("Cannot upgrade: version 2 (migrations/002_score.sql) is partially applied"), again.getMessage());

        // the recovery the note describes: undo by hand, delete the row, fix the file
        live.execute("ALTER TABLE users DROP COLUMN score", "DELETE FROM cairn_history WHERE version = 2");
        p.file("002_score.sql", "ALTER TABLE users ADD COLUMN score INTEGER;\nUPDATE users SET score = 1;\n-- migrate:down\nALTER TABLE users DROP COLUMN score;\n");
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 2);
        assertEquals(1, p.migrator().downgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 1);
    }

    @Test
    void aDownFailingHalfWayOnMariaDbIsRedoneSoTheDatabaseStaysAtItsVersion() throws Exception {
        live = LiveDatabase.mariadb();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", USERS)
                .file("002_posts.sql", """
                        CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER, FOREIGN KEY (user_id) REFERENCES users (id));
                        CREATE INDEX ix_posts_body ON posts (body);
                        ALTER TABLE users ADD COLUMN about_me VARCHAR(140);
                        -- migrate:down
                        ALTER TABLE users DROP COLUMN about_me;
                        DROP INDEX ix_posts_body ON posts;
                        DROP TABLE no_such_table;
                        DROP TABLE posts;
                        """);
        assertEquals(2, p.migrator().upgrade(null, false));
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().downgrade(null, false));
        String message = e.getMessage();
        assertTrue(message.startsWith("down of migrations/002_posts.sql:3:1: the database refused the statement"), message);
        assertTrue(message.contains("the 2 statement(s) of the down already run were redone"), message);
        assertTrue(message.indexOf("CREATE INDEX ix_posts_body") < message.indexOf("ADD COLUMN about_me"), "reverse order: " + message);
        assertTrue(message.contains("The database is back at version 2"), message);
        assertLiveEqualsReplayAt(p, live, 2);
        assertEquals(List.of("1", "2"), strings(live, "SELECT version FROM cairn_history WHERE state IS NULL ORDER BY version"));
        assertEquals(2, p.migrator().status().currentVersion());
        assertTrue(p.migrator().status().problems().isEmpty(), p.migrator().status().problems().toString());

        // the mend the message describes, with no hand edit of the history table: the down part corrected in the file
        assertTrue(message.contains("Correct the -- migrate:down part of migrations/002_posts.sql"), message);
        String file = Files.readString(p.folder.resolve("002_posts.sql"));
        p.file("002_posts.sql", file.replace("DROP TABLE no_such_table;\n", ""));
        assertEquals(1, p.migrator().downgrade(null, false));
        assertTrue(p.logText().contains("its -- migrate:down part was changed after it was applied"), p.logText());
        assertLiveEqualsReplayAt(p, live, 1);
    }

    @Test
    void aDownThatCannotBeRedoneIsRecordedAsPartiallyReverted() throws Exception {
        live = LiveDatabase.mariadb();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", USERS + "INSERT INTO users (id, nickname) VALUES (1, 'ann');\n")
                .file("002_score.sql", """
                        ALTER TABLE users ADD COLUMN score INTEGER;
                        -- migrate:down
                        UPDATE users SET nickname = 'gone';
                        ALTER TABLE users DROP COLUMN no_such_column;
                        ALTER TABLE users DROP COLUMN score;
                        """);
        assertEquals(2, p.migrator().upgrade(null, false));
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().downgrade(null, false));
        assertTrue(e.getMessage().contains("Version 2 (migrations/002_score.sql) is partially reverted and recorded so in cairn_history"),
                e.getMessage());
        assertTrue(e.getMessage().contains("UPDATE users SET nickname = 'gone' cannot be redone from the schema model"), e.getMessage());
        assertEquals(List.of("2|partial"), strings(live, "SELECT version, state FROM cairn_history WHERE version = 2"));

        MigrationStatus status = p.migrator().status();
        assertTrue(status.problems().get(0).startsWith("version 2 (migrations/002_score.sql) is partially applied: its down failed"),
                status.problems().toString());
        MigrationProblem again = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(again.getMessage().startsWith("Cannot upgrade: version 2 (migrations/002_score.sql) is partially applied"), again.getMessage());
        MigrationProblem down = assertThrows(MigrationProblem.class, () -> p.migrator().downgrade(null, false));
        assertTrue(down.getMessage().startsWith("Cannot downgrade: version 2 (migrations/002_score.sql) is partially applied"), down.getMessage());
        assertEquals(List.of("1"), strings(live, "SELECT version FROM cairn_history WHERE state IS NULL"), "version 1 was not reverted");

        // the recovery the note describes: finish the down by hand, delete the row
        live.execute("ALTER TABLE users DROP COLUMN score", "DELETE FROM cairn_history WHERE version = 2");
        assertLiveEqualsReplayAt(p, live, 1);
        ValidationReport report = p.migrator().validation();
        assertEquals(List.of(), report.drift());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).contains("002_score.sql:4:31: column no_such_column does not exist"),
                "the down is still wrong, and validate says where: " + report.problems());
    }

    @Test
    void aPostgresMigrationMarkedNoTransactionCanCreateAnIndexConcurrently() throws Exception {
        live = LiveDatabase.postgres();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", USERS)
                .file("002_index.sql", "-- cairn:no-transaction\n-- builds without locking writes out\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n");
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 2);
        assertEquals(List.of("2|null"), strings(live, "SELECT version, state FROM cairn_history WHERE version = 2"));
        assertEquals(1, p.migrator().downgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 1);

        // without the directive PostgreSQL refuses: the migration runs in a transaction
        MigrationsOnDisk q = MigrationsOnDisk.on(dir.resolve("q"), live).file("001_users.sql", USERS)
                .file("002_index.sql", "CREATE INDEX CONCURRENTLY ix_users_email ON users (email);\n");
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> q.migrator().upgrade(null, false));
        assertTrue(e.getMessage().contains("cannot run inside a transaction block"), e.getMessage());
    }

    @Test
    void aFailingPostgresMigrationMarkedNoTransactionIsCompensated() throws Exception {
        live = LiveDatabase.postgres();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", USERS)
                .file("002_index.sql", """
                        -- cairn:no-transaction
                        CREATE INDEX CONCURRENTLY ix_users_email ON users (email);
                        ALTER TABLE users ADD COLUMN about_me VARCHAR(140);
                        INSERT INTO users (id, nickname) VALUES (1, 'ann', 'one value too many');
                        """);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(e.getMessage().contains("runs outside a transaction (-- cairn:no-transaction), the 2 statement(s) already run were undone"),
                e.getMessage());
        assertLiveEqualsReplayAt(p, live, 1);
        assertEquals(List.of("1"), strings(live, "SELECT version FROM cairn_history"));
        assertFalse(p.migrator().status().problems().stream().anyMatch(s -> s.contains("partially")));
    }
}
