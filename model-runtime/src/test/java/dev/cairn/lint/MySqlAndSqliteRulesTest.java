package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The MySQL/MariaDB locking rules and SQLite's rebuild rule, each firing and not firing. */
class MySqlAndSqliteRulesTest {
    private static final String POSTS = "CREATE TABLE posts (id bigint PRIMARY KEY, title varchar(50), body text, n integer);";

    private static List<LintFinding> lint(Dialect d, String rule, String... files) {
        return Lint.of(Lint.run(d, files), rule);
    }

    @Test
    void anIndexOnAnExistingTableNeedsInplaceWithoutLock() {
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            assertEquals(1, lint(d, "mysql-index-not-online", POSTS, "CREATE INDEX posts_title ON posts (title);").size(), d.id());
            assertEquals(1, lint(d, "mysql-index-not-online", POSTS, "ALTER TABLE posts ADD INDEX posts_title (title);").size(), d.id());
            assertEquals(1, lint(d, "mysql-index-not-online", POSTS, "ALTER TABLE posts ADD UNIQUE KEY posts_title (title), ALGORITHM=INPLACE;").size(), d.id());
            assertEquals(List.of(), lint(d, "mysql-index-not-online", POSTS, "ALTER TABLE posts ADD INDEX posts_title (title), ALGORITHM=INPLACE, LOCK=NONE;"), d.id());
            assertEquals(List.of(), lint(d, "mysql-index-not-online", POSTS, "CREATE INDEX posts_title ON posts (title) ALGORITHM=INPLACE LOCK=NONE;"), d.id());
            assertEquals(List.of(), lint(d, "mysql-index-not-online", POSTS + "CREATE INDEX posts_title ON posts (title);"), d.id());
        }
    }

    @Test
    void typeChangesThatCopyAndColumnReorderingAreReported() {
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            assertEquals(1, lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts MODIFY n bigint;").size(), d.id());
            assertEquals(1, lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts MODIFY title varchar(100);").size(), "200 to 400 bytes: " + d.id());
            assertEquals(1, lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts MODIFY n integer AFTER id;").size(), d.id());
            assertEquals(1, lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts DROP PRIMARY KEY, ADD PRIMARY KEY (id, n);").size(), d.id());
            assertEquals(1, lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts CONVERT TO CHARACTER SET latin1;").size(), d.id());
            assertEquals(List.of(), lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts MODIFY title varchar(60);"), "200 to 240 bytes: " + d.id());
            assertEquals(List.of(), lint(d, "mysql-copying-alter", POSTS, "ALTER TABLE posts MODIFY n bigint, ALGORITHM=INPLACE, LOCK=NONE;"), d.id());
            assertEquals(List.of(), lint(d, "mysql-copying-alter", POSTS + "ALTER TABLE posts MODIFY n bigint;"), d.id());
        }
    }

    @Test
    void aSqliteRebuildOrDropColumnOfAnExistingTableIsReported() {
        assertEquals(1, lint(Dialect.SQLITE, "sqlite-table-rebuild", POSTS, "ALTER TABLE posts DROP COLUMN body;").size());
        assertEquals(1, lint(Dialect.SQLITE, "sqlite-table-rebuild", POSTS, """
                -- cairn:rebuild
                CREATE TABLE new_posts (id bigint PRIMARY KEY, title varchar(50) NOT NULL, body text, n integer);
                INSERT INTO new_posts SELECT id, title, body, n FROM posts;
                DROP TABLE posts;
                ALTER TABLE new_posts RENAME TO posts;
                """).size());
        assertEquals(List.of(), lint(Dialect.SQLITE, "sqlite-table-rebuild", POSTS, "ALTER TABLE posts ADD COLUMN extra text;"));
        assertEquals(List.of(), lint(Dialect.SQLITE, "sqlite-table-rebuild", POSTS + "ALTER TABLE posts DROP COLUMN body;"));
        assertEquals(List.of(), lint(Dialect.SQLITE, "sqlite-table-rebuild", POSTS, "DROP TABLE posts;"));
    }
}
