package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Triggers, functions and procedures through the migrator on each engine: a migration that creates, replaces and
 * drops them (and drops a table with its trigger) has a derived down that restores the schema before it; a trigger
 * dropped by hand is drift; one created by hand becomes a db:diff migration that creates it.
 */
class RoutineMigrationsTest {
    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    enum Engine {
        SQLITE(Dialect.SQLITE, """
                CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);
                CREATE TABLE post_log (post_id INTEGER, action TEXT);
                CREATE TRIGGER posts_ad AFTER DELETE ON posts BEGIN INSERT INTO post_log VALUES (OLD.id, 'delete'); END;
                CREATE TABLE tmp (x INTEGER);
                CREATE TRIGGER tmp_ai AFTER INSERT ON tmp BEGIN INSERT INTO post_log VALUES (NEW.x, 'tmp'); END;
                """, """
                CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO post_log VALUES (NEW.id, 'insert'); END;
                DROP TRIGGER posts_ad;
                ALTER TABLE posts ADD COLUMN body TEXT;
                DROP TABLE tmp;
                """, "DROP TRIGGER posts_ai", "CREATE TRIGGER by_hand BEFORE UPDATE ON posts BEGIN SELECT 1; END",
                "DROP TRIGGER by_hand"),
        POSTGRESQL(Dialect.POSTGRESQL, """
                CREATE TABLE posts (id int PRIMARY KEY, title text);
                CREATE TABLE post_log (post_id int, action text);
                CREATE FUNCTION log_post() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO post_log VALUES (NEW.id, TG_OP);
                  RETURN NEW;
                END $$;
                CREATE TRIGGER posts_au AFTER UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION log_post();
                CREATE TABLE tmp (x int);
                CREATE TRIGGER tmp_ai AFTER INSERT ON tmp FOR EACH ROW EXECUTE FUNCTION log_post();
                CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1';
                """, """
                CREATE TRIGGER posts_ai AFTER INSERT ON posts FOR EACH ROW EXECUTE FUNCTION log_post();
                DROP TRIGGER posts_au ON posts;
                CREATE OR REPLACE FUNCTION add_one(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 2';
                CREATE PROCEDURE noop() LANGUAGE sql AS 'SELECT 1';
                DROP TABLE tmp;
                ALTER FUNCTION add_one(int) RENAME TO plus_one;
                """, "DROP TRIGGER posts_ai ON posts",
                "CREATE TRIGGER by_hand BEFORE DELETE ON posts FOR EACH ROW EXECUTE FUNCTION log_post()", "DROP TRIGGER by_hand ON posts"),
        MARIADB(Dialect.MARIADB, """
                CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(50));
                CREATE TABLE post_log (post_id INT, action VARCHAR(10));
                CREATE TRIGGER posts_au AFTER UPDATE ON posts FOR EACH ROW INSERT INTO post_log VALUES (NEW.id, 'update');
                CREATE TABLE tmp (x INT);
                CREATE TRIGGER tmp_ai AFTER INSERT ON tmp FOR EACH ROW SET @x = NEW.x;
                CREATE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1;
                """, """
                CREATE TRIGGER posts_ai AFTER INSERT ON posts FOR EACH ROW
                BEGIN
                  INSERT INTO post_log VALUES (NEW.id, 'insert');
                  INSERT INTO post_log VALUES (NEW.id, 'again');
                END;
                DROP TRIGGER posts_au;
                CREATE OR REPLACE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 2;
                CREATE PROCEDURE noop() SELECT 1;
                DROP TABLE tmp;
                """, "DROP TRIGGER posts_ai",
                "CREATE TRIGGER by_hand BEFORE DELETE ON posts FOR EACH ROW SET @y = OLD.id", "DROP TRIGGER by_hand");

        final Dialect dialect;
        final String base;
        final String change;
        final String dropTriggerByHand;
        final String createTriggerByHand;
        final String dropHandMadeTrigger;

        Engine(Dialect dialect, String base, String change, String dropTriggerByHand, String createTriggerByHand, String dropHandMadeTrigger) {
            this.dialect = dialect;
            this.base = base;
            this.change = change;
            this.dropTriggerByHand = dropTriggerByHand;
            this.createTriggerByHand = createTriggerByHand;
            this.dropHandMadeTrigger = dropHandMadeTrigger;
        }
    }

