package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data-loss and backward-compatibility rules, on every engine they apply to, each firing and not firing. */
class DataLossAndCompatibilityRulesTest {
    private static final String POSTS = "CREATE TABLE posts (id bigint PRIMARY KEY, title varchar(100), body text, n integer);";

    private static List<LintFinding> lint(Dialect d, String rule, String... files) {
        return Lint.of(Lint.run(d, files), rule);
    }

    private static List<LintFinding> lint(String rule, String... files) {
        return lint(Dialect.POSTGRESQL, rule, files);
    }

    @Test
    void droppingAnExistingTableIsReportedOnEveryEngine() {
        for (Dialect d : Dialect.values()) {
            assertEquals(1, lint(d, "drop-table", POSTS, "DROP TABLE posts;").size(), d.id());
            assertEquals(List.of(), lint(d, "drop-table", POSTS, "CREATE TABLE tmp (id int PRIMARY KEY);\nDROP TABLE tmp;"), d.id());
        }
    }

    @Test
    void aSqliteRebuildThatCopiesTheRowsIsNoDataLoss() {
        assertEquals(List.of(), lint(Dialect.SQLITE, "drop-table", POSTS, """
                CREATE TABLE new_posts (id bigint PRIMARY KEY, title varchar(100) NOT NULL, body text, n integer);
                INSERT INTO new_posts (id, title, body, n) SELECT id, title, body, n FROM posts;
                DROP TABLE posts;
                ALTER TABLE new_posts RENAME TO posts;
                """));
    }

    @Test
    void droppingAColumnOfAnExistingTableIsReported() {
        for (Dialect d : Dialect.values()) {
            assertEquals(1, lint(d, "drop-column", POSTS, "ALTER TABLE posts DROP COLUMN body;").size(), d.id());
            assertEquals(List.of(), lint(d, "drop-column", POSTS, "ALTER TABLE posts ADD COLUMN extra integer;\nALTER TABLE posts DROP COLUMN extra;"), d.id());
        }
    }

    @Test
    void narrowingATypeIsReportedAndWideningIsNot() {
        assertEquals(1, lint("narrowing-type", POSTS, "ALTER TABLE posts ALTER COLUMN title TYPE varchar(20);").size());
        assertEquals(1, lint("narrowing-type", POSTS, "ALTER TABLE posts ALTER COLUMN body TYPE varchar(20);").size());
        assertEquals(1, lint("narrowing-type", POSTS, "ALTER TABLE posts ALTER COLUMN id TYPE integer;").size());
        assertEquals(1, lint(Dialect.MARIADB, "narrowing-type", POSTS, "ALTER TABLE posts MODIFY title varchar(20);").size());
        assertEquals(List.of(), lint("narrowing-type", POSTS, "ALTER TABLE posts ALTER COLUMN title TYPE varchar(200);"));
        assertEquals(List.of(), lint("narrowing-type", POSTS, "ALTER TABLE posts ALTER COLUMN n TYPE bigint;"));
        assertEquals(List.of(), lint(Dialect.MARIADB, "narrowing-type", POSTS, "ALTER TABLE posts MODIFY title varchar(200);"));
    }

    @Test
    void truncateAndUnboundedDeletesOrUpdatesOfExistingTablesAreReported() {
        assertEquals(1, lint("truncate", POSTS, "TRUNCATE posts;").size());
        assertEquals(1, lint("unbounded-delete-update", POSTS, "DELETE FROM posts;").size());
        assertEquals(1, lint("unbounded-delete-update", POSTS, "UPDATE posts SET n = 0;").size());
        assertEquals(List.of(), lint("unbounded-delete-update", POSTS, "DELETE FROM posts WHERE n < 0;"));
        assertEquals(List.of(), lint("unbounded-delete-update", POSTS, "UPDATE posts SET n = 0 WHERE n IS NULL;"));
        assertEquals(List.of(), lint("unbounded-delete-update", POSTS + "UPDATE posts SET n = 0;"), "a table of this migration");
        assertEquals(List.of(), lint("truncate", POSTS + "TRUNCATE posts;"));
    }

    @Test
    void renamingAnExistingTableOrColumnIsReported() {
        for (Dialect d : Dialect.values()) {
            assertEquals(1, lint(d, "rename-table", POSTS, "ALTER TABLE posts RENAME TO articles;").size(), d.id());
            assertEquals(1, lint(d, "rename-column", POSTS, "ALTER TABLE posts RENAME COLUMN body TO text_body;").size(), d.id());
            assertEquals(List.of(), lint(d, "rename-table", POSTS + "ALTER TABLE posts RENAME TO articles;"), d.id());
            assertEquals(List.of(), lint(d, "rename-column", POSTS, "ALTER TABLE posts ADD COLUMN x integer;\nALTER TABLE posts RENAME COLUMN x TO y;"), d.id());
        }
    }

    @Test
    void notNullWithoutDefaultOnAnExistingTableFollowsTheColumnThroughTheMigration() {
        assertEquals(1, lint("not-null-without-default", POSTS, "ALTER TABLE posts ADD COLUMN slug text NOT NULL;").size());
        assertEquals(1, lint("not-null-without-default", POSTS, "ALTER TABLE posts ADD COLUMN slug text NOT NULL;\n"
                + "ALTER TABLE posts ADD COLUMN other integer;").size(), "reported once, where it became NOT NULL");
        List<LintFinding> later = lint("not-null-without-default", POSTS, "ALTER TABLE posts ADD COLUMN slug text;\n"
                + "UPDATE posts SET slug = id::text WHERE slug IS NULL;\nALTER TABLE posts ALTER COLUMN slug SET NOT NULL;");
        assertEquals(1, later.size(), "added nullable, then made NOT NULL in the same migration: " + later);
        assertEquals("V2.sql:3:1", later.get(0).position().toString());
        assertEquals(1, lint("not-null-without-default", POSTS, "ALTER TABLE posts ALTER COLUMN title SET NOT NULL;").size());
        assertEquals(List.of(), lint("not-null-without-default", POSTS, "ALTER TABLE posts ADD COLUMN slug text NOT NULL DEFAULT '';"));
        assertEquals(List.of(), lint("not-null-without-default", POSTS + "ALTER TABLE posts ADD COLUMN slug text NOT NULL;"));
        assertEquals(List.of(), lint("not-null-without-default", POSTS, "CREATE TABLE tags (id int PRIMARY KEY, name text NOT NULL);"));
    }

    @Test
    void aTypeChangeOfAnExistingColumnIsReportedButWideningCharactersIsNot() {
        assertEquals(1, lint("column-type-change", POSTS, "ALTER TABLE posts ALTER COLUMN n TYPE bigint;").size());
        assertEquals(List.of(), lint("column-type-change", POSTS, "ALTER TABLE posts ALTER COLUMN title TYPE text;"));
        assertEquals(List.of(), lint("column-type-change", POSTS, "ALTER TABLE posts ADD COLUMN x integer;\nALTER TABLE posts ALTER COLUMN x TYPE bigint;"));
        assertTrue(lint(Dialect.MYSQL, "column-type-change", POSTS, "ALTER TABLE posts MODIFY n bigint;").size() == 1);
    }
}
