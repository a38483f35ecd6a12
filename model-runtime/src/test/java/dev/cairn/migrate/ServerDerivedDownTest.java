package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@link DerivedDownTest} on the live servers: apply a migration with no written down, run its derived down (stored in
 * the history), and the live schema is the replayed schema of the version before; upgrade again.
 */
class ServerDerivedDownTest {
    private static final String BASE = """
            CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, email VARCHAR(100), about VARCHAR(100) DEFAULT 'x');
            CREATE UNIQUE INDEX ux_users_nickname ON users (nickname);
            CREATE INDEX ix_users_email ON users (email);
            CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER, FOREIGN KEY (user_id) REFERENCES users (id));
            CREATE INDEX ix_posts_user ON posts (user_id);
            CREATE VIEW nicknames AS SELECT id, nickname FROM users;
            INSERT INTO users (id, nickname, email) VALUES (1, 'ann', 'ann@example.org');
            CREATE TABLE user_tags (user_id INTEGER NOT NULL, tag VARCHAR(20) NOT NULL, PRIMARY KEY (user_id, tag));
            """;
    private static final String PG_BASE = """
            CREATE TABLE labels (id SERIAL PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE);
            COMMENT ON TABLE posts IS 'what users write';
            CREATE TYPE mood AS ENUM ('sad', 'ok');
            CREATE TABLE moods (id INTEGER PRIMARY KEY, m mood);
            INSERT INTO moods VALUES (1, 'ok');
            """;
    private static final String MARIADB_BASE = """
            CREATE TABLE labels (id INTEGER AUTO_INCREMENT PRIMARY KEY, code VARCHAR(10) NOT NULL UNIQUE);
            """;

    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    static Stream<Arguments> rules() {
        List<Arguments> out = new ArrayList<>();
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.MARIADB)) {
            boolean pg = d == Dialect.POSTGRESQL;
            out.add(arguments(d, "CREATE TABLE ↔ DROP TABLE", "CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL UNIQUE);\nINSERT INTO tags (id, name) VALUES (1, 'a');"));
            out.add(arguments(d, "ADD COLUMN ↔ DROP COLUMN", "ALTER TABLE users ADD COLUMN born DATE;"));
            out.add(arguments(d, "CREATE INDEX ↔ DROP INDEX", "CREATE INDEX ix_users_about ON users (about);"));
            out.add(arguments(d, "DROP INDEX ↔ re-created", pg ? "DROP INDEX ix_users_email;" : "DROP INDEX ix_users_email ON users;"));
            out.add(arguments(d, "RENAME TABLE ↔ back", "ALTER TABLE posts RENAME TO articles;"));
            out.add(arguments(d, "RENAME COLUMN ↔ back", "ALTER TABLE posts RENAME COLUMN body TO content;"));
            out.add(arguments(d, "DROP COLUMN ↔ re-created", "ALTER TABLE users DROP COLUMN about;"));
            out.add(arguments(d, "DROP TABLE ↔ re-created", "DROP TABLE posts;"));
            out.add(arguments(d, "CREATE VIEW ↔ DROP VIEW", "CREATE VIEW post_bodies AS SELECT body FROM posts;"));
            out.add(arguments(d, "DROP VIEW ↔ re-created", "DROP VIEW nicknames;"));
            out.add(arguments(d, "ALTER TYPE ↔ previous type", pg ? "ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(200);"
                    : "ALTER TABLE users MODIFY COLUMN email VARCHAR(200);"));
            out.add(arguments(d, "SET DEFAULT ↔ previous default", "ALTER TABLE users ALTER COLUMN about SET DEFAULT 'y';"));
            out.add(arguments(d, "SET NOT NULL ↔ nullable", pg ? "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"
                    : "ALTER TABLE users MODIFY COLUMN email VARCHAR(100) NOT NULL;"));
            out.add(arguments(d, "several statements, reversed in order", """
                    CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER, body VARCHAR(100), FOREIGN KEY (post_id) REFERENCES posts (id));
                    CREATE INDEX ix_comments_post ON comments (post_id);
                    ALTER TABLE comments ADD COLUMN likes INTEGER DEFAULT 0;
                    ALTER TABLE users RENAME COLUMN email TO mail;
                    """));
            if (!pg) out.add(arguments(d, "ROW_FORMAT ↔ previous row format", """
                    ALTER TABLE users ROW_FORMAT=COMPACT;
                    CREATE TABLE logs (id INTEGER PRIMARY KEY) ROW_FORMAT=REDUNDANT;
                    ALTER TABLE logs ROW_FORMAT=DYNAMIC;
                    ALTER TABLE posts ROW_FORMAT=DYNAMIC;
                    ALTER TABLE posts ROW_FORMAT=DEFAULT;
                    """));
            out.add(arguments(d, "CREATE SEQUENCE ↔ DROP SEQUENCE", "CREATE SEQUENCE ticket_no START WITH 100 INCREMENT BY 5;"));
            out.add(arguments(d, "INSERT VALUES into an earlier table ↔ DELETE by primary key", "INSERT INTO users (id, nickname) VALUES (2, 'bob'), (3, 'cy');"));
            out.add(arguments(d, "INSERT VALUES ↔ DELETE by unique key", "INSERT INTO labels (code) VALUES ('a'), ('b');"));
            out.add(arguments(d, "INSERT VALUES without columns ↔ DELETE by composite key", "INSERT INTO user_tags VALUES (1, 'x'), (1, 'it''s');"));
            out.add(arguments(d, "ADD COLUMN then INSERT ↔ DELETE then DROP COLUMN",
                    "ALTER TABLE users ADD COLUMN score INTEGER;\nINSERT INTO users (id, nickname, score) VALUES (4, 'dee', -5);"));
            if (pg) out.add(arguments(d, "COMMENT ON ↔ the previous comment",
                    "COMMENT ON TABLE posts IS 'posts';\nCOMMENT ON TABLE users IS 'people';\nCOMMENT ON COLUMN users.email IS 'mail';"));
            if (pg) out.add(arguments(d, "ALTER TYPE ADD VALUE ↔ the type rebuilt without it", "ALTER TYPE mood ADD VALUE 'happy';"));
            if (pg) out.add(arguments(d, "partial unique index", "CREATE UNIQUE INDEX ux_email ON users (email) WHERE email IS NOT NULL;"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void theDerivedDownRestoresThePreviousSchema(Dialect dialect, String rule, String up) throws Exception {
        live = LiveDatabase.of(dialect);
        String base = BASE + (dialect == Dialect.POSTGRESQL ? PG_BASE : MARIADB_BASE);
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live).file("001_base.sql", base).file("002_change.sql", up + "\n");
        Migrator m = p.migrator();
        assertEquals(1, m.upgrade(1L, false));
        String rowsBefore = rows();
        assertEquals(2, m.upgrade(null, false));
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 2);
        assertEquals(1, m.downgrade(null, false));
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 1);
        assertEquals(rowsBefore, rows(), "the rows of version 1, no more");
        p.migrator().validate();
        assertEquals(2, p.migrator().upgrade(null, false));
        ServerMigratorTest.assertLiveEqualsReplayAt(p, live, 2);
        p.migrator().validate();
    }

    private String rows() throws SQLException {
        StringBuilder b = new StringBuilder();
        for (String q : List.of("SELECT id, nickname FROM users ORDER BY id", "SELECT code FROM labels ORDER BY code", "SELECT user_id, tag FROM user_tags ORDER BY tag")) {
            try (Statement st = live.connection().createStatement(); ResultSet r = st.executeQuery(q)) {
                while (r.next()) b.append(r.getString(1)).append(r.getMetaData().getColumnCount() > 1 ? "," + r.getString(2) : "").append(';');
            }
            b.append('\n');
        }
        return b.toString();
    }
}
