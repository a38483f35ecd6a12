package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every derivation rule on a real SQLite file: apply a migration with no written down, run its derived down, and the
 * live schema is the replayed schema of the version before.
 */
class DerivedDownTest {
    private static final String BASE = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email TEXT, about TEXT DEFAULT 'x');
            CREATE UNIQUE INDEX ux_users_nickname ON users (nickname);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT, user_id INTEGER REFERENCES users (id));
            CREATE INDEX ix_posts_user ON posts (user_id);
            CREATE VIEW nicknames AS SELECT id, nickname FROM users;
            INSERT INTO users (nickname) VALUES ('ann');
            CREATE TABLE user_tags (user_id INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (user_id, tag));
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> rules() {
        return Stream.of(
                arguments("CREATE TABLE ↔ DROP TABLE", "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\nINSERT INTO tags (name) VALUES ('a');"),
                arguments("ADD COLUMN ↔ DROP COLUMN", "ALTER TABLE users ADD COLUMN born DATE;"),
                arguments("CREATE INDEX ↔ DROP INDEX", "CREATE INDEX ix_users_email ON users (email);"),
                arguments("partial unique index", "CREATE UNIQUE INDEX ux_email ON users (email) WHERE email IS NOT NULL;"),
                arguments("DROP INDEX ↔ re-created", "DROP INDEX ix_posts_user;"),
                arguments("RENAME TABLE ↔ back", "ALTER TABLE posts RENAME TO articles;"),
                arguments("RENAME COLUMN ↔ back", "ALTER TABLE posts RENAME COLUMN body TO text;"),
                arguments("DROP COLUMN ↔ re-created", "ALTER TABLE users DROP COLUMN about;"),
                arguments("DROP TABLE ↔ re-created", "DROP TABLE posts;"),
                arguments("CREATE VIEW ↔ DROP VIEW", "CREATE VIEW post_bodies AS SELECT body FROM posts;"),
                arguments("DROP VIEW ↔ re-created", "DROP VIEW nicknames;"),
                arguments("INSERT VALUES into an earlier table ↔ DELETE by primary key", "INSERT INTO users (id, nickname) VALUES (2, 'bob'), (3, 'cy');"),
                arguments("INSERT VALUES ↔ DELETE by unique index", "INSERT INTO users (nickname, email) VALUES ('bob', 'b@example.org');"),
                arguments("INSERT VALUES without columns ↔ DELETE by composite key", "INSERT INTO user_tags VALUES (1, 'x'), (1, 'it''s');"),
                arguments("ADD COLUMN then INSERT ↔ DELETE then DROP COLUMN (a rebuild)",
                        "ALTER TABLE users ADD COLUMN score INTEGER;\nINSERT INTO users (id, nickname, score) VALUES (4, 'dee', -5);"),
                arguments("several statements, reversed in order", """
                        CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES posts (id), body TEXT);
                        CREATE INDEX ix_comments_post ON comments (post_id);
                        ALTER TABLE comments ADD COLUMN likes INTEGER DEFAULT 0;
                        ALTER TABLE users RENAME COLUMN email TO mail;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theDerivedDownRestoresThePreviousSchema(String rule, String up) throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir).file("001_base.sql", BASE).file("002_change.sql", up + "\n");
        Migrator m = p.migrator();
        assertEquals(1, m.upgrade(1L, false));
        String rowsBefore = rows(p);
        assertEquals(2, m.upgrade(null, false));
        assertLiveEquals(p, 2);
        assertEquals(1, m.downgrade(null, false));
        assertLiveEquals(p, 1);
        assertEquals(rowsBefore, rows(p), "the rows of version 1, no more");
        p.migrator().validate();
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEquals(p, 2);
        p.migrator().validate();
    }

    @org.junit.jupiter.api.Test
    void anInsertWithoutLiteralKeysStaysIrreversibleAndSaysWhy() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir).file("001_base.sql", BASE)
                .file("002_more.sql", "INSERT INTO users (email) VALUES ('x@example.org');\n")
                .file("003_copy.sql", "INSERT OR IGNORE INTO user_tags (user_id, tag) VALUES (1, 'a');\n")
                .file("004_select.sql", "INSERT INTO user_tags SELECT id, nickname FROM users;\n");
        Migrator m = p.migrator();
        java.util.Map<Long, String> why = new java.util.TreeMap<>();
        for (ReplayedMigration r : m.replayed()) {
            DownMigration d = new DownDerivation(Dialect.SQLITE).of(r);
            if (!d.isReversible()) why.put(r.version(), d.irreversible());
        }
        assertEquals(java.util.Set.of(2L, 3L, 4L), why.keySet(), why.toString());
        assertTrue(why.get(2L).contains("002_more.sql") && why.get(2L).contains("no literal value for every column of a primary or unique key of users"), why.get(2L));
        assertTrue(why.get(3L).contains("not a plain INSERT INTO"), why.get(3L));
        assertTrue(why.get(4L).contains("not given as VALUES"), why.get(4L));
    }

    private static String rows(MigrationsOnDisk p) throws Exception {
        StringBuilder b = new StringBuilder();
        try (Connection c = DriverManager.getConnection(p.url())) {
            for (String q : java.util.List.of("SELECT id || ',' || nickname FROM users ORDER BY id", "SELECT user_id || ',' || tag FROM user_tags ORDER BY tag")) {
                try (var st = c.createStatement(); var r = st.executeQuery(q)) {
                    while (r.next()) b.append(r.getString(1)).append(';');
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static void assertLiveEquals(MigrationsOnDisk p, long version) throws Exception {
        Schema expected = new SchemaAtVersion(Dialect.SQLITE).replay(p.settings().migrations(), version).schema();
        try (Connection c = DriverManager.getConnection(p.url())) {
            Schema live = Engines.of(Dialect.SQLITE).introspector().introspect(c, IntrospectionOptions.excluding("cairn_history"));
            SchemaDifferences diff = SchemaDifferences.between(expected, live);
            assertTrue(diff.isEmpty(), "at version " + version + ":\n" + diff);
        }
    }
}
