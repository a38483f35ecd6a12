package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@link DriftKindsTest} on the live PostgreSQL and MariaDB servers, for the kinds of change SQLite has not (ALTER
 * COLUMN, comments, enum types, sequences) and the constraints these engines drop by name.
 */
class ServerDriftKindsTest {
    private static final String POSTGRES = """
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE SEQUENCE ticket_seq;
            CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email VARCHAR(120) UNIQUE, karma INTEGER DEFAULT 0,
                                feeling mood, CONSTRAINT karma_positive CHECK (karma >= 0));
            CREATE INDEX ix_users_nickname ON users (nickname);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT, user_id INTEGER REFERENCES users (id));
            CREATE VIEW user_names AS SELECT nickname FROM users;
            COMMENT ON TABLE users IS 'people';
            """;
    private static final String MARIADB = """
            CREATE SEQUENCE ticket_seq;
            CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email VARCHAR(120) UNIQUE, karma INTEGER DEFAULT 0,
                                CONSTRAINT karma_positive CHECK (karma >= 0)) COMMENT 'people';
            CREATE INDEX ix_users_nickname ON users (nickname);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT, user_id INTEGER, CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id));
            CREATE VIEW user_names AS SELECT nickname FROM users;
            """;

    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    static Stream<Arguments> kinds() {
        Dialect pg = Dialect.POSTGRESQL, maria = Dialect.MARIADB;
        return Stream.of(
                kind(pg, "column retyped", "ALTER TABLE posts ALTER COLUMN body TYPE VARCHAR(10)", "table posts: column body: type"),
                kind(pg, "column made NOT NULL", "ALTER TABLE posts ALTER COLUMN body SET NOT NULL", "table posts: column body: nullable ≠ NOT NULL"),
                kind(pg, "column default changed", "ALTER TABLE users ALTER COLUMN karma SET DEFAULT 1", "table users: column karma: default '0' ≠ '1'"),
                kind(pg, "foreign key dropped", "ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey", "table posts: foreign key missing: posts_user_id_fkey (user_id) → users (id)"),
                kind(pg, "unique constraint dropped", "ALTER TABLE users DROP CONSTRAINT users_email_key", "table users: unique constraint missing: users_email_key (email)"),
                kind(pg, "check dropped", "ALTER TABLE users DROP CONSTRAINT karma_positive", "table users: check missing: karma_positive (karma >= 0)"),
                kind(pg, "primary key dropped", "ALTER TABLE posts DROP CONSTRAINT posts_pkey", "table posts: primary key posts_pkey (id) ≠ none"),
                kind(pg, "index added", "CREATE INDEX ix_posts_body ON posts (body)", "table posts: index unexpected: ix_posts_body (body)"),
                kind(pg, "enum value added", "ALTER TYPE mood ADD VALUE 'angry'", "enum type mood: [happy, sad] ≠ [happy, sad, angry]"),
                kind(pg, "enum type added", "CREATE TYPE color AS ENUM ('red')", "enum type color: unexpected"),
                kind(pg, "sequence added", "CREATE SEQUENCE extra_seq", "sequence extra_seq: unexpected"),
                kind(pg, "sequence dropped", "DROP SEQUENCE ticket_seq", "sequence ticket_seq: missing"),
                kind(pg, "table comment", "COMMENT ON TABLE users IS 'members'", "table users: comment 'people' ≠ 'members'"),
                kind(pg, "column comment", "COMMENT ON COLUMN users.email IS 'where to write'", "table users: column email: comment none ≠ 'where to write'"),
                kind(pg, "view comment", "COMMENT ON VIEW user_names IS 'names'", "view user_names: comment none ≠ 'names'"),
                kind(maria, "column retyped", "ALTER TABLE posts MODIFY body VARCHAR(10)", "table posts: column body: type"),
                kind(maria, "column made NOT NULL", "ALTER TABLE posts MODIFY body TEXT NOT NULL", "table posts: column body: nullable ≠ NOT NULL"),
                kind(maria, "column default changed", "ALTER TABLE users ALTER COLUMN karma SET DEFAULT 1", "table users: column karma: default '0' ≠ '1'"),
                kind(maria, "column comment", "ALTER TABLE users MODIFY email VARCHAR(120) COMMENT 'where to write'", "table users: column email: comment none ≠ 'where to write'"),
                kind(maria, "table comment", "ALTER TABLE users COMMENT = 'members'", "table users: comment 'people' ≠ 'members'"),
                kind(maria, "foreign key dropped", "ALTER TABLE posts DROP FOREIGN KEY fk_posts_user", "table posts: foreign key missing: fk_posts_user (user_id) → users (id)"),
                kind(maria, "check dropped", "ALTER TABLE users DROP CONSTRAINT karma_positive", "table users: check missing: karma_positive"),
                kind(maria, "index dropped", "DROP INDEX ix_users_nickname ON users", "table users: index missing: ix_users_nickname (nickname)"),
                kind(maria, "sequence added", "CREATE SEQUENCE extra_seq", "sequence extra_seq: unexpected"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    void isCaughtAndNamed(Dialect dialect, String kind, String byHand, String expected) throws Exception {
        live = LiveDatabase.of(dialect);
        MigrationsOnDisk project = MigrationsOnDisk.on(dir, live).file("001_blog.sql", dialect == Dialect.POSTGRESQL ? POSTGRES : MARIADB);
        project.migrator().upgrade(null, false);
        live.execute(byHand);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().validate());
        assertTrue(p.getMessage().contains("drifted from its migrations at version 1") && p.getMessage().contains(expected),
                "expected «" + expected + "» in:\n" + p.getMessage());
    }

    private static Arguments kind(Dialect dialect, String name, String byHand, String expected) {
        return arguments(dialect, name, byHand, expected);
    }
}
