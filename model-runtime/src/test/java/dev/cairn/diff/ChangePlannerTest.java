package dev.cairn.diff;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The planner on its own: which changes a diff between two replayed schemas holds, and in which order (tables after
 * the tables they reference, views after the views they read, views over a reshaped table re-created, enum types,
 * sequences, functions, triggers and extensions each at their place), with the rename notes.
 */
class ChangePlannerTest {

    private static Schema pg(String sql) {
        return replay(Dialect.POSTGRESQL, sql);
    }

    private static Schema replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql)).schema();
    }

    private static List<String> plan(Schema from, Schema to) {
        return ChangePlanner.between(from, to).stream().map(s -> describe(s.change())).toList();
    }

    private static String describe(SchemaChange c) {
        if (c instanceof SchemaChange.TableCreated x) return "create table " + x.table().name();
        if (c instanceof SchemaChange.TableDropped x) return "drop table " + x.table().name();
        if (c instanceof SchemaChange.TableAltered x) return "alter table " + x.before().name();
        if (c instanceof SchemaChange.ViewCreated x) return "create view " + x.view().name();
        if (c instanceof SchemaChange.ViewDropped x) return "drop view " + x.view().name();
        if (c instanceof SchemaChange.ViewReplaced x) return "replace view " + x.after().name();
        if (c instanceof SchemaChange.EnumTypeCreated x) return "create type " + x.type().name();
        if (c instanceof SchemaChange.EnumTypeDropped x) return "drop type " + x.type().name();
        if (c instanceof SchemaChange.EnumTypeAltered x) return "alter type " + x.after().name();
        if (c instanceof SchemaChange.SequenceCreated x) return "create sequence " + x.sequence().name();
        if (c instanceof SchemaChange.SequenceDropped x) return "drop sequence " + x.sequence().name();
        if (c instanceof SchemaChange.RoutineCreated x) return "create " + x.routine().kind().label() + " " + x.routine().name();
        if (c instanceof SchemaChange.RoutineDropped x) return "drop " + x.routine().kind().label() + " " + x.routine().name();
        if (c instanceof SchemaChange.RoutineReplaced x) return "replace " + x.after().kind().label() + " " + x.after().name();
        return c.toString();
    }

    @Test
    void equalSchemasPlanNothing() {
        String sql = """
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE SEQUENCE counter;
                CREATE TABLE a (id INT PRIMARY KEY, m mood);
                CREATE TABLE b (id INT PRIMARY KEY, a_id INT REFERENCES a (id));
                CREATE VIEW v AS SELECT id FROM a;
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();
                """;
        assertEquals(List.of(), plan(pg(sql), pg(sql)));
    }

    @Test
    void createdTablesComeAfterTheTablesTheyReferenceAndDroppedOnesBefore() {
        Schema tables = pg("""
                CREATE TABLE grand (id INT PRIMARY KEY);
                CREATE TABLE parent_t (id INT PRIMARY KEY, grand_id INT REFERENCES grand (id));
                CREATE TABLE child (id INT PRIMARY KEY, parent_id INT REFERENCES parent_t (id));
                CREATE TABLE loner (id INT PRIMARY KEY);
                """);
        assertEquals(List.of("create table grand", "create table loner", "create table parent_t", "create table child"),
                plan(Schema.EMPTY, tables));
        assertEquals(List.of("drop table child", "drop table parent_t", "drop table loner", "drop table grand"),
                plan(tables, Schema.EMPTY));
    }

    @Test
    void aSelfReferenceDoesNotHoldATableBackAndACycleGoesByName() {
        Schema self = pg("""
                CREATE TABLE a_node (id INT PRIMARY KEY, up INT REFERENCES a_node (id));
                CREATE TABLE b (id INT PRIMARY KEY);
                """);
        assertEquals(List.of("create table a_node", "create table b"), plan(Schema.EMPTY, self));
        Schema cycle = pg("""
                CREATE TABLE y (id INT PRIMARY KEY, x_id INT);
                CREATE TABLE x (id INT PRIMARY KEY, y_id INT REFERENCES y (id));
                ALTER TABLE y ADD CONSTRAINT y_x FOREIGN KEY (x_id) REFERENCES x (id);
                CREATE TABLE w (id INT PRIMARY KEY, x_id INT REFERENCES x (id));
                """);
        assertEquals(List.of("create table w", "create table x", "create table y"), plan(Schema.EMPTY, cycle),
                "x and y wait on each other and w on x: none is ready, so the smallest name goes first");
    }

    @Test
    void viewsAreCreatedAfterTheViewsTheyRead() {
        Schema views = pg("""
                CREATE TABLE t (id INT PRIMARY KEY);
                CREATE VIEW z_base AS SELECT id FROM t;
                CREATE VIEW a_top AS SELECT id FROM z_base;
                CREATE VIEW m_other AS SELECT id FROM t;
                """);
        assertEquals(List.of("create table t", "create view m_other", "create view z_base", "create view a_top"),
                plan(Schema.EMPTY, views));
    }

    @Test
    void aViewOverATableWhoseColumnsChangeIsDroppedAndCreatedAgainAndOnlyThatView() {
        String tables = """
                CREATE TABLE t (id INT PRIMARY KEY, name TEXT);
                CREATE TABLE u (id INT PRIMARY KEY);
                CREATE VIEW over_t AS SELECT id FROM t;
                CREATE VIEW over_over AS SELECT id FROM over_t;
                CREATE VIEW over_u AS SELECT id FROM u;
                """;
        Schema from = pg(tables);
        assertEquals(List.of("drop view over_over", "drop view over_t", "alter table t", "create view over_t", "create view over_over"),
                plan(from, pg(tables + "ALTER TABLE t ALTER COLUMN name SET NOT NULL;")));
        assertEquals(List.of("drop view over_over", "drop view over_t", "alter table t", "create view over_t", "create view over_over"),
                plan(from, pg(tables + "ALTER TABLE t DROP COLUMN name;")));
        assertEquals(List.of("alter table t"), plan(from, pg(tables + "CREATE INDEX t_name ON t (name);")),
                "an index leaves the columns as they were: no view is re-created");
        assertEquals(List.of("alter table t"), plan(from, pg(tables + "ALTER TABLE t ADD COLUMN extra INT;")),
                "an added column leaves every column of before as it was");
    }

    @Test
    void aViewWhoseCommentChangesIsReplacedInPlace() {
        String view = "CREATE TABLE t (id INT PRIMARY KEY);\nCREATE VIEW v AS SELECT id FROM t;\n";
        assertEquals(List.of("replace view v"), plan(pg(view), pg(view + "COMMENT ON VIEW v IS 'the ids';")));
        assertEquals(List.of("drop view v", "create view v"),
                plan(pg(view), pg("CREATE TABLE t (id INT PRIMARY KEY);\nCREATE VIEW v AS SELECT id, id AS again FROM t;")));
    }

    @Test
    void aSqliteColumnWhoseTypeIsOnlyWrittenDifferentlyIsAnAlteredTable() {
        Schema from = replay(Dialect.SQLITE, "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(10));");
        Schema to = replay(Dialect.SQLITE, "CREATE TABLE t (id INTEGER PRIMARY KEY, name varchar(10));");
        assertEquals(from, to, "equal as values: only the declared text differs");
        assertEquals(List.of("alter table t"), plan(from, to));
        assertEquals(List.of(), plan(from, replay(Dialect.SQLITE, "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(10));")));
    }

    @Test
    void enumTypesAndSequencesAreCreatedBeforeTheTablesAndDroppedAfter() {
        Schema before = pg("""
                CREATE TYPE old_kind AS ENUM ('x');
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE SEQUENCE kept;
                CREATE SEQUENCE gone;
                CREATE SEQUENCE changed;
                CREATE TABLE old_t (id INT PRIMARY KEY, k old_kind);
                """);
        Schema after = pg("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TYPE new_kind AS ENUM ('y');
                CREATE SEQUENCE kept;
                CREATE SEQUENCE changed INCREMENT BY 5;
                CREATE SEQUENCE fresh;
                CREATE TABLE new_t (id INT PRIMARY KEY, k new_kind, m mood);
                """);
        assertEquals(List.of("alter type mood", "create type new_kind",
                        "drop sequence changed", "create sequence changed", "create sequence fresh",
                        "create table new_t", "drop table old_t", "drop type old_kind", "drop sequence gone"),
                plan(before, after));
    }

    @Test
    void functionsTriggersAndExtensionsEachAtTheirPlace() {
        String table = "CREATE TABLE a (id INT PRIMARY KEY, n INT);\n";
        String fn = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";
        Schema before = pg("CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;\n" + table + fn
                + "CREATE FUNCTION kept() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION old_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE TRIGGER t_old BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
                + "CREATE TRIGGER t_kept BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
        Schema after = pg("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n" + table
                + "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.n := 1; RETURN NEW; END $$;\n"
                + "CREATE FUNCTION kept() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION new_fn() RETURNS int LANGUAGE sql AS 'SELECT 2';\n"
                + "CREATE TRIGGER t_new AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
                + "CREATE TRIGGER t_kept BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n");
        assertEquals(List.of("drop trigger t_old", "create extension pg_trgm", "replace function f", "create function new_fn",
                        "create trigger t_new", "drop function old_fn", "drop extension fuzzystrmatch"),
                plan(before, after));
    }

    @Test
    void aCreatedTableWithTheColumnsOfADroppedOneCarriesARenameNote() {
        Schema from = pg("CREATE TABLE old_name (id INT PRIMARY KEY, v TEXT);\nCREATE TABLE other (x INT);");
        Schema to = pg("CREATE TABLE new_name (id INT PRIMARY KEY, v TEXT);\nCREATE TABLE fresh (y INT);");
        List<DiffStep> steps = ChangePlanner.between(from, to);
        assertEquals(List.of("create table fresh", "create table new_name", "drop table other", "drop table old_name"),
                steps.stream().map(s -> describe(s.change())).toList());
        assertNull(steps.get(0).note(), "no dropped table has fresh's columns");
        assertTrue(steps.get(1).note().endsWith("ALTER TABLE old_name RENAME TO new_name;"), steps.get(1).note());
        assertNull(steps.get(3).note());
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeCarryARenameNoteSayingWhetherTheDefinitionChanges() {
        Schema from = pg("CREATE TABLE t (id INT PRIMARY KEY, old_a TEXT, old_b TEXT NOT NULL, n INT);");
        Schema to = pg("CREATE TABLE t (id INT PRIMARY KEY, n INT, new_a TEXT, new_b TEXT);");
        String note = ChangePlanner.between(from, to).get(0).note();
        assertEquals("""
                Column t.old_a is dropped and new_a added (the data is not copied). If it was renamed, replace the statements \
                for this table with: ALTER TABLE t RENAME COLUMN old_a TO new_a;
                Column t.old_a is dropped and new_b added (the data is not copied). If it was renamed, replace the statements \
                for this table with: ALTER TABLE t RENAME COLUMN old_a TO new_b;
                Column t.old_b is dropped and new_a added (the data is not copied). If it was renamed, replace the statements \
                for this table with: ALTER TABLE t RENAME COLUMN old_b TO new_a; and then the change of its definition
                Column t.old_b is dropped and new_b added (the data is not copied). If it was renamed, replace the statements \
                for this table with: ALTER TABLE t RENAME COLUMN old_b TO new_b; and then the change of its definition""", note);
        assertNull(ChangePlanner.between(pg("CREATE TABLE t (id INT PRIMARY KEY, a TEXT);"), pg("CREATE TABLE t (id INT PRIMARY KEY, b INT);"))
                .get(0).note(), "an added column whose type no dropped column has: no note");
    }
}
