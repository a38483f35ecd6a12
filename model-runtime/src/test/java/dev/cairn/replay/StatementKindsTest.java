package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which statements change the schema, which stay opaque, what each step reports as its changes, the statements an
 * engine does not have, a missing semicolon, and DDL run by code (procedures, DO blocks) as the replay follows it from
 * one file to the next.
 */
class StatementKindsTest {

    private static ReplayResult replay(Dialect d, String sql) {
        return DynamicDdlTest.replay(d, sql);
    }

    /** The kinds of change each step reports, one list per statement. */
    private static List<List<String>> changeKinds(Dialect d, String sql) {
        return replay(d, sql).steps().stream().map(s -> s.changes().stream().map(c -> c.getClass().getSimpleName()).toList()).toList();
    }

    @Test
    void eachPostgresStatementReportsItsChanges() {
        List<List<String>> kinds = changeKinds(Dialect.POSTGRESQL, """
                CREATE TABLE t (id INT PRIMARY KEY, a INT);
                CREATE INDEX t_a ON t (a);
                CREATE SEQUENCE s;
                ALTER SEQUENCE s INCREMENT BY 5;
                CREATE TYPE mood AS ENUM ('a');
                ALTER TYPE mood ADD VALUE 'b';
                CREATE VIEW v AS SELECT a FROM t;
                ALTER VIEW v RENAME TO w;
                CREATE POLICY own ON t USING (a > 0);
                ALTER POLICY own ON t RENAME TO mine;
                DROP POLICY mine ON t;
                CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                ALTER FUNCTION f() RENAME TO g;
                DROP FUNCTION g();
                COMMENT ON TABLE t IS 'rows';
                COMMENT ON SCHEMA public IS 'the schema';
                DROP INDEX t_a;
                CREATE TEMP TABLE tt (x INT);
                CREATE UNLOGGED TABLE ut (x INT);
                CREATE SCHEMA other;
                ALTER EXTENSION plpgsql UPDATE;
                RENAME something;
                """);
        assertEquals(List.of(
                List.of("TableCreated"), List.of("TableAltered"), List.of("SequenceCreated"), List.of("SequenceDropped", "SequenceCreated"),
                List.of("EnumTypeCreated"), List.of("EnumTypeAltered"), List.of("ViewCreated"), List.of("ViewDropped", "ViewCreated"),
                List.of("TableAltered"), List.of("TableAltered"), List.of("TableAltered"),
                List.of("RoutineCreated"), List.of("RoutineDropped", "RoutineCreated"), List.of("RoutineDropped"),
                List.of("TableAltered"), List.of(), List.of("TableAltered"), List.of("TableCreated"), List.of("TableCreated"),
                List.of(), List.of(), List.of()), kinds);
    }

    @Test
    void opaqueStatements() {
        ReplayResult r = replay(Dialect.SQLITE, "CREATE TABLE t (x INT);\n(SELECT 1) UNION (SELECT 2);\nCREATE VIRTUAL TABLE ft USING fts5(body);\n"
                + "DROP TRIGGER IF EXISTS nope;\nALTER TABLE t RENAME TO u;");
        assertEquals(List.of(false, true, true, false, false), r.steps().stream().map(ReplayStep::opaque).toList());
        assertEquals(List.of("u"), r.schema().tables().keySet().stream().toList());
    }

    @Test
    void mariaDbRenameTableStatementAndViewPrefixes() {
        Schema s = replay(Dialect.MARIADB, """
                CREATE TABLE t (x INT);
                RENAME TABLE t TO u;
                CREATE ALGORITHM = MERGE DEFINER = 'root'@'localhost' SQL SECURITY INVOKER VIEW v AS SELECT x FROM u;
                CREATE DEFINER = CURRENT_USER VIEW w AS SELECT x FROM u;
                """).schema();
        assertTrue(s.table("u").isPresent());
        Schema definers = replay(Dialect.MARIADB, "CREATE TABLE u (x INT);\nCREATE ALGORITHM = MERGE DEFINER = 'root'@'localhost' VIEW v AS SELECT x FROM u;\n"
                + "CREATE SQL SECURITY INVOKER VIEW v2 AS SELECT x FROM u;\nCREATE DEFINER = root@localhost VIEW v3 AS SELECT x FROM u;\n"
                + "CREATE DEFINER = `root`@`%` VIEW v4 AS SELECT x FROM u;\nCREATE DEFINER = CURRENT_USER() VIEW v5 AS SELECT x FROM u;").schema();
        assertEquals(List.of("v", "v2", "v3", "v4", "v5"), List.copyOf(definers.views().keySet()));
        Schema trigger = replay(Dialect.MARIADB, "CREATE TABLE u (x INT);\n"
                + "CREATE DEFINER=`root`@`localhost` TRIGGER u_bi BEFORE INSERT ON u FOR EACH ROW SET NEW.x = 1;").schema();
        assertEquals(List.of("u_bi"), trigger.triggersOn("u").stream().map(r -> r.name()).toList());
        assertEquals(List.of("x"), s.view("v").orElseThrow().columns());
        assertEquals(List.of("x"), s.view("w").orElseThrow().columns());
    }

