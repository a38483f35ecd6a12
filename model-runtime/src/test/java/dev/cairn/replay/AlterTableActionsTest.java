package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static dev.cairn.replay.SemanticErrorsTest.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ALTER TABLE actions as each engine applies them: table options, row-level security, renames of tables, columns,
 * constraints and indexes and what follows them (the names the engine derives, views, triggers), and the actions an
 * engine refuses.
 */
class AlterTableActionsTest {

    private static Table table(Dialect d, String sql, String name) {
        return replay(d, sql).table(name).orElseThrow();
    }

    @Test
    void whatFollowsTheLastActionIsAnError() {
        refused(Dialect.SQLITE, "CREATE TABLE a (x INT);\nALTER TABLE a RENAME TO b c;", 2, 27,
                "syntax error near 'c' (expected the end of the statement)");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nALTER TABLE a REPLICATE;", 2, 15, "Cairn does not model ALTER TABLE … REPLICATE");
        var p = refused(Dialect.MARIADB, "CREATE TABLE a (x INT);\nALTER TABLE a REPLICATE;", 2, 15, "Cairn does not model ALTER TABLE … REPLICATE");
        assertTrue(p.hint().endsWith("MODIFY or CHANGE"), p.hint());
        var s = refused(Dialect.SQLITE, "CREATE TABLE a (x INT);\nALTER TABLE a REPLICATE;", 2, 15, "Cairn does not model ALTER TABLE … REPLICATE");
        assertFalse(s.hint().contains("MODIFY"), s.hint());
    }

    @Test
    void sqliteRefusesConstraintsAndKeyColumnsOnAnExistingTable() {
        String t = "CREATE TABLE a (x INT);\n";
        refused(Dialect.SQLITE, t + "ALTER TABLE a ADD CONSTRAINT u UNIQUE (x);", 2, 19, "SQLite cannot add a constraint to an existing table with ALTER TABLE");
        refused(Dialect.SQLITE, t + "ALTER TABLE a ADD COLUMN y INT PRIMARY KEY;", 2, 26, "SQLite cannot add a PRIMARY KEY column");
        refused(Dialect.SQLITE, t + "ALTER TABLE a ADD COLUMN y INT CONSTRAINT y_u UNIQUE;", 2, 26, "SQLite cannot add a UNIQUE column");
        assertEquals(List.of("x", "y"), table(Dialect.SQLITE, t + "ALTER TABLE a ADD COLUMN y INT CHECK (y > 0) REFERENCES a (x);", "a").columnNames());
    }

    @Test
    void addColumnIfNotExistsLeavesAnExistingColumn() {
        Table t = table(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nALTER TABLE a ADD COLUMN IF NOT EXISTS x TEXT, ADD COLUMN IF NOT EXISTS y TEXT;", "a");
        assertEquals("integer", t.column("x").orElseThrow().type().name());
        assertEquals(List.of("x", "y"), t.columnNames());
    }

    @Test
    void mariaDbIndexNamesAreFreePerTableButNotWithinOne() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE a (x INT, y INT);\nCREATE TABLE b (x INT);\nCREATE INDEX ix ON b (x);\nALTER TABLE a ADD INDEX ix (x);", "a");
        assertTrue(t.index("ix").isPresent());
        refused(Dialect.MARIADB, "CREATE TABLE a (x INT, y INT);\nCREATE INDEX ix ON a (x);\nALTER TABLE a ADD INDEX ix (y);", 3, 25,
                "index ix already exists on table a");
    }