    private MigrationsOnDisk project(Engine e) throws Exception {
        if (e.dialect == Dialect.SQLITE) return new MigrationsOnDisk(dir);
        live = LiveDatabase.of(e.dialect);
        return MigrationsOnDisk.on(dir, live);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDerivedDownOfCreatedReplacedAndDroppedRoutinesRestoresThePreviousSchema(Engine e) throws Exception {
        MigrationsOnDisk p = project(e).file("001_base.sql", e.base).file("002_change.sql", e.change);
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, 2);
        assertEquals(1, p.migrator().downgrade(null, false));
        assertLiveEqualsReplayAt(p, 1);
        assertTrue(introspect(p).routine(dev.cairn.schema.Routine.Kind.TRIGGER, "tmp", "tmp_ai").isPresent(), "the dropped table's trigger is back");
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, 2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTriggerDroppedByHandIsDrift(Engine e) throws Exception {
        MigrationsOnDisk p = project(e).file("001_base.sql", e.base).file("002_change.sql", e.change);
        p.migrator().upgrade(null, false);
        p.migrator().validate();
        byHand(p, e.dropTriggerByHand);
        MigrationProblem problem = assertThrows(MigrationProblem.class, () -> p.migrator().validate());
        assertTrue(problem.getMessage().contains("trigger posts.posts_ai: missing"), problem.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTriggerCreatedByHandBecomesADiffMigration(Engine e) throws Exception {
        MigrationsOnDisk p = project(e).file("001_base.sql", e.base);
        p.migrator().upgrade(null, false);
        byHand(p, e.createTriggerByHand);
        Path written = p.migrator().diff(p.folder, "by hand", NewMigration.Style.SEQUENCE, Clock.systemUTC()).orElseThrow();
        String text = Files.readString(written);
        assertTrue(text.contains("CREATE TRIGGER by_hand"), text);
        byHand(p, e.dropHandMadeTrigger);
        assertEquals(2, p.migrator().upgrade(null, false), text);
        p.migrator().validate();
        p.migrator().downgrade(1L, false);
        assertTrue(introspect(p).routines().keySet().stream().noneMatch(k -> k.endsWith("by_hand")), "the down drops it");
    }

    /**
     * The derived down of an added foreign-key column is a SQLite table rebuild: it creates the table's triggers again,
     * and the triggers of other tables that name it are dropped around it (SQLite's RENAME checks them).
     */
    @org.junit.jupiter.api.Test
    void aSqliteRebuildKeepsTheTriggers() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir).file("001_base.sql", """
                CREATE TABLE authors (id INTEGER PRIMARY KEY);
                CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);
                CREATE TABLE post_log (post_id INTEGER, action TEXT);
                CREATE TRIGGER posts_ai AFTER INSERT ON posts BEGIN INSERT INTO post_log VALUES (NEW.id, 'insert'); END;
                CREATE TRIGGER log_ai AFTER INSERT ON post_log BEGIN UPDATE posts SET title = title WHERE id = NEW.post_id; END;
                """).file("002_author.sql", "ALTER TABLE posts ADD COLUMN author_id INTEGER REFERENCES authors (id);\n");
        assertEquals(2, p.migrator().upgrade(null, false));
        Schema at2 = new SchemaAtVersion(Dialect.SQLITE).replay(p.settings().migrations(), 2L).schema();
        Schema at1 = new SchemaAtVersion(Dialect.SQLITE).replay(p.settings().migrations(), 1L).schema();
        java.util.List<String> down = Engines.of(Dialect.SQLITE).changeRenderer().render(at2,
                new dev.cairn.schema.SchemaChange.TableAltered(at2.table("posts").orElseThrow(), at1.table("posts").orElseThrow()));
        String text = String.join(";\n", down);
        assertTrue(text.contains("DROP TRIGGER log_ai") && text.indexOf("DROP TRIGGER log_ai") < text.indexOf("DROP TABLE posts"), text);
        assertTrue(text.indexOf("CREATE TRIGGER posts_ai") > text.indexOf("RENAME TO posts"), text);
        assertTrue(text.indexOf("CREATE TRIGGER log_ai") > text.indexOf("RENAME TO posts"), text);
        assertEquals(1, p.migrator().downgrade(null, false));
        assertLiveEqualsReplayAt(p, 1);
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, 2);
    }

    private static void byHand(MigrationsOnDisk p, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(p.url(), p.user(), p.user() == null ? null : "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Schema introspect(MigrationsOnDisk p) throws SQLException {
        try (Connection c = DriverManager.getConnection(p.url(), p.user(), p.user() == null ? null : "")) {
            return IntrospectionOptions.excluding(HistoryTable.DEFAULT_NAME).applyTo(Engines.of(p.dialect()).introspector().introspect(c));
        }
    }

    private static void assertLiveEqualsReplayAt(MigrationsOnDisk p, long version) throws SQLException {
        Schema expected = new SchemaAtVersion(p.dialect()).replay(p.settings().migrations(), version).schema();
        SchemaDifferences diff = SchemaDifferences.between(expected, introspect(p));
        assertTrue(diff.isEmpty(), "at version " + version + ":\n" + diff);
    }
}
