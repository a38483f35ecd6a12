package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each PostgreSQL locking rule firing, and not firing where the statement is safe (offline, on replay). */
class PostgresLockingRulesTest {
    private static final String POSTS = "CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, title varchar(100), body text, score numeric(6,2));";

    private static List<LintFinding> lint(String rule, String... files) {
        return Lint.of(Lint.run(Dialect.POSTGRESQL, files), rule);
    }

    @Test
    void anIndexOnAnExistingTableWithoutConcurrentlyIsReportedAtItsStatement() {
        List<LintFinding> found = lint("pg-index-not-concurrent", POSTS, "\n\nCREATE INDEX posts_title ON posts (title);");
        assertEquals(1, found.size(), found.toString());
        assertEquals("V2.sql:3:1", found.get(0).position().toString());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("posts"), found.get(0).message());
    }

    @Test
    void anIndexOnATableOfTheSameMigrationOrBuiltConcurrentlyIsNot() {
        assertEquals(List.of(), lint("pg-index-not-concurrent", POSTS + "\nCREATE INDEX posts_title ON posts (title);"));
        assertEquals(List.of(), lint("pg-index-not-concurrent", POSTS, "-- cairn:no-transaction\nCREATE INDEX CONCURRENTLY posts_title ON posts (title);"));
    }

    @Test
    void aTableRenamedInTheMigrationKeepsItsHistory() {
        assertEquals(1, lint("pg-index-not-concurrent", POSTS, "ALTER TABLE posts RENAME TO articles;\nCREATE INDEX a_title ON articles (title);").size());
        assertEquals(List.of(), lint("pg-index-not-concurrent", POSTS, "CREATE TABLE drafts (id int PRIMARY KEY, t text);\n"
                + "ALTER TABLE drafts RENAME TO notes;\nCREATE INDEX n_t ON notes (t);"));
    }

    @Test
    void droppingAnIndexOfAnExistingTableWithoutConcurrentlyIsReported() {
        String indexed = POSTS + "CREATE INDEX posts_title ON posts (title);";
        assertEquals(1, lint("pg-drop-index-not-concurrent", indexed, "DROP INDEX posts_title;").size());
        assertEquals(List.of(), lint("pg-drop-index-not-concurrent", indexed, "-- cairn:no-transaction\nDROP INDEX CONCURRENTLY posts_title;"));
        assertEquals(List.of(), lint("pg-drop-index-not-concurrent", indexed + "DROP INDEX posts_title;"));
    }

    @Test
    void concurrentlyInATransactionalMigrationIsReported() {
        List<LintFinding> found = lint("pg-concurrently-in-transaction", POSTS, "CREATE INDEX CONCURRENTLY posts_title ON posts (title);");
        assertEquals(1, found.size());
        assertEquals("V2.sql:1:14", found.get(0).position().toString());
        assertEquals(List.of(), lint("pg-concurrently-in-transaction", POSTS, "-- cairn:no-transaction\nCREATE INDEX CONCURRENTLY posts_title ON posts (title);"));
    }

    @Test
    void aForeignKeyOrCheckOnAnExistingTableNeedsNotValid() {
        String authors = "CREATE TABLE authors (id bigint PRIMARY KEY);";
        assertEquals(1, lint("pg-constraint-not-valid", POSTS + authors,
                "ALTER TABLE posts ADD CONSTRAINT posts_author FOREIGN KEY (author_id) REFERENCES authors (id);").size());
        assertEquals(1, lint("pg-constraint-not-valid", POSTS, "ALTER TABLE posts ADD CONSTRAINT positive CHECK (score > 0);").size());
        assertEquals(List.of(), lint("pg-constraint-not-valid", POSTS + authors,
                "ALTER TABLE posts ADD CONSTRAINT posts_author FOREIGN KEY (author_id) REFERENCES authors (id) NOT VALID;\n"
                        + "ALTER TABLE posts VALIDATE CONSTRAINT posts_author;"));
        assertEquals(List.of(), lint("pg-constraint-not-valid", POSTS + authors
                + "ALTER TABLE posts ADD CONSTRAINT posts_author FOREIGN KEY (author_id) REFERENCES authors (id);"), "a new table is empty");
    }

    @Test
    void setNotNullNeedsAValidatedCheckFirst() {
        assertEquals(1, lint("pg-set-not-null", POSTS, "ALTER TABLE posts ALTER COLUMN title SET NOT NULL;").size());
        assertEquals(1, lint("pg-set-not-null", POSTS, "ALTER TABLE posts ADD CONSTRAINT t_nn CHECK (title IS NOT NULL) NOT VALID;\n"
                + "ALTER TABLE posts ALTER COLUMN title SET NOT NULL;").size(), "a check not validated yet proves nothing");
        assertEquals(List.of(), lint("pg-set-not-null", POSTS, "ALTER TABLE posts ADD CONSTRAINT t_nn CHECK (title IS NOT NULL) NOT VALID;",
                "ALTER TABLE posts VALIDATE CONSTRAINT t_nn;\nALTER TABLE posts ALTER COLUMN title SET NOT NULL;"));
        assertEquals(List.of(), lint("pg-set-not-null", POSTS + "ALTER TABLE posts ALTER COLUMN title SET NOT NULL;"));
    }

    @Test
    void aTypeChangeThatRewritesIsReportedAndAWideningIsNot() {
        assertEquals(1, lint("pg-type-rewrite", POSTS, "ALTER TABLE posts ALTER COLUMN author_id TYPE integer;").size());
        assertEquals(1, lint("pg-type-rewrite", POSTS, "ALTER TABLE posts ALTER COLUMN title TYPE varchar(50);").size());
        assertEquals(List.of(), lint("pg-type-rewrite", POSTS, "ALTER TABLE posts ALTER COLUMN title TYPE varchar(200);"));
        assertEquals(List.of(), lint("pg-type-rewrite", POSTS, "ALTER TABLE posts ALTER COLUMN title TYPE text;"));
        assertEquals(List.of(), lint("pg-type-rewrite", POSTS, "ALTER TABLE posts ALTER COLUMN score TYPE numeric(10,2);"));
        assertEquals(List.of(), lint("pg-type-rewrite", POSTS + "ALTER TABLE posts ALTER COLUMN author_id TYPE integer;"));
    }

    @Test
    void aVolatileDefaultOnAnExistingTableIsReportedAndAStableOneIsNot() {
        assertEquals(1, lint("pg-volatile-default", POSTS, "ALTER TABLE posts ADD COLUMN token uuid DEFAULT gen_random_uuid();").size());
        assertEquals(1, lint("pg-volatile-default", POSTS, "ALTER TABLE posts ADD COLUMN seq bigserial;").size());
        assertEquals(List.of(), lint("pg-volatile-default", POSTS, "ALTER TABLE posts ADD COLUMN created timestamptz DEFAULT now();"));
        assertEquals(List.of(), lint("pg-volatile-default", POSTS, "ALTER TABLE posts ADD COLUMN n integer DEFAULT 0;"));
        assertEquals(List.of(), lint("pg-volatile-default", POSTS + "ALTER TABLE posts ADD COLUMN token uuid DEFAULT gen_random_uuid();"));
    }

    @Test
    void aKeyOnAnExistingTableWithoutUsingIndexIsReported() {
        String noKey = "CREATE TABLE tags (id bigint NOT NULL, name text NOT NULL);";
        assertEquals(1, lint("pg-key-without-index", noKey, "ALTER TABLE tags ADD PRIMARY KEY (id);").size());
        assertEquals(1, lint("pg-key-without-index", noKey, "ALTER TABLE tags ADD CONSTRAINT tags_name UNIQUE (name);").size());
        assertEquals(List.of(), lint("pg-key-without-index", noKey, "-- cairn:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY tags_id ON tags (id);",
                "ALTER TABLE tags ADD CONSTRAINT tags_pkey PRIMARY KEY USING INDEX tags_id;"));
        assertEquals(List.of(), lint("pg-key-without-index", noKey + "ALTER TABLE tags ADD PRIMARY KEY (id);"));
    }

    @Test
    void statementsThatLockWholeTablesAreReported() {
        assertEquals(1, lint("pg-exclusive-lock", POSTS, "VACUUM FULL posts;").size());
        assertEquals(1, lint("pg-exclusive-lock", POSTS, "CLUSTER posts USING posts_pkey;").size());
        assertEquals(1, lint("pg-exclusive-lock", POSTS, "LOCK TABLE posts IN ACCESS EXCLUSIVE MODE;").size());
        assertEquals(List.of(), lint("pg-exclusive-lock", POSTS, "VACUUM posts;"));
        assertEquals(List.of(), lint("pg-exclusive-lock", POSTS, "ANALYZE posts;"));
    }

    @Test
    void postgresRulesAreNotInTheOtherEnginesRuleSets() {
        assertTrue(LintRules.forDialect(Dialect.SQLITE).stream().noneMatch(r -> r.id().startsWith("pg-")));
        assertTrue(LintRules.forDialect(Dialect.MARIADB).stream().noneMatch(r -> r.id().startsWith("pg-")));
        assertTrue(Lint.rules(Lint.run(Dialect.SQLITE, "CREATE TABLE t (id integer PRIMARY KEY, a text);", "CREATE INDEX t_a ON t (a);")).isEmpty());
    }
}
