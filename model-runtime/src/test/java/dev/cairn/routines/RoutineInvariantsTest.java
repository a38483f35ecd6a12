package dev.cairn.routines;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.SchemaInvariants.Migration;
import dev.cairn.dialect.engines.Engines;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Triggers, functions, procedures and extensions meet both invariants on each engine that has them: right after an
 * upgrade validate is clean (the replayed definitions equal the ones read back from the catalog), and db:schema's
 * output gives the engine's own catalog (pg_get_functiondef, SHOW CREATE, sqlite_master) of the migrations.
 */
class RoutineInvariantsTest {

    static final String SQLITE_CREATE = """
            CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT NOT NULL, updated_at TEXT, slug TEXT);
            CREATE TRIGGER posts_slug AFTER UPDATE OF slug ON posts BEGIN SELECT 1; END;
            CREATE TABLE post_log (id INTEGER PRIMARY KEY, post_id INTEGER, action TEXT);
            CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO post_log (post_id, action) VALUES (NEW.id, 'insert'); END;
            CREATE TRIGGER IF NOT EXISTS "Posts_AU" AFTER UPDATE OF title ON Posts FOR EACH ROW WHEN NEW.title <> OLD.title
            BEGIN
              -- keep a log; END; in a comment
              INSERT INTO post_log (post_id, action) VALUES (NEW.id, 'update;');
              UPDATE posts SET updated_at = 'now' WHERE id = NEW.id;
            END;
            CREATE VIEW v AS SELECT id, title FROM posts;
            CREATE TRIGGER v_ins INSTEAD OF INSERT ON v BEGIN INSERT INTO posts (title) VALUES (NEW.title); END;
            """;
    static final String SQLITE_CHANGE = """
            DROP TRIGGER posts_ai;
            ALTER TABLE posts ADD COLUMN body TEXT;
            CREATE TRIGGER posts_bd BEFORE DELETE ON posts BEGIN DELETE FROM post_log WHERE post_id = OLD.id; END;
            ALTER TABLE post_log RENAME TO post_history;
            ALTER TABLE posts RENAME COLUMN slug TO permalink;
            """;

    static final String POSTGRES_CREATE = """
            CREATE TABLE posts (id serial PRIMARY KEY, title text NOT NULL, updated_at timestamptz, slug text);
            CREATE TABLE post_log (id int PRIMARY KEY, post_id int, action text);
            CREATE FUNCTION log_post() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO post_log (post_id, action) VALUES (NEW.id, TG_ARGV[0]);
              RETURN NEW;
            END $$;
            CREATE TRIGGER posts_ai AFTER INSERT ON posts FOR EACH ROW EXECUTE PROCEDURE log_post('insert');
            CREATE TRIGGER Posts_AU AFTER UPDATE OF title ON Posts FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title)
              EXECUTE FUNCTION public_log_post_placeholder('update');
            CREATE FUNCTION add_one(x INT, label TEXT DEFAULT 'a') RETURNS integer AS 'SELECT x + 1' LANGUAGE sql IMMUTABLE STRICT;
            CREATE PROCEDURE touch(p_id integer) LANGUAGE sql AS $$ UPDATE posts SET updated_at = now() WHERE id = p_id $$;
            CREATE TRIGGER posts_bt BEFORE TRUNCATE ON posts EXECUTE FUNCTION log_post(truncate);
            CREATE TRIGGER posts_touched AFTER UPDATE OF title, slug ON posts FOR EACH ROW EXECUTE FUNCTION log_post('touched');
            CREATE TRIGGER posts_title BEFORE UPDATE ON posts FOR EACH ROW WHEN (NEW.title <> 'x') EXECUTE FUNCTION log_post();
            """.replace("public_log_post_placeholder", "log_post");
    static final String POSTGRES_CHANGE = """
            CREATE OR REPLACE FUNCTION add_one(x INT, label TEXT DEFAULT 'a') RETURNS integer AS 'SELECT x + 2' LANGUAGE sql IMMUTABLE STRICT;
            ALTER TRIGGER posts_au ON posts RENAME TO posts_title_changed;
            DROP TRIGGER posts_bt ON posts;
            ALTER PROCEDURE touch RENAME TO touch_post;
            ALTER TABLE post_log RENAME TO post_history;
            ALTER TABLE posts RENAME COLUMN slug TO permalink;
            """;

