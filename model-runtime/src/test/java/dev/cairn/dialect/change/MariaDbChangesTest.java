package dev.cairn.dialect.change;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cairn.dialect.change.ChangeRoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each change kind MariaDB can replay, rendered up and (as its inverse) down in a fresh MariaDB database. */
class MariaDbChangesTest {
    private static final Dialect D = Dialect.MARIADB;
    private static final String ITEMS = """
            CREATE SEQUENCE ticket START WITH 100 INCREMENT BY 5;
            CREATE TABLE parents (id int PRIMARY KEY, name varchar(50) NOT NULL UNIQUE);
            CREATE TABLE items (
                id int AUTO_INCREMENT PRIMARY KEY,
                parent_id int,
                title varchar(40) NOT NULL DEFAULT 'untitled' COMMENT 'shown',
                qty int,
                note text,
                CONSTRAINT qty_positive CHECK (qty >= 0),
                CONSTRAINT items_parent FOREIGN KEY (parent_id) REFERENCES parents (id) ON DELETE CASCADE
            ) COMMENT 'things';
            CREATE INDEX items_title ON items (title);
            INSERT INTO parents (id, name) VALUES (1, 'p1'), (2, 'p2');
            INSERT INTO items (parent_id, title, qty, note) VALUES (1, 'a', 1, 'n'), (2, 'b', 2, NULL), (NULL, 'c', 3, 'x');
            """;

    @Test
    void createTable() throws Exception {
        assertRoundTrip(D, ITEMS, """
                CREATE TABLE tags (id bigint AUTO_INCREMENT PRIMARY KEY,
                    item_id int NOT NULL REFERENCES items (id),
                    label varchar(20) NOT NULL DEFAULT 'x' UNIQUE COMMENT 'label',
                    FOREIGN KEY (item_id) REFERENCES items (id),
                    CHECK (length(label) < 20)) COMMENT 'labels';
                CREATE INDEX tags_label_item ON tags (label, item_id)""");
    }

    @Test
    void dropTable() throws Exception {
        assertRoundTrip(D, ITEMS, "DROP TABLE items");
    }

