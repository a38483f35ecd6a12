package dev.cairn.routines;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replay of triggers and routines without a database: what each statement does to the model, and its mistakes. */
class RoutineReplayTest {

    private static ReplayResult replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql));
    }

    @Test
    void dropTableDropsItsTriggersAndItsInverseCreatesThemAgain() {
        ReplayResult r = replay(Dialect.SQLITE, """
                CREATE TABLE a (x INT);
                CREATE TRIGGER a_ai AFTER INSERT ON a BEGIN SELECT 1; END;
                DROP TABLE a;
                """);
        assertTrue(r.schema().routines().isEmpty());
        List<SchemaChange> drop = r.steps().get(2).changes();
        assertEquals(List.of("RoutineDropped", "TableDropped"), drop.stream().map(c -> c.getClass().getSimpleName()).toList());
        Schema before = replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\nCREATE TRIGGER a_ai AFTER INSERT ON a BEGIN SELECT 1; END;").schema();
        Schema undone = r.schema();
        for (int i = drop.size() - 1; i >= 0; i--) undone = drop.get(i).inverse().applyTo(undone);
        assertTrue(SchemaDifferences.between(before, undone).isEmpty(), SchemaDifferences.between(before, undone).toString());
    }

    @Test
    void createOrReplaceKeepsThePreviousDefinitionForTheDown() {
        ReplayResult r = replay(Dialect.POSTGRESQL, """
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';
                """);
        SchemaChange.RoutineReplaced c = (SchemaChange.RoutineReplaced) r.steps().get(1).changes().get(0);
        assertTrue(c.before().definition().endsWith("AS SELECT 1"), c.before().definition());
        assertTrue(c.after().definition().endsWith("AS SELECT 2"), c.after().definition());
        assertEquals(List.of("CREATE OR REPLACE FUNCTION f () RETURNS int LANGUAGE sql AS 'SELECT 1'"),
                Engines.of(Dialect.POSTGRESQL).changeRenderer().render(r.schema(), c.inverse()));
    }

    @Test
    void renamesAndDropsByName() {
        ReplayResult r = replay(Dialect.POSTGRESQL, """
                CREATE TABLE a (x int);
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();
                ALTER TRIGGER t ON a RENAME TO t2;
                ALTER TABLE a RENAME TO b;
                ALTER FUNCTION f() RENAME TO g;
                DROP FUNCTION IF EXISTS missing(int);
                """);
        assertTrue(r.schema().routine(Routine.Kind.TRIGGER, "b", "t2").isPresent(), r.schema().routines().keySet().toString());
        assertTrue(r.schema().routine(Routine.Kind.FUNCTION, null, "g").isPresent());
        Schema dropped = replay(Dialect.POSTGRESQL, """
                CREATE TABLE a (x int);
                CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();
                DROP FUNCTION f() CASCADE;
                """).schema();
        assertTrue(dropped.routines().isEmpty(), "CASCADE takes the trigger that executes it: " + dropped.routines());
    }

    @Test
    void aTriggerOnAMissingTableIsRefusedWhereItStands() {
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(Dialect.MARIADB,
                "CREATE TABLE a (x INT);\nCREATE TRIGGER t AFTER INSERT ON b FOR EACH ROW SET @x = 1;"));
        assertTrue(p.getMessage().contains("table b does not exist"), p.getMessage());
        assertEquals(2, p.position().line());
    }

    @Test
    void aSecondTriggerOfTheNameIsRefusedUnlessIfNotExists() {
        String create = "CREATE TABLE a (x INT);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;\n";
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(Dialect.SQLITE, create + "CREATE TRIGGER t AFTER DELETE ON a BEGIN SELECT 2; END;"));
        assertTrue(p.getMessage().contains("trigger t already exists"), p.getMessage());
        Routine kept = replay(Dialect.SQLITE, create + "CREATE TRIGGER IF NOT EXISTS t AFTER DELETE ON a BEGIN SELECT 2; END;")
                .schema().routine(Routine.Kind.TRIGGER, "a", "t").orElseThrow();
        assertEquals(List.of("INSERT"), kept.events());
    }

    @Test
    void aBrokenTriggerIsASyntaxErrorAtItsToken() {
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(Dialect.SQLITE,
                "CREATE TABLE a (x INT);\nCREATE TRIGGER t AFTER SELECT ON a BEGIN SELECT 1; END;"));
        assertEquals(2, p.position().line());
        assertEquals(24, p.position().column());
    }

    @Test
    void differencesNameTheAttribute() {
        Schema a = replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END;").schema();
        Schema b = replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\nCREATE TRIGGER t BEFORE UPDATE ON a BEGIN SELECT 2; END;").schema();
        String d = SchemaDifferences.between(a, b).toString();
        assertTrue(d.contains("trigger a.t: timing 'AFTER' ≠ 'BEFORE'"), d);
        assertTrue(d.contains("trigger a.t: events [INSERT] ≠ [UPDATE]"), d);
        assertTrue(d.contains("trigger a.t: definition"), d);
        assertEquals("trigger a.t: missing", SchemaDifferences.between(a, Schema.EMPTY.withTable(a.table("a").orElseThrow())).toString());
    }
}
