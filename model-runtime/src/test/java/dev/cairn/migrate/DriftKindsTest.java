package dev.cairn.migrate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The drift check on SQLite, one kind of hand change per case: validate and upgrade fail, and the message names the
 * object and what changed about it.
 */
class DriftKindsTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email VARCHAR(120) UNIQUE,"
            + " karma INTEGER DEFAULT 0, CONSTRAINT karma_positive CHECK (karma >= 0))";
    private static final String POSTS = "CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT, user_id INTEGER REFERENCES users (id))";
    private static final String USERS_INDEX = "CREATE INDEX ix_users_nickname ON users (nickname)";
    private static final String VIEW = "CREATE VIEW user_names AS SELECT nickname FROM users";

    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void applied() throws Exception {
        project = new MigrationsOnDisk(dir).file("001_blog.sql", String.join(";\n", USERS, USERS_INDEX, POSTS, VIEW) + ";\n")
                .file("002_later.sql", "CREATE TABLE later (id INTEGER PRIMARY KEY);\n");
        project.migrator().upgrade(1L, false);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                kind("column added", List.of("ALTER TABLE users ADD COLUMN sneaky TEXT"), "table users: column sneaky: unexpected"),
                kind("column dropped", List.of("ALTER TABLE posts DROP COLUMN body"), "table posts: column body: missing"),
                kind("column retyped", posts(POSTS.replace("body TEXT", "body VARCHAR(10)")), "table posts: column body: type text (text) ≠ varchar(10) (varchar)"),
                kind("column made NOT NULL", posts(POSTS.replace("body TEXT", "body TEXT NOT NULL")), "table posts: column body: nullable ≠ NOT NULL"),
                kind("column default changed", users(USERS.replace("DEFAULT 0", "DEFAULT 1")), "table users: column karma: default '0' ≠ '1'"),
                kind("column renamed", List.of("ALTER TABLE posts RENAME COLUMN body TO text"), "table posts: column body: missing", "table posts: column text: unexpected"),
                kind("column collation", posts(POSTS.replace("body TEXT", "body TEXT COLLATE NOCASE")), "table posts: column body: collation none ≠ 'NOCASE'"),
                kind("index added", List.of("CREATE INDEX ix_posts_user_id ON posts (user_id)"), "table posts: index unexpected: ix_posts_user_id (user_id)"),
                kind("index dropped", List.of("DROP INDEX ix_users_nickname"), "table users: index missing: ix_users_nickname (nickname)"),
                kind("index made unique", List.of("DROP INDEX ix_users_nickname", "CREATE UNIQUE INDEX ix_users_nickname ON users (nickname)"),
                        "table users: index missing: ix_users_nickname (nickname)", "index unexpected: UNIQUE ix_users_nickname (nickname)"),
                kind("unique constraint dropped", users(USERS.replace(" UNIQUE", "")), "table users: unique constraint missing: (email)"),
                kind("foreign key dropped", posts(POSTS.replace(" REFERENCES users (id)", "")), "table posts: foreign key missing: (user_id) → users (id)"),
                kind("foreign key action changed", posts(POSTS.replace("REFERENCES users (id)", "REFERENCES users (id) ON DELETE CASCADE")),
                        "table posts: foreign key missing: (user_id) → users (id)", "foreign key unexpected: (user_id) → users (id) ON DELETE CASCADE"),
                kind("check dropped", users(USERS.replace(", CONSTRAINT karma_positive CHECK (karma >= 0)", "")), "table users: check missing: karma_positive (karma >= 0)"),
                kind("check changed", users(USERS.replace("karma >= 0", "karma > 0")), "check missing: karma_positive (karma >= 0)", "check unexpected: karma_positive (karma > 0)"),
                kind("primary key dropped", posts(POSTS.replace("id INTEGER PRIMARY KEY", "id INTEGER")), "table posts: primary key (id) ≠ none"),
                kind("table added", List.of("CREATE TABLE extra (id INTEGER)"), "table extra: unexpected"),
                kind("table dropped", List.of("DROP TABLE posts"), "table posts: missing"),
                kind("table renamed", List.of("ALTER TABLE posts RENAME TO notes"), "table posts: missing", "table notes: unexpected"),
                kind("table option", posts(POSTS + " STRICT"), "table posts: options"),
                kind("view added", List.of("CREATE VIEW emails AS SELECT email FROM users"), "view emails: unexpected"),
                kind("view dropped", List.of("DROP VIEW user_names"), "view user_names: missing"),
                kind("view changed", List.of("DROP VIEW user_names", "CREATE VIEW user_names AS SELECT nickname, email FROM users"),
                        "view user_names: columns [nickname] ≠ [nickname, email]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void isCaughtAndNamed(String kind, List<String> byHand, List<String> expected) throws Exception {
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            for (String sql : byHand) s.execute(sql);
        }
        MigrationProblem validate = assertThrows(MigrationProblem.class, () -> project.migrator().validate());
        MigrationProblem upgrade = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        for (MigrationProblem p : List.of(validate, upgrade)) {
            assertTrue(p.getMessage().contains("drifted from its migrations at version 1"), p.getMessage());
            for (String e : expected) assertTrue(p.getMessage().contains(e), "expected «" + e + "» in:\n" + p.getMessage());
        }
    }

    private static Arguments kind(String name, List<String> byHand, String... expected) {
        return arguments(name, byHand, List.of(expected));
    }

    /** posts dropped and created again as {@code create} (no rows, no view reads it). */
    private static List<String> posts(String create) {
        return List.of("DROP TABLE posts", create);
    }

    /** users dropped and created again as {@code create}, with its index and the view that reads it. */
    private static List<String> users(String create) {
        return List.of("DROP VIEW user_names", "DROP TABLE users", create, USERS_INDEX, VIEW);
    }
}