    @Test
    void addColumns() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD COLUMN status varchar(10) NOT NULL DEFAULT 'new' AFTER title",
                db -> assertEquals(3, db.count("items")));
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD COLUMN code varchar(8) UNIQUE FIRST");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD COLUMN ref int, ADD FOREIGN KEY (ref) REFERENCES parents (id)");
    }

    @Test
    void dropColumns() throws Exception {
        var r = assertRoundTrip(D, ITEMS, "ALTER TABLE items DROP COLUMN title", db -> assertEquals(3, db.count("items")));
        assertTrue(r.down().get(0).endsWith("AFTER parent_id"), r.down()::toString);
        assertRoundTrip(D, ITEMS + "CREATE INDEX items_title_note ON items (title, note(10));", "ALTER TABLE items DROP COLUMN note");
        assertRoundTrip(D, ITEMS + "ALTER TABLE items ADD COLUMN code varchar(8) UNIQUE;", "ALTER TABLE items DROP COLUMN code");
    }

    @Test
    void renames() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items RENAME COLUMN title TO heading");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items CHANGE COLUMN note remark varchar(200)");
        assertRoundTrip(D, ITEMS, "RENAME TABLE parents TO owners");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items RENAME INDEX items_title TO items_by_title");
    }

    @Test
    void generatedForeignKeyNamesFollowATableRename() throws Exception {
        String t = "CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, a_id int, FOREIGN KEY (a_id) REFERENCES a (id));";
        var r = assertRoundTrip(D, t, "RENAME TABLE b TO c");
        assertEquals(List.of("RENAME TABLE c TO b"), r.down());
    }

    @Test
    void alterColumns() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items MODIFY COLUMN title varchar(80) NULL");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items MODIFY qty bigint NOT NULL DEFAULT 0");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ALTER COLUMN title SET DEFAULT 'none'");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ALTER COLUMN title DROP DEFAULT");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items MODIFY note text COMMENT 'free text' FIRST");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items MODIFY title varchar(40) NOT NULL DEFAULT 'untitled' AFTER note");
    }

    @Test
    void indexes() throws Exception {
        assertRoundTrip(D, ITEMS, "CREATE UNIQUE INDEX items_title_qty ON items (title, qty)");
        assertRoundTrip(D, ITEMS, "DROP INDEX items_title ON items");
        assertRoundTrip(D, ITEMS, "CREATE INDEX items_qty_title ON items (qty DESC, title)");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD FULLTEXT INDEX items_text (note)");
    }

    @Test
    void foreignKeys() throws Exception {
        var r = assertRoundTrip(D, ITEMS, "ALTER TABLE items DROP FOREIGN KEY items_parent");
        assertTrue(r.up().get(0).contains("DROP FOREIGN KEY"), r.up()::toString);
        assertRoundTrip(D, ITEMS + "UPDATE items SET title = 'p1';",
                "ALTER TABLE items ADD CONSTRAINT items_by_name FOREIGN KEY (title) REFERENCES parents (name)");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items DROP FOREIGN KEY items_parent, DROP INDEX items_parent");
        assertRoundTrip(D, "CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int);",
                "ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p (id) ON UPDATE CASCADE");
    }

    @Test
    void constraints() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD CONSTRAINT items_title_key UNIQUE (title)");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD UNIQUE (title, qty)");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items ADD CONSTRAINT title_short CHECK (length(title) < 30)");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items DROP CONSTRAINT qty_positive");
        assertRoundTrip(D, "CREATE TABLE loose (a int, b varchar(10), c int PRIMARY KEY);",
                "ALTER TABLE loose DROP PRIMARY KEY, ADD PRIMARY KEY (a, b)");
        assertRoundTrip(D, "CREATE TABLE loose (a int NOT NULL, b varchar(10));", "ALTER TABLE loose ADD PRIMARY KEY (a)");
        assertRoundTrip(D, "CREATE TABLE keyed (a int PRIMARY KEY, b varchar(10) UNIQUE);", "ALTER TABLE keyed DROP INDEX b");
    }

    @Test
    void views() throws Exception {
        String view = "CREATE VIEW titled AS SELECT id, title FROM items WHERE title IS NOT NULL;";
        assertRoundTrip(D, ITEMS, view);
        assertRoundTrip(D, ITEMS + view, "DROP VIEW titled");
        assertRoundTrip(D, ITEMS + view, "CREATE OR REPLACE VIEW titled AS SELECT title FROM items");
    }

    @Test
    void sequences() throws Exception {
        assertRoundTrip(D, ITEMS, "CREATE SEQUENCE invoice INCREMENT BY 10 START WITH 1000");
        assertRoundTrip(D, ITEMS, "DROP SEQUENCE ticket");
        // replay records ALTER SEQUENCE as dropped and created again: rendered so, the sequence starts over
        assertRoundTrip(D, ITEMS, "ALTER SEQUENCE ticket INCREMENT BY 7");
    }

    @Test
    void comments() throws Exception {
        assertRoundTrip(D, ITEMS, "ALTER TABLE items COMMENT 'other things'");
        assertRoundTrip(D, ITEMS, "ALTER TABLE items COMMENT ''");
    }

    @Test
    void severalStatementsInOneUp() throws Exception {
        assertRoundTrip(D, ITEMS, """
                ALTER TABLE items ADD COLUMN `rank` int DEFAULT 0 AFTER id;
                CREATE TABLE extra (id int PRIMARY KEY, item_id int REFERENCES items (id), FOREIGN KEY (item_id) REFERENCES items (id));
                ALTER TABLE items RENAME COLUMN note TO remark;
                DROP INDEX items_title ON items;
                ALTER TABLE items DROP CONSTRAINT qty_positive, DROP COLUMN qty;
                ALTER TABLE items MODIFY title text;
                RENAME TABLE parents TO owners""", db -> assertEquals(3, db.count("items")));
    }
}