    @Test
    void typesWhereTheEngineHasNone() {
        refused(Dialect.MARIADB, "CREATE TYPE mood AS ENUM ('a');", 1, 8,
                "mariadb has no CREATE TYPE or ALTER TYPE; the database would refuse this statement");
        refused(Dialect.SQLITE, "ALTER TYPE mood ADD VALUE 'b';", 1, 7,
                "sqlite has no CREATE TYPE or ALTER TYPE; the database would refuse this statement");
        assertTrue(replay(Dialect.SQLITE, "CREATE POLICY p ON t USING (true);\nDROP TYPE IF EXISTS mood;").steps().stream().allMatch(ReplayStep::opaque));
    }

    @Test
    void aMissingSemicolonIsFoundWhereTheNextStatementStartsOnItsOwnLine() {
        String t = "CREATE TABLE a (x INT);\n";
        String problem = "syntax error near '%s': a new statement starts here, inside the one before it";
        refused(Dialect.SQLITE, t + "DROP TABLE a\nDROP TABLE b;", 3, 1, problem.formatted("DROP"));
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b\n  \tUPDATE b SET x = 1;", 3, 4, problem.formatted("UPDATE"));
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b\nDELETE FROM b;", 3, 1, problem.formatted("DELETE"));
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b\nINSERT INTO b VALUES (1);", 3, 1, problem.formatted("INSERT"));
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b\nALTER TABLE b RENAME TO c;", 3, 1, problem.formatted("ALTER"));
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b\nCREATE TABLE c (y INT);", 3, 1, problem.formatted("CREATE"));
        refused(Dialect.SQLITE, "CREATE TABLE a (x INT)\nCREATE TABLE c (y INT);", 2, 1, problem.formatted("CREATE"));
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b UPDATE;", 2, 27, "syntax error near 'UPDATE' (expected the end of the statement)");
        refused(Dialect.SQLITE, t + "ALTER TABLE a RENAME TO b SELECT;", 2, 27, "syntax error near 'SELECT' (expected the end of the statement)");
    }

    @Test
    void sqliteTakesStringsAsNames() {
        Schema s = DynamicDdlTest.replay(Dialect.SQLITE, "CREATE TABLE 'q' ('a' INT, \"b\" INT);\nCREATE INDEX 'ix' ON 'q' ('a');").schema();
        assertEquals(List.of("a", "b"), s.table("q").orElseThrow().columnNames());
        assertTrue(s.table("q").orElseThrow().index("ix").isPresent());
        refused(Dialect.POSTGRESQL, "CREATE TABLE 'q' (a INT);", 1, 14, "syntax error near ''q'' (expected the table name)");
    }

    @Test
    void postgresFoldsTheNamesOfAViewAndOfItsChecksColumns() {
        Schema s = DynamicDdlTest.replay(Dialect.POSTGRESQL, "CREATE TABLE c (Id INT, \"Note\" TEXT, lower TEXT, CHECK (lower(\"Note\") <> ''));\n"
                + "CREATE VIEW v AS SELECT ID, \"Note\" FROM c;").schema();
        assertEquals(List.of("id", "Note"), s.view("v").orElseThrow().columns());
        assertEquals(List.of(new CheckConstraint("c_Note_check", "lower(\"Note\") <> ''")), s.table("c").orElseThrow().checks());
    }

    // ---- DDL run by code ----

