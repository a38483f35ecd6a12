package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Column;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Policy;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
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
 * PostgreSQL policies, sequences, routines and ALTER COLUMN, MariaDB MODIFY and CREATE INDEX forms, as the engines
 * keep them and refuse them (PostgreSQL 15, MariaDB 10.11).
 */
class PoliciesSequencesRoutinesTest {
    private static final String T = "CREATE TABLE t (id INT PRIMARY KEY, owner TEXT, a INT);\n";

    private static Table table(Dialect d, String sql, String name) {
        return replay(d, sql).table(name).orElseThrow();
    }

    // ---- policies ----

    @Test
    void policiesAsWrittenAndAltered() {
        Table t = table(Dialect.POSTGRESQL, T + "CREATE POLICY p ON t AS RESTRICTIVE FOR SELECT TO app, auditor USING (owner = current_user);\n"
                + "CREATE POLICY q ON t AS PERMISSIVE FOR INSERT WITH CHECK (a > 0);\nCREATE POLICY r ON t;", "t");
        assertEquals(new Policy("p", false, "SELECT", List.of("app", "auditor"), "owner = CURRENT_USER", null), t.policy("p").orElseThrow());
        assertEquals(new Policy("q", true, "INSERT", List.of(Policy.PUBLIC), null, "a > 0"), t.policy("q").orElseThrow());
        assertEquals(new Policy("r", true, "ALL", List.of(Policy.PUBLIC), null, null), t.policy("r").orElseThrow());
        Table altered = table(Dialect.POSTGRESQL, T + "CREATE POLICY p ON t FOR UPDATE USING (a > 0);\n"
                + "ALTER POLICY p ON t TO app USING (a > 1) WITH CHECK (a < 9);", "t");
        assertEquals(new Policy("p", true, "UPDATE", List.of("app"), "a > 1", "a < 9"), altered.policy("p").orElseThrow());
        Table renamed = table(Dialect.POSTGRESQL, T + "CREATE POLICY p ON t;\nALTER POLICY p ON t RENAME TO p2;", "t");
        assertEquals(List.of("p2"), renamed.policies().stream().map(Policy::name).toList());
        assertTrue(table(Dialect.POSTGRESQL, T + "CREATE POLICY p ON t;\nDROP POLICY p ON t CASCADE;\nDROP POLICY IF EXISTS p ON t;", "t").policies().isEmpty());
    }

    @Test
    void policiesPostgresRefuses() {
        String p = T + "CREATE POLICY p ON t FOR SELECT USING (true);\n";
        refused(Dialect.POSTGRESQL, p + "CREATE POLICY p ON t;", 3, 15, "policy p for table t already exists");
        refused(Dialect.POSTGRESQL, T + "CREATE POLICY i ON t FOR INSERT USING (a > 0);", 2, 33, "only WITH CHECK expression allowed for INSERT");
        refused(Dialect.POSTGRESQL, T + "CREATE POLICY s ON t FOR DELETE WITH CHECK (a > 0);", 2, 33, "WITH CHECK cannot be applied to SELECT or DELETE");
        refused(Dialect.POSTGRESQL, T + "CREATE POLICY s ON t FOR TRUNCATE;", 2, 26, "unknown policy command TRUNCATE");
        refused(Dialect.POSTGRESQL, T + "CREATE POLICY s ON nope;", 2, 20, "table nope does not exist");
        refused(Dialect.POSTGRESQL, p + "ALTER POLICY p ON t WITH CHECK (a > 0);", 3, 21, "WITH CHECK cannot be applied to SELECT or DELETE");
        refused(Dialect.POSTGRESQL, T + "CREATE POLICY i ON t FOR INSERT;\nALTER POLICY i ON t USING (a > 0);", 3, 21,
                "only WITH CHECK expression allowed for INSERT");
        refused(Dialect.POSTGRESQL, p + "CREATE POLICY q ON t;\nALTER POLICY q ON t RENAME TO p;", 4, 31, "policy p for table t already exists");
        refused(Dialect.POSTGRESQL, T + "DROP POLICY nope ON t;", 2, 13, "policy nope for table t does not exist");
        refused(Dialect.POSTGRESQL, p + "DROP POLICY p ON t x;", 3, 20, "syntax error near 'x' (expected the end of the statement)");
        refused(Dialect.POSTGRESQL, p + "ALTER POLICY p ON t USING (a > 0) x;", 3, 35, "syntax error near 'x' (expected the end of the statement)");
        refused(Dialect.POSTGRESQL, p + "ALTER POLICY p ON t RENAME TO q x;", 3, 33, "syntax error near 'x' (expected the end of the statement)");
        refused(Dialect.POSTGRESQL, T + "CREATE POLICY p ON t USING (true) x;", 2, 35, "syntax error near 'x' (expected the end of the statement)");
    }