    @Test
    void mariaDbTableCommentCharsetAndOptions() {
        String t = "CREATE TABLE a (x VARCHAR(10)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n";
        Table commented = table(Dialect.MARIADB, t + "ALTER TABLE a COMMENT = 'rows of a';", "a");
        assertEquals("rows of a", commented.comment());
        assertNull(table(Dialect.MARIADB, t + "ALTER TABLE a COMMENT = 'rows';\nALTER TABLE a COMMENT '';", "a").comment());

        Table converted = table(Dialect.MARIADB, t + "ALTER TABLE a ADD COLUMN y TEXT CHARACTER SET ascii;\n"
                + "ALTER TABLE a CONVERT TO CHARACTER SET latin1 COLLATE latin1_bin;", "a");
        assertEquals("latin1", converted.options().get(Table.CHARSET));
        assertEquals("latin1_bin", converted.options().get(Table.COLLATE));
        assertNull(converted.column("y").orElseThrow().charset(), "every character column is converted to the table's");
        Table convertedCharset = table(Dialect.MARIADB, t + "ALTER TABLE a CONVERT TO CHARSET ascii;", "a");
        assertEquals("ascii", convertedCharset.options().get(Table.CHARSET));

        Table engine = table(Dialect.MARIADB, t + "ALTER TABLE a ENGINE = Aria, AUTO_INCREMENT = 5, ROW_FORMAT = DYNAMIC;", "a");
        assertEquals("Aria", engine.options().get(Table.ENGINE));
        assertEquals("DYNAMIC", engine.options().get(Table.ROW_FORMAT));
        assertEquals("utf8mb4", engine.options().get(Table.CHARSET));
        Table charset = table(Dialect.MARIADB, t + "ALTER TABLE a DEFAULT CHARSET = latin1;", "a");
        assertEquals("latin1", charset.options().get(Table.CHARSET));
        assertEquals("utf8mb4", charset.column("x").orElseThrow().charset(), "a new default leaves the columns as they were");
        Table same = table(Dialect.MARIADB, t + "ALTER TABLE a ENGINE = InnoDB, LOCK = NONE;", "a");
        assertEquals(table(Dialect.MARIADB, t, "a"), same);
    }

    @Test
    void postgresRowLevelSecurityIsATableOption() {
        String t = "CREATE TABLE a (x INT);\n";
        assertEquals(Map.of(Table.ROW_LEVEL_SECURITY, "on"), table(Dialect.POSTGRESQL, t + "ALTER TABLE a ENABLE ROW LEVEL SECURITY;", "a").options());
        assertEquals(Map.of(Table.ROW_LEVEL_SECURITY, "on", Table.FORCE_ROW_LEVEL_SECURITY, "on"),
                table(Dialect.POSTGRESQL, t + "ALTER TABLE a ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;", "a").options());
        assertEquals(Map.of(Table.FORCE_ROW_LEVEL_SECURITY, "on"), table(Dialect.POSTGRESQL,
                t + "ALTER TABLE a ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\nALTER TABLE a DISABLE ROW LEVEL SECURITY;", "a").options());
        assertEquals(Map.of(Table.ROW_LEVEL_SECURITY, "on"), table(Dialect.POSTGRESQL,
                t + "ALTER TABLE a ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;\nALTER TABLE a NO FORCE ROW LEVEL SECURITY;", "a").options());
        assertEquals(Map.of(), table(Dialect.POSTGRESQL, t + "ALTER TABLE a ENABLE TRIGGER ALL, OWNER TO postgres;", "a").options());
    }

    @Test
    void mariaDbRenamesIndexesAndKeys() {
        String t = "CREATE TABLE a (x INT, y INT, KEY ix (x), UNIQUE KEY uy (y));\n";
        Table renamed = table(Dialect.MARIADB, t + "ALTER TABLE a RENAME INDEX ix TO ix2, RENAME KEY uy TO uy2;", "a");
        assertTrue(renamed.index("ix2").isPresent());
        assertFalse(renamed.index("ix").isPresent());
        assertEquals(List.of(new UniqueConstraint("uy2", List.of("y"))), renamed.uniqueConstraints());
        refused(Dialect.MARIADB, t + "ALTER TABLE a RENAME INDEX nope TO n2;", 2, 28, "index nope does not exist on table a");
    }

