package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hygiene rules: foreign keys without an index, tables without a key, migrations without a down, downs that do not undo. */
class HygieneRulesTest {
    private static final String AUTHORS = "CREATE TABLE authors (id bigint PRIMARY KEY);";

    private static List<LintFinding> lint(Dialect d, String rule, String... files) {
        return Lint.of(Lint.run(d, files), rule);
    }

    @Test
    void aPostgresForeignKeyWithoutAnIndexIsReportedUnlessTheMigrationIndexesIt() {
        String posts = "CREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint REFERENCES authors (id));";
        List<LintFinding> found = lint(Dialect.POSTGRESQL, "fk-without-index", AUTHORS + "\n" + posts);
        assertEquals(1, found.size());
        assertEquals("V1.sql:2:1", found.get(0).position().toString());
        assertEquals(List.of(), lint(Dialect.POSTGRESQL, "fk-without-index", AUTHORS + "\n" + posts + "\nCREATE INDEX posts_author ON posts (author_id);"));
        assertEquals(List.of(), lint(Dialect.MARIADB, "fk-without-index", AUTHORS + "\n" + posts), "MariaDB indexes it by itself");
    }

    @Test
    void aTableWithoutPrimaryKeyAtTheEndOfItsMigrationIsReported() {
        assertEquals(1, lint(Dialect.SQLITE, "table-without-primary-key", "CREATE TABLE log (at text, what text);").size());
        assertEquals(List.of(), lint(Dialect.POSTGRESQL, "table-without-primary-key",
                "CREATE TABLE log (id bigint NOT NULL, what text);\nALTER TABLE log ADD PRIMARY KEY (id);"));
    }

    @Test
    void aMigrationWithoutAWrittenOrDerivableDownIsReportedAtTheStatement() {
        List<LintFinding> found = lint(Dialect.POSTGRESQL, "irreversible-migration", AUTHORS, "\nUPDATE authors SET id = id + 1 WHERE id > 0;");
        assertEquals(1, found.size());
        assertEquals("V2.sql:2:1", found.get(0).position().toString());
        assertEquals(List.of(), lint(Dialect.POSTGRESQL, "irreversible-migration", AUTHORS,
                "UPDATE authors SET id = id + 1 WHERE id > 0;\n-- migrate:down\nUPDATE authors SET id = id - 1 WHERE id > 1;"));
        assertEquals(List.of(), lint(Dialect.POSTGRESQL, "irreversible-migration", AUTHORS, "INSERT INTO authors (id) VALUES (1);"));
    }

    @Test
    void aWrittenDownThatForgetsAnIndexIsReportedAtTheDownMarker() {
        List<LintFinding> found = lint(Dialect.SQLITE, "down-mismatch", AUTHORS + "\nALTER TABLE authors ADD COLUMN name text;",
                "CREATE INDEX authors_name ON authors (name);\nALTER TABLE authors ADD COLUMN bio text;\n-- migrate:down\nALTER TABLE authors DROP COLUMN bio;\n");
        assertEquals(1, found.size());
        assertEquals("V2.sql:3:1", found.get(0).position().toString());
        assertTrue(found.get(0).message().contains("authors_name"), found.get(0).message());
        assertEquals(List.of(), lint(Dialect.SQLITE, "down-mismatch", AUTHORS + "\nALTER TABLE authors ADD COLUMN name text;",
                "CREATE INDEX authors_name ON authors (name);\n-- migrate:down\nDROP INDEX authors_name;\n"));
    }

    @Test
    void aDownThatDoesNotReplayIsReported() {
        List<LintFinding> found = lint(Dialect.POSTGRESQL, "down-mismatch", AUTHORS, "CREATE INDEX a ON authors (id);\n-- migrate:down\nDROP INDEX nope;\n");
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("does not replay"), found.get(0).message());
    }
}