    // ---- sequences ----

    @Test
    void sequencesCreatedRenamedAndAltered() {
        Schema s = replay(Dialect.POSTGRESQL, "CREATE SEQUENCE s START WITH 5;\nCREATE SEQUENCE IF NOT EXISTS s START 9;\nALTER SEQUENCE s RENAME TO s2;\n"
                + "ALTER SEQUENCE IF EXISTS nope RESTART;\nALTER SEQUENCE s2 AS smallint;");
        assertTrue(s.sequence("s").isEmpty());
        assertEquals(5L, s.sequence("s2").orElseThrow().start());
        assertEquals("smallint", s.sequence("s2").orElseThrow().type());
        refused(Dialect.POSTGRESQL, "CREATE SEQUENCE s;\nCREATE SEQUENCE s;", 2, 17, "sequence s already exists");
        refused(Dialect.POSTGRESQL, "CREATE SEQUENCE s;\nCREATE TABLE t (x INT);\nALTER SEQUENCE s RENAME TO t;", 3, 28, "relation t already exists");
        refused(Dialect.POSTGRESQL, "ALTER SEQUENCE nope RESTART;", 1, 16, "sequence nope does not exist");
        refused(Dialect.POSTGRESQL, "DROP SEQUENCE nope;", 1, 15, "sequence nope does not exist");
        assertTrue(replay(Dialect.POSTGRESQL, "CREATE SEQUENCE s;\nDROP SEQUENCE s;\nDROP SEQUENCE IF EXISTS s;").sequences().isEmpty());
        assertEquals(7L, replay(Dialect.MARIADB, "CREATE SEQUENCE s START = 7 INCREMENT = 1;").sequence("s").orElseThrow().start());
    }

    // ---- routines ----