    @Test
    void renamingAConstraintOfEachKind() {
        String t = "CREATE TABLE p (id INT PRIMARY KEY);\n"
                + "CREATE TABLE a (x INT CONSTRAINT a_pk PRIMARY KEY, y INT CONSTRAINT a_u UNIQUE, z INT CONSTRAINT a_c CHECK (z > 0),"
                + " w INT CONSTRAINT a_f REFERENCES p (id));\n";
        Table a = table(Dialect.POSTGRESQL, t + "ALTER TABLE a RENAME CONSTRAINT a_pk TO a_pk2;\nALTER TABLE a RENAME CONSTRAINT a_u TO a_u2;\n"
                + "ALTER TABLE a RENAME CONSTRAINT a_c TO a_c2;\nALTER TABLE a RENAME CONSTRAINT a_f TO a_f2;", "a");
        assertEquals("a_pk2", a.primaryKey().name());
        assertEquals(List.of("a_u2"), a.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
        assertEquals(List.of(new CheckConstraint("a_c2", "z > 0")), a.checks());
        assertEquals("a_f2", a.foreignKeys().get(0).name());
        refused(Dialect.POSTGRESQL, t + "ALTER TABLE a RENAME CONSTRAINT nope TO n2;", 3, 33, "constraint nope does not exist on table a");
    }

    @Test
    void postgresForeignKeysFollowTheirKeyThroughARename() {
        String t = "CREATE TABLE p (id INT CONSTRAINT p_u UNIQUE);\nCREATE TABLE a (x INT REFERENCES p (id));\n"
                + "ALTER TABLE p RENAME CONSTRAINT p_u TO p_u2;\n";
        refused(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP CONSTRAINT p_u2;", 4, 31, "foreign key a_x_fkey on table a depends on this key");
        assertTrue(table(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP CONSTRAINT p_u2 CASCADE;", "a").foreignKeys().isEmpty());
    }

    @Test
    void mariaDbGeneratedForeignKeyNamesFollowTheTable() {
        Schema s = replay(Dialect.MARIADB, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id), CONSTRAINT own FOREIGN KEY (y) REFERENCES p (id));
                ALTER TABLE a RENAME TO b, ADD COLUMN z INT;
                """);
        Table b = s.table("b").orElseThrow();
        assertEquals(List.of("b_ibfk_1", "own"), b.foreignKeys().stream().map(f -> f.name()).sorted().toList());
        assertEquals(List.of("x", "y", "z"), b.columnNames());
        assertTrue(s.table("a").isEmpty());
    }

    @Test
    void postgresSerialSequencesKeepTheirNamesThroughRenames() {
        Table b = table(Dialect.POSTGRESQL, "CREATE TABLE a (id SERIAL, n INT);\nALTER TABLE a RENAME TO b;", "b");
        assertEquals("a_id_seq", b.options().get(Table.serialSequenceOption("id")));
        Table c = table(Dialect.POSTGRESQL, "CREATE TABLE a (id SERIAL, n INT);\nALTER TABLE a RENAME COLUMN id TO key;", "a");
        assertEquals(Map.of(Table.serialSequenceOption("key"), "a_id_seq"), c.options());
    }

    @Test
    void sqliteRenamesRewriteViewsAndTriggers() {
        String t = """
                CREATE TABLE a (x INT, y INT);
                CREATE TABLE log (n INT);
                CREATE VIEW v AS SELECT x FROM a;
                CREATE TRIGGER tr AFTER INSERT ON a BEGIN INSERT INTO log SELECT count(*) FROM a; END;
                """;
        Schema renamedTable = replay(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b;");
        View v = renamedTable.view("v").orElseThrow();
        assertTrue(v.definition().contains("FROM \"b\"") || v.definition().contains("FROM b"), v.definition());
        Routine tr = renamedTable.triggersOn("b").get(0);
        assertEquals("b", tr.table());
        assertTrue(tr.source().contains("FROM \"b\"") || tr.source().contains("FROM b"), tr.source());
        assertTrue(tr.source().contains("ON \"b\"") || tr.source().contains("ON b"), tr.source());
        // the view still reads the table under its new name: dropping the table leaves the view as SQLite does, renaming the view's column follows
        Schema renamedColumn = replay(Dialect.SQLITE, t + "ALTER TABLE a RENAME COLUMN x TO x2;");
        View v2 = renamedColumn.view("v").orElseThrow();
        assertEquals(List.of("x2"), v2.columns());
        assertTrue(v2.definition().contains("x2"), v2.definition());
    }

    @Test
    void postgresViewsFollowATableRenameByIdentity() {
        String t = "CREATE TABLE a (x INT);\nCREATE VIEW v AS SELECT x FROM a;\nALTER TABLE a RENAME TO b;\n";
        refused(Dialect.POSTGRESQL, t + "DROP TABLE b;", 4, 12, "cannot drop table b: view v reads it");
        Schema s = replay(Dialect.POSTGRESQL, t + "DROP TABLE b CASCADE;");
        assertTrue(s.views().isEmpty());
        assertTrue(s.tables().isEmpty());
    }
}
