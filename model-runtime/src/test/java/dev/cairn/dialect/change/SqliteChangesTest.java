package dev.cairn.dialect.change;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.cairn.dialect.change.ChangeRoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each change kind SQLite can replay, rendered up and (as its inverse) down on a fresh SQLite file. */
class SqliteChangesTest {
    private static final Dialect D = Dialect.SQLITE;
    private static final String PARENTS = "CREATE TABLE parents (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n";
    private static final String ITEMS = PARENTS + """
            CREATE TABLE items (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                parent_id INTEGER REFERENCES parents (id) ON DELETE CASCADE,
                title VARCHAR(40) NOT NULL DEFAULT 'untitled',
                qty INTEGER CHECK (qty >= 0),
                note TEXT
            );
            CREATE INDEX items_title ON items (title);
            INSERT INTO parents (id, name) VALUES (1, 'p1'), (2, 'p2');
            INSERT INTO items (parent_id, title, qty, note) VALUES (1, 'a', 1, 'n'), (2, 'b', 2, NULL), (NULL, 'c', 3, 'x');
            """;

    @Test
    void createTable() throws Exception {
        var r = assertRoundTrip(D, PARENTS, """
                CREATE TABLE tags (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents (id),
                    label TEXT NOT NULL DEFAULT 'x' UNIQUE, CHECK (length(label) < 20));
                CREATE INDEX tags_parent ON tags (parent_id)""");
        assertEquals(java.util.List.of("DROP INDEX tags_parent", "DROP TABLE tags"), r.down());
    }

    @Test
    void dropTable() throws Exception {
        assertRoundTrip(D, ITEMS, "DROP TABLE items");
    }

    @Test
    void addColumnNotNullWithDefault() throws Exception {
        var r = assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD COLUMN status TEXT NOT NULL DEFAULT 'new'",
                db -> assertEquals(3, db.count("items")));
        assertEquals(1, r.up().size());
        assertEquals(1, r.down().size());
        assertFalse(r.foreignKeysOff());
    }

    @Test
    void dropLastColumnIsAPlainAddBack() throws Exception {
        var r = assertRoundTrip(D, ITEMS, "ALTER TABLE items DROP COLUMN note", db -> assertEquals(3, db.count("items")));
        assertEquals(java.util.List.of("ALTER TABLE items ADD COLUMN note TEXT"), r.down());
    }

    /**
     * SQLite's ADD COLUMN refuses a default that is not constant (CURRENT_TIME, CURRENT_DATE, CURRENT_TIMESTAMP, an
     * expression in parentheses) and NOT NULL without a default: the derived down of dropping such a column, even the
     * last one, must rebuild the table instead of adding the column back. With rows, which the rebuild keeps.
     */
    @ParameterizedTest
    @ValueSource(strings = {"stamp TEXT DEFAULT CURRENT_TIMESTAMP", "stamp TEXT DEFAULT current_date", "stamp TEXT DEFAULT CURRENT_TIME",
            "stamp INTEGER DEFAULT (abs(-3))", "stamp TEXT DEFAULT (datetime('now'))"})
    void dropLastColumnWhoseDefaultAddColumnRefusesComesBackByRebuild(String column) throws Exception {
        var r = assertRoundTrip(D, PARENTS + "CREATE TABLE stamps (id INTEGER PRIMARY KEY, label TEXT, " + column + ");\n"
                        + "INSERT INTO stamps (id, label) VALUES (1, 'a'), (2, 'b');\n", "ALTER TABLE stamps DROP COLUMN stamp",
                db -> assertEquals(java.util.List.of("a", "b"), db.column("SELECT label FROM stamps ORDER BY id")));
        assertTrue(r.down().contains("DROP TABLE stamps"), r.down()::toString);
        assertTrue(r.down().stream().noneMatch(s -> s.startsWith("ALTER TABLE stamps ADD")), r.down()::toString);
    }

    @Test
    void dropLastColumnWithAConstantDefaultIsAPlainAddBack() throws Exception {
        var r = assertRoundTrip(D, PARENTS + "CREATE TABLE stamps (id INTEGER PRIMARY KEY, label TEXT, stamp TEXT NOT NULL DEFAULT 'CURRENT_TIMESTAMP');\n"
                + "INSERT INTO stamps (id, label) VALUES (1, 'a');\n", "ALTER TABLE stamps DROP COLUMN stamp");
        assertEquals(java.util.List.of("ALTER TABLE stamps ADD COLUMN stamp TEXT NOT NULL DEFAULT 'CURRENT_TIMESTAMP'"), r.down());
    }

    @Test
    void dropMiddleColumnComesBackByRebuild() throws Exception {
        var r = assertRoundTrip(D, ITEMS, "ALTER TABLE items DROP COLUMN qty", db -> {
            assertEquals(3, db.count("items"));
            assertEquals(java.util.List.of("a", "b", "c"), db.column("SELECT title FROM items ORDER BY id"));
        });
        assertTrue(r.foreignKeysOff());
        assertTrue(r.down().contains("DROP TABLE items"), r.down()::toString);
    }

    @Test
    void addColumnWithForeignKeyAndDropItAgain() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD COLUMN owner_id INTEGER REFERENCES parents (id)",
                db -> assertEquals(3, db.count("items")));
    }

    @Test
    void renameColumn() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items RENAME COLUMN title TO heading");
    }

    @Test
    void renameReferencedColumn() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE parents RENAME COLUMN id TO parent_key");
    }

    @Test
    void renameReferencedTable() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE parents RENAME TO owners", db -> assertEquals(2, db.count("parents")));
    }

    @Test
    void createAndDropIndexes() throws Exception {
        assertRoundTrip(D, ITEMS, "CREATE UNIQUE INDEX items_note ON items (note) WHERE note IS NOT NULL");
        assertRoundTrip(D, ITEMS, "DROP INDEX items_title");
        assertRoundTrip(D, ITEMS, "CREATE INDEX items_lower ON items (lower(title) DESC, qty)");
    }

    @Test
    void views() throws Exception {
        String view = "CREATE VIEW titled AS SELECT id, title FROM items WHERE title IS NOT NULL";
        assertRoundTrip(D, ITEMS, view);
        assertRoundTrip(D, ITEMS + view + ";", "DROP VIEW titled");
    }

    @Test
    void viewsSurviveARebuildOfTheirTable() throws Exception {
        String views = "CREATE VIEW titled AS SELECT id, title FROM items;\nCREATE VIEW titled2 AS SELECT title FROM titled;\n";
        var r = assertRoundTrip(D, ITEMS + views, "ALTER TABLE items DROP COLUMN qty");
        assertTrue(r.down().contains("DROP VIEW titled2"), r.down()::toString);
    }

    @Test
    void severalStatementsInOneUp() throws Exception {
        assertRoundTrip(D, ITEMS, """
                ALTER TABLE items ADD COLUMN rank INTEGER DEFAULT 0;
                CREATE TABLE extra (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items (id));
                ALTER TABLE items RENAME COLUMN note TO remark;
                DROP INDEX items_title;
                ALTER TABLE items DROP COLUMN qty;
                ALTER TABLE parents RENAME TO owners""", db -> assertEquals(3, db.count("items")));
    }
}
