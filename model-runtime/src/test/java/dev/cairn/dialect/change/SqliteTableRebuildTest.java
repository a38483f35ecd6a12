package dev.cairn.dialect.change;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Column;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Table changes SQLite's ALTER TABLE cannot make, rendered as the 12-step rebuild, on a file whose tables hold rows,
 * indexes, a view and foreign keys in both directions (a child with ON DELETE CASCADE: had enforcement stayed on,
 * DROP TABLE would have emptied it).
 */
class SqliteTableRebuildTest {
    private static final String SCHEMA = """
            CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
            CREATE TABLE items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                parent_id INTEGER,
                title VARCHAR(40),
                qty INTEGER
            );
            CREATE INDEX items_title ON items (title);
            CREATE UNIQUE INDEX items_parent_qty ON items (parent_id, qty) WHERE qty IS NOT NULL;
            CREATE TABLE notes (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE, body TEXT);
            CREATE VIEW item_titles AS SELECT id, title FROM items;
            """;
    private static final String ROWS = """
            INSERT INTO parents VALUES (1, 'p1'), (2, 'p2');
            INSERT INTO items (parent_id, title, qty) VALUES (1, 'a', 1), (2, 'b', 2), (1, 'c', NULL);
            INSERT INTO notes (item_id, body) VALUES (1, 'x'), (2, 'y'), (3, 'z');
            """;

    /** The items table as this statement would create it: the after-model of the change under test. */
    private static Table itemsAs(String createTable) {
        Schema s = new Replayer(Dialect.SQLITE).replay(Schema.EMPTY, new dev.cairn.sql.StatementSplitter(dev.cairn.dialect.engines.Engines.of(Dialect.SQLITE).syntax())
                .split("after.sql", "CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n" + createTable
                        + ";\nCREATE INDEX items_title ON items (title)")).schema();
        return s.table("items").orElseThrow();
    }

    private static List<String> rebuild(Engine db, Schema before, SchemaChange change) throws SQLException {
        ChangeRenderer renderer = Engines.of(Dialect.SQLITE).changeRenderer();
        assertTrue(renderer.needsForeignKeysOff(before, change));
        List<String> sql = renderer.render(before, change);
        ChangeRoundTrip.runAsMigration(db, sql, true);
        SchemaDifferences diff = SchemaDifferences.between(change.applyTo(before), db.introspect());
        assertTrue(diff.isEmpty(), () -> diff + "\n--- SQL ---\n" + String.join(";\n", sql));
        return sql;
    }

    private static Schema prepare(Engine db) throws SQLException {
        db.runScript(SCHEMA + ROWS);
        return new Replayer(Dialect.SQLITE).replay(Schema.EMPTY, db.split(SCHEMA)).schema();
    }

    @Test
    void retypeTightenAndConstrainKeepsEveryRow() throws Exception {
        try (Engine db = Engine.fresh(Dialect.SQLITE)) {
            Schema before = prepare(db);
            Table b = before.table("items").orElseThrow();
            Table a = itemsAs("""
                    CREATE TABLE items (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        parent_id INTEGER REFERENCES parents (id) ON DELETE SET NULL,
                        rank INTEGER NOT NULL DEFAULT 0,
                        title TEXT NOT NULL DEFAULT '',
                        qty INTEGER CHECK (qty IS NULL OR qty >= 0)
                    )""");
            List<String> sql = rebuild(db, before, new SchemaChange.TableAltered(b, a));
            assertEquals("INSERT INTO new_items (id, parent_id, title, qty) SELECT id, parent_id, title, qty FROM items",
                    sql.stream().filter(s -> s.startsWith("INSERT")).findFirst().orElseThrow());
            assertEquals(3, db.count("items"));
            assertEquals(3, db.count("notes"), "the child's rows survive: foreign keys were off during DROP TABLE");
            assertEquals(List.of("1|a|1", "2|b|2", "3|c|"), db.column("SELECT id || '|' || title || '|' || coalesce(qty, '') FROM items ORDER BY id"));
            assertEquals(List.of("1"), db.column("PRAGMA foreign_keys"), "enforcement is back on");
            assertThrows(SQLException.class, () -> db.execute(List.of("INSERT INTO items (parent_id, title) VALUES (99, 'orphan')")));
            assertThrows(SQLException.class, () -> db.execute(List.of("INSERT INTO items (title, qty) VALUES ('neg', -1)")));
            assertEquals(List.of("1", "2", "3"), db.column("SELECT id FROM item_titles ORDER BY id"), "the view reads the new table");
            db.execute(List.of("INSERT INTO items (title) VALUES ('d')"));
            assertEquals(List.of("4"), db.column("SELECT max(id) FROM items"), "AUTOINCREMENT continues after the copied ids");
        }
    }

