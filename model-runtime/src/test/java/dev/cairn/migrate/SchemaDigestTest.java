package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SchemaDigestTest {
    private static final String BASE = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), body TEXT);
            """;

    private static Schema replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql)).schema();
    }

    private static String digest(Dialect d, String sql) {
        return new SchemaDigest(Engines.of(d).renderer()).of(replay(d, sql));
    }

    @Test
    void theSameSchemaReachedTwoWaysHasOneDigest() {
        String direct = digest(Dialect.POSTGRESQL, BASE + "CREATE INDEX ix_posts_user ON posts (user_id);\n");
        String roundabout = digest(Dialect.POSTGRESQL, """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT);
                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INT);
                ALTER TABLE users DROP COLUMN age;
                ALTER TABLE posts ADD COLUMN user_id INTEGER REFERENCES users (id);
                ALTER TABLE posts DROP COLUMN body;
                ALTER TABLE posts ADD COLUMN body TEXT;
                CREATE INDEX ix_posts_user ON posts (user_id);
                """);
        assertEquals(direct, roundabout);
        assertEquals(64, direct.length());
    }

    @Test
    void everyKindOfChangeChangesTheDigest() {
        Dialect d = Dialect.POSTGRESQL;
        String base = digest(d, BASE);
        assertNotEquals(base, digest(d, BASE + "ALTER TABLE posts ADD COLUMN title TEXT;\n"));
        assertNotEquals(base, digest(d, BASE + "CREATE INDEX ix_posts_user ON posts (user_id);\n"));
        assertNotEquals(base, digest(d, BASE + "COMMENT ON TABLE users IS 'who writes';\n"));
        assertNotEquals(base, digest(d, BASE + "CREATE VIEW names AS SELECT name FROM users;\n"));
        assertNotEquals(base, digest(d, BASE + "CREATE TYPE mood AS ENUM ('ok');\n"));
        assertNotEquals(base, digest(d, BASE + "CREATE SEQUENCE counter;\n"));
        assertNotEquals(digest(d, BASE + "CREATE VIEW names AS SELECT name FROM users;\n"),
                digest(d, BASE + "CREATE VIEW names AS SELECT name FROM users WHERE id > 1;\n"));
    }

    @Test
    void aDigesterThatSawEarlierVersionsAgreesWithAFreshOne() {
        Dialect d = Dialect.SQLITE;
        SchemaDigest reused = new SchemaDigest(Engines.of(d).renderer());
        Schema first = replay(d, BASE);
        reused.of(first);
        Schema second = new Replayer(d).replay(first, new StatementSplitter(Engines.of(d).syntax()).split("m2.sql", "ALTER TABLE users ADD COLUMN email TEXT;\n")).schema();
        assertEquals(new SchemaDigest(Engines.of(d).renderer()).of(second), reused.of(second));
        assertNotEquals(reused.of(first), reused.of(second));
    }
}