    static final String MARIADB_CREATE = """
            CREATE TABLE posts (id INT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(200) NOT NULL, hits INT NOT NULL DEFAULT 0);
            CREATE TABLE post_log (id INT AUTO_INCREMENT PRIMARY KEY, post_id INT, action VARCHAR(20));
            CREATE TRIGGER posts_ai AFTER INSERT ON posts FOR EACH ROW INSERT INTO post_log (post_id, action) VALUES (NEW.id, 'insert');
            DELIMITER //
            CREATE DEFINER = CURRENT_USER TRIGGER posts_bu BEFORE UPDATE ON posts FOR EACH ROW
            BEGIN
              -- log a changed title
              IF NEW.title <> OLD.title THEN
                INSERT INTO post_log (post_id, action) VALUES (NEW.id, 'update');
              END IF;
            END//
            CREATE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1//
            CREATE PROCEDURE bump(IN p_id INT, OUT total INT)
            BEGIN
              UPDATE posts SET hits = hits + 1 WHERE id = p_id;
              SELECT hits INTO total FROM posts WHERE id = p_id;
            END//
            DELIMITER ;
            """;
    static final String MARIADB_CHANGE = """
            DROP TRIGGER posts_ai;
            CREATE OR REPLACE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 2;
            DROP PROCEDURE IF EXISTS bump;
            CREATE PROCEDURE reset_hits() MODIFIES SQL DATA UPDATE posts SET hits = 0;
            RENAME TABLE post_log TO post_history;
            """;

    private static List<Migration> two(String create, String change) {
        return List.of(new Migration("001_create.sql", create), new Migration("002_change.sql", change));
    }

    @Test
    void sqliteTriggers() throws SQLException {
        SchemaInvariants.assertBoth(Dialect.SQLITE, SchemaInvariants.single("create", SQLITE_CREATE));
        SchemaInvariants.assertBoth(Dialect.SQLITE, two(SQLITE_CREATE, SQLITE_CHANGE));
    }

    @Test
    void postgresTriggersFunctionsProceduresExtensions() throws SQLException {
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.single("create", POSTGRES_CREATE));
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, two(POSTGRES_CREATE, POSTGRES_CHANGE));
    }

    /**
     * An extension is installed once per database, so the catalog invariant, which compares two schemas of one
     * database, cannot hold both copies; validate is clean and db:schema creates it first.
     */
    @Test
    void postgresExtension() throws SQLException {
        List<Migration> migrations = two("CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;\n" + POSTGRES_CREATE,
                "CREATE TABLE names (n text);\nCREATE INDEX ix_sound ON names (soundex(n));\n" + POSTGRES_CHANGE);
        SchemaInvariants.assertUpgradeLeavesValidateClean(Dialect.POSTGRESQL, migrations);
        String rendered = Engines.of(Dialect.POSTGRESQL).renderer().render(SchemaInvariants.replay(Dialect.POSTGRESQL,
                migrations.stream().map(Migration::file).toList()));
        assertTrue(rendered.startsWith("SET check_function_bodies = false;\nCREATE EXTENSION IF NOT EXISTS fuzzystrmatch;\n"), rendered);
    }

    @Test
    void mariadbTriggersFunctionsProcedures() throws SQLException {
        SchemaInvariants.assertBoth(Dialect.MARIADB, SchemaInvariants.single("create", MARIADB_CREATE));
        SchemaInvariants.assertBoth(Dialect.MARIADB, two(MARIADB_CREATE, MARIADB_CHANGE));
    }
}