    @Test
    void theChildKeepsReferencingTheRebuiltTable() throws Exception {
        try (Engine db = Engine.fresh(Dialect.SQLITE)) {
            Schema before = prepare(db);
            Table b = before.table("items").orElseThrow();
            rebuild(db, before, new SchemaChange.TableAltered(b, b.mapColumn("title", c -> c.withNullable(false))));
            db.execute(List.of("DELETE FROM items WHERE id = 1"));
            assertEquals(2, db.count("notes"), "ON DELETE CASCADE from notes to the rebuilt items still works");
            assertThrows(SQLException.class, () -> db.execute(List.of("INSERT INTO notes (item_id, body) VALUES (42, 'orphan')")));
        }
    }

    /** Why the caller must switch enforcement off outside the transaction: with it on, DROP TABLE cascades to the child. */
    @Test
    void withEnforcementLeftOnTheChildWouldLoseItsRows() throws Exception {
        try (Engine db = Engine.fresh(Dialect.SQLITE)) {
            Schema before = prepare(db);
            Table b = before.table("items").orElseThrow();
            SchemaChange change = new SchemaChange.TableAltered(b, b.mapColumn("title", c -> c.withNullable(false)));
            List<String> sql = Engines.of(Dialect.SQLITE).changeRenderer().render(before, change);
            db.connection().setAutoCommit(false);
            db.execute(List.of("PRAGMA foreign_keys = OFF")); // inside the transaction: a no-op
            db.execute(sql);
            db.connection().commit();
            db.connection().setAutoCommit(true);
            assertEquals(3, db.count("items"));
            assertEquals(0, db.count("notes"));
        }
    }

    @Test
    void rowsThatBreakTheNewDefinitionStopTheRebuildAndLeaveTheTable() throws Exception {
        try (Engine db = Engine.fresh(Dialect.SQLITE)) {
            Schema before = prepare(db);
            Table b = before.table("items").orElseThrow();
            SchemaChange change = new SchemaChange.TableAltered(b, b.mapColumn("qty", c -> c.withNullable(false)));
            List<String> sql = Engines.of(Dialect.SQLITE).changeRenderer().render(before, change);
            assertThrows(SQLException.class, () -> ChangeRoundTrip.runAsMigration(db, sql, true));
            assertTrue(SchemaDifferences.between(before, db.introspect()).isEmpty(), "rolled back");
            assertEquals(3, db.count("items"));
            assertEquals(3, db.count("notes"));
        }
    }

    @Test
    void plainAlterationsNeedNoRebuild() throws Exception {
        try (Engine db = Engine.fresh(Dialect.SQLITE)) {
            Schema before = prepare(db);
            Table b = before.table("items").orElseThrow();
            ChangeRenderer renderer = Engines.of(Dialect.SQLITE).changeRenderer();
            Table withRank = b.withColumn(dev.cairn.schema.Column.of("rank", b.column("qty").orElseThrow().type(), true));
            SchemaChange add = new SchemaChange.TableAltered(b, withRank);
            assertFalse(renderer.needsForeignKeysOff(before, add));
            assertEquals(List.of("ALTER TABLE items ADD COLUMN rank INTEGER"), renderer.render(before, add));
            SchemaChange drop = new SchemaChange.TableAltered(withRank, b);
            assertEquals(List.of("ALTER TABLE items DROP COLUMN rank"), renderer.render(add.applyTo(before), drop));
        }
    }
}