    @Test
    void proceduresCreatedOrDroppedAfterAnUnknownStatementAreRemembered() {
        Replayer r = new Replayer(Dialect.MARIADB);
        String t = "CREATE TABLE t (id INT PRIMARY KEY, a INT);\n";
        ReplayResult first = DynamicDdlTest.replay(r, t + "CALL outside();\nCREATE PROCEDURE seed() BEGIN INSERT INTO t VALUES (1, 1); END;\n"
                + "CREATE PROCEDURE widen() BEGIN ALTER TABLE t ADD COLUMN b INT; END;\nDROP PROCEDURE widen;");
        assertTrue(first.unknownEffect().isPresent());
        ReplayResult seed = r.replay(first.schema(), split(Dialect.MARIADB, "CALL seed();"));
        assertEquals(Optional.empty(), seed.unknownEffect());
        ReplayResult widen = r.replay(first.schema(), split(Dialect.MARIADB, "CALL widen();"));
        assertTrue(widen.unknownEffect().orElseThrow().why().contains("the migrations did not create it"), widen.unknownEffect().get().why());
    }

    private static List<dev.cairn.sql.SqlStatement> split(Dialect d, String sql) {
        return new StatementSplitter(Engines.of(d).syntax()).split("n.sql", sql);
    }

    @Test
    void aDroppedProcedureIsUnknownAgain() {
        String t = "CREATE TABLE t (id INT PRIMARY KEY, a INT);\nCREATE PROCEDURE widen() BEGIN ALTER TABLE t ADD COLUMN b INT; END;\n";
        UnknownEffect u = DynamicDdlTest.unknown(Dialect.MARIADB, t + "DROP PROCEDURE IF EXISTS widen;\nCALL widen();", 4, 1);
        assertTrue(u.why().contains("the migrations did not create it"), u.why());
    }

    @Test
    void proceduresCallingProcedures() {
        String t = "CREATE TABLE t (id INT PRIMARY KEY, a INT);\nCREATE PROCEDURE seed() BEGIN INSERT INTO t VALUES (1, 1); END;\n";
        DynamicDdlTest.known(Dialect.MARIADB, t + "CREATE PROCEDURE outer_p() BEGIN SELECT 1; CALL seed(); END;\nCALL outer_p();");
        DynamicDdlTest.unknown(Dialect.MARIADB, t + "CREATE PROCEDURE outer_p() BEGIN SELECT 1; CALL other(); END;\nCALL outer_p();", 4, 1);
    }

    @Test
    void postgresQualifiedAndKeywordNamedRoutines() {
        String t = "CREATE TABLE t (id INT PRIMARY KEY, a INT);\n";
        DynamicDdlTest.known(Dialect.POSTGRESQL, t + "CREATE PROCEDURE public.seed() LANGUAGE sql AS 'INSERT INTO t VALUES (1, 1)';\nCALL public.seed();");
        DynamicDdlTest.known(Dialect.POSTGRESQL, t + "CREATE PROCEDURE rename() LANGUAGE sql AS 'INSERT INTO t VALUES (1, 1)';\nCALL rename();");
    }

    @Test
    void postgresDoBlocksThatCommentOrCall() {
        String t = "CREATE TABLE t (id INT PRIMARY KEY, a INT);\n";
        DynamicDdlTest.unknown(Dialect.POSTGRESQL, t + "DO $$ BEGIN COMMENT ON TABLE t IS 'x'; END $$;", 2, 1);
        DynamicDdlTest.known(Dialect.POSTGRESQL, t + "DO $$ BEGIN PERFORM 1; -- a comment\n END $$;");
        DynamicDdlTest.unknown(Dialect.POSTGRESQL, t + "DO $$ BEGIN CALL maintenance(); END $$;", 2, 1);
        DynamicDdlTest.known(Dialect.POSTGRESQL, t + "CREATE PROCEDURE seed() LANGUAGE sql AS 'INSERT INTO t VALUES (1, 1)';\n"
                + "DO $$ BEGIN CALL seed(); END $$;");
        String addCol = "CREATE FUNCTION add_col(name text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'ALTER TABLE t ADD COLUMN ' || name || ' int'; END $$;\n";
        DynamicDdlTest.unknown(Dialect.POSTGRESQL, t + addCol + "DO $$ DECLARE v text := 'b'; BEGIN PERFORM add_col(v); END $$;", 3, 1);
        assertFalse(replay(Dialect.POSTGRESQL, t + addCol + "SELECT 1;").unknownEffect().isPresent());
    }

    @Test
    void stepsAreOpaqueOrNot() {
        SchemaChange created = replay(Dialect.SQLITE, "CREATE TABLE t (x INT);").steps().get(0).changes().get(0);
        assertTrue(created instanceof SchemaChange.TableCreated);
    }
}