    @Test
    void routinesReplacedRenamedAndDroppedWithTheirTriggers() {
        String f = T + "CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 1; RETURN NEW; END $$;\n"
                + "CREATE TRIGGER t_stamp BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION stamp();\n";
        Schema cascade = replay(Dialect.POSTGRESQL, f + "DROP FUNCTION stamp() CASCADE;");
        assertTrue(cascade.routines().isEmpty());
        Schema kept = replay(Dialect.POSTGRESQL, f + "CREATE FUNCTION other() RETURNS int LANGUAGE sql AS 'SELECT 1';\nDROP FUNCTION other CASCADE;");
        assertEquals(2, kept.routines().size());
        Schema renamed = replay(Dialect.POSTGRESQL, f + "ALTER TRIGGER t_stamp ON t RENAME TO t_stamp2;\nALTER FUNCTION stamp() OWNER TO postgres;");
        assertEquals(List.of("t_stamp2"), renamed.triggersOn("t").stream().map(r -> r.name()).toList());
        Schema replaced = replay(Dialect.POSTGRESQL, f + "CREATE OR REPLACE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 2; RETURN NEW; END $$;");
        assertTrue(replaced.routines().values().stream().anyMatch(r -> r.source().contains("NEW.a := 2")));
        var noTable = org.junit.jupiter.api.Assertions.assertThrows(dev.cairn.sql.SqlProblem.class,
                () -> replay(Dialect.POSTGRESQL, T + "CREATE TRIGGER x BEFORE INSERT ON nope FOR EACH ROW EXECUTE FUNCTION f();"));
        assertTrue(noTable.problem().contains("nope"), noTable.problem());
        assertEquals(0, replay(Dialect.POSTGRESQL, T + "ALTER FUNCTION nope() RENAME TO n2;\nALTER EXTENSION plpgsql UPDATE;").routines().size());
        Schema two = replay(Dialect.POSTGRESQL, T + "CREATE FUNCTION f1() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                + "CREATE FUNCTION f2() RETURNS int LANGUAGE sql AS 'SELECT 2';\nDROP FUNCTION f1(), f2;");
        assertTrue(two.routines().isEmpty());
    }

    // ---- ALTER COLUMN, MODIFY ----

    @Test
    void postgresAlterColumnForms() {
        refused(Dialect.POSTGRESQL, T + "ALTER TABLE t ALTER COLUMN id DROP NOT NULL;", 2, 28, "column id is in a primary key");
        Table j = table(Dialect.POSTGRESQL, "CREATE TABLE j (id INT GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME j_ids), n INT);\n"
                + "ALTER TABLE j ALTER COLUMN id DROP IDENTITY IF EXISTS, ALTER COLUMN n SET STATISTICS 100, ALTER COLUMN n SET STORAGE PLAIN;", "j");
        assertEquals(Identity.NONE, j.column("id").orElseThrow().identity());
        assertEquals(Map.of(), j.options());
        Table plain = table(Dialect.POSTGRESQL, "CREATE TABLE j (id INT GENERATED ALWAYS AS IDENTITY, n INT);\nALTER TABLE j ALTER COLUMN id DROP IDENTITY;", "j");
        assertEquals(Identity.NONE, plain.column("id").orElseThrow().identity());
        refused(Dialect.POSTGRESQL, T + "ALTER TABLE t ALTER COLUMN a RESET;", 2, 30,
                "syntax error near 'RESET' (expected SET DEFAULT, DROP DEFAULT, SET NOT NULL, DROP NOT NULL or TYPE)");
        refused(Dialect.MARIADB, T + "ALTER TABLE t ALTER COLUMN a SET NOT NULL;", 2, 30, "syntax error near 'SET' (expected SET DEFAULT, DROP DEFAULT)");
        refused(Dialect.SQLITE, T + "ALTER TABLE t ALTER COLUMN a SET DEFAULT 1;", 2, 21, "SQLite cannot alter a column with ALTER TABLE");
        Table maria = table(Dialect.MARIADB, T.replace(");", ", KEY ia (a), CONSTRAINT c CHECK (a > 0));")
                + "ALTER TABLE t ALTER INDEX ia INVISIBLE, ALTER CHECK c NOT ENFORCED, ALTER COLUMN a SET DEFAULT 4;", "t");
        assertEquals("4", maria.column("a").orElseThrow().defaultExpression());
    }

    @Test
    void postgresRetypingAReferencedColumnRemakesItsForeignKeys() {
        String s = "CREATE TABLE p (id INT, CONSTRAINT p_u UNIQUE (id));\nCREATE TABLE a (x INT REFERENCES p (id));\n"
                + "ALTER TABLE p ADD CONSTRAINT p_u2 UNIQUE (id);\nALTER TABLE p ALTER COLUMN id TYPE bigint;\n";
        // the foreign key made again is checked with the oldest key on its columns, p_u: p_u2 may go, p_u may not
        assertEquals(List.of("p_u"), table(Dialect.POSTGRESQL, s + "ALTER TABLE p DROP CONSTRAINT p_u2;", "p").uniqueConstraints().stream()
                .map(UniqueConstraint::name).toList());
        refused(Dialect.POSTGRESQL, s + "ALTER TABLE p DROP CONSTRAINT p_u;", 5, 31, "foreign key a_x_fkey on table a depends on this key");
    }

    @Test
    void mariaDbModifyKeepsThePrimaryKeyNotNullAndReplacesTheColumnCheck() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE t (id INT PRIMARY KEY, a INT CHECK (a > 0), b INT);\n"
                + "ALTER TABLE t MODIFY id BIGINT, MODIFY a INT CHECK (a < 9), MODIFY b BIGINT NOT NULL;", "t");
        Column id = t.column("id").orElseThrow();
        assertFalse(id.nullable());
        assertEquals("bigint", id.type().name());
        assertEquals(List.of("x"), List.of("x"));
        assertEquals(List.of("a < 9"), t.checks().stream().map(c -> c.expression()).toList());
        assertEquals(List.of("id", "a", "b"), t.columnNames());
        Table moved = table(Dialect.MARIADB, "CREATE TABLE t (id INT, a INT, b INT);\nALTER TABLE t CHANGE b c INT FIRST;", "t");
        assertEquals(List.of("c", "id", "a"), moved.columnNames());
        refused(Dialect.POSTGRESQL, T + "ALTER TABLE t MODIFY a BIGINT;", 2, 22, "MODIFY is MySQL syntax");
        refused(Dialect.POSTGRESQL, T + "ALTER TABLE t CHANGE a b BIGINT;", 2, 22, "CHANGE is MySQL syntax");
    }

    // ---- CREATE INDEX ----

    @Test
    void createIndexForms() {
        Table pg = table(Dialect.POSTGRESQL, T + "CREATE INDEX t_gin ON t USING gin (owner);\nCREATE INDEX t_bt ON t USING btree (a) WITH (fillfactor = 70)"
                + " WHERE a > 0;\nCREATE UNIQUE INDEX t_u ON t (owner) NULLS NOT DISTINCT;\nCREATE INDEX t_ts ON t (a) TABLESPACE pg_default;", "t");
        assertEquals("gin", pg.index("t_gin").orElseThrow().method());
        Index bt = pg.index("t_bt").orElseThrow();
        assertNull(bt.method());
        assertEquals("a > 0", bt.where());
        assertTrue(pg.index("t_u").orElseThrow().unique());
        assertTrue(pg.index("t_ts").isPresent());
        Table maria = table(Dialect.MARIADB, T + "CREATE INDEX ix USING BTREE ON t (a);\nCREATE UNIQUE INDEX ux ON t (owner(10), a);\n"
                + "CREATE UNIQUE INDEX ud ON t (a DESC);", "t");
        assertEquals(List.of("a"), maria.index("ix").orElseThrow().columnNames());
        assertEquals(List.of(new UniqueConstraint("ux", List.of("owner(10)", "a"))), maria.uniqueConstraints());
        assertTrue(maria.index("ud").orElseThrow().unique());
        var noCondition = org.junit.jupiter.api.Assertions.assertThrows(dev.cairn.sql.SqlProblem.class,
                () -> replay(Dialect.POSTGRESQL, T + "CREATE INDEX t_w ON t (a) WHERE ;"));
        assertEquals("syntax error near the end of the statement (expected the index condition)", noCondition.problem());
        var noName = org.junit.jupiter.api.Assertions.assertThrows(dev.cairn.sql.SqlProblem.class, () -> replay(Dialect.MARIADB, T + "CREATE INDEX ON t (a);"));
        assertEquals("syntax error near the end of the statement (expected the index name)", noName.problem());
    }

    @Test
    void postgresNamesUnnamedIndexesDistinctly() {
        Table t = table(Dialect.POSTGRESQL, "CREATE TABLE t (a TEXT, b TEXT);\nCREATE INDEX ON t (lower(a), lower(b));\nCREATE INDEX ON t ((a || b));\n"
                + "CREATE INDEX ON t (a) INCLUDE (b);", "t");
        assertEquals(List.of("t_a_b_idx", "t_expr_idx", "t_lower_lower1_idx"), t.indexes().stream().map(Index::name).sorted().toList());
        String longName = "c".repeat(63);
        Table l = table(Dialect.POSTGRESQL, "CREATE TABLE l (" + longName + " INT);\nCREATE INDEX ON l ((" + longName + " + 1), (" + longName + " + 2));", "l");
        assertEquals(1, l.indexes().size());
        assertTrue(l.indexes().get(0).name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 63);
    }
}
