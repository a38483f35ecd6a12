package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL's online forms of ADD CONSTRAINT, the ones db:lint recommends: {@code NOT VALID} then
 * {@code VALIDATE CONSTRAINT}, and a key over an index built {@code CONCURRENTLY} ({@code USING INDEX}). Replayed,
 * then run on the server: the server reads back as the replayed model.
 */
class PostgresOnlineConstraintsTest {
    private static final String SCRIPT = """
            CREATE TABLE authors (id integer NOT NULL, email text);
            CREATE TABLE posts (id integer NOT NULL, author_id integer, title text);
            CREATE UNIQUE INDEX authors_id_idx ON authors (id);
            ALTER TABLE authors ADD CONSTRAINT authors_pkey PRIMARY KEY USING INDEX authors_id_idx;
            CREATE UNIQUE INDEX authors_email_idx ON authors (email);
            ALTER TABLE authors ADD UNIQUE USING INDEX authors_email_idx;
            CREATE UNIQUE INDEX posts_id_idx ON posts (id);
            ALTER TABLE posts ADD PRIMARY KEY USING INDEX posts_id_idx;
            ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) NOT VALID;
            ALTER TABLE posts VALIDATE CONSTRAINT posts_author_fk;
            ALTER TABLE posts ADD CONSTRAINT posts_title_present CHECK (title IS NOT NULL) NOT VALID;
            ALTER TABLE posts VALIDATE CONSTRAINT posts_title_present;
            """;

    @Test
    void keysOverIndexesAndNotValidConstraintsReadBackAsReplayed() throws SQLException {
        Schema replayed = replay(SCRIPT);
        Table authors = replayed.table("authors").orElseThrow();
        assertEquals(List.of("id"), authors.primaryKey().columns());
        assertEquals("authors_pkey", authors.primaryKey().name());
        assertEquals(List.of("email"), authors.uniqueConstraints().get(0).columns());
        assertEquals("authors_email_idx", authors.uniqueConstraints().get(0).name(), "without a constraint name the key takes the index's");
        assertTrue(authors.indexes().isEmpty(), "the indexes became the keys: " + authors.indexes());
        assertEquals("posts_id_idx", replayed.table("posts").orElseThrow().primaryKey().name());
        assertEquals(1, replayed.table("posts").orElseThrow().foreignKeys().size());
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.runScript(SCRIPT);
            SchemaDifferences diff = SchemaDifferences.between(db.asStored(replayed), db.introspect());
            assertTrue(diff.isEmpty(), diff.toString());
        }
    }

    @Test
    void aPrimaryKeyOverAnIndexMakesItsColumnsNotNull() {
        Schema replayed = replay("CREATE TABLE t (a integer); CREATE UNIQUE INDEX t_a ON t (a); ALTER TABLE t ADD PRIMARY KEY USING INDEX t_a;");
        assertFalse(replayed.table("t").orElseThrow().column("a").orElseThrow().nullable());
    }

    @Test
    void aKeyOverAMissingOrNonUniqueIndexIsRefused() {
        SqlProblem missing = assertThrows(SqlProblem.class, () -> replay("CREATE TABLE t (a integer); ALTER TABLE t ADD PRIMARY KEY USING INDEX nope;"));
        assertTrue(missing.getMessage().contains("index nope does not exist"), missing.getMessage());
        SqlProblem plain = assertThrows(SqlProblem.class, () -> replay("CREATE TABLE t (a integer); CREATE INDEX t_a ON t (a); ALTER TABLE t ADD UNIQUE USING INDEX t_a;"));
        assertTrue(plain.getMessage().contains("not a plain unique index"), plain.getMessage());
    }

    @Test
    void notValidIsPostgresOnly() {
        String sql = "CREATE TABLE t (a integer); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;";
        assertEquals(1, replay(sql).table("t").orElseThrow().checks().size());
        assertThrows(SqlProblem.class, () -> new Replayer(Dialect.MARIADB).replay(Schema.EMPTY,
                new StatementSplitter(Engines.of(Dialect.MARIADB).syntax()).split("x.sql", sql)));
    }

    private static Schema replay(String sql) {
        return new Replayer(Dialect.POSTGRESQL).replay(Schema.EMPTY,
                new StatementSplitter(Engines.of(Dialect.POSTGRESQL).syntax()).split("x.sql", sql)).schema();
    }
}
