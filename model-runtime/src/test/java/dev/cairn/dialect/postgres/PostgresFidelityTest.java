package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.diff.ChangePlanner;
import dev.cairn.diff.DiffScript;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.FreshNamespace;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * PostgreSQL constructs the model must keep as the engine keeps them (issue 14): each meets both invariants of
 * {@link SchemaInvariants} (upgrade then validate is clean; db:schema's output has the catalog of the migrations run
 * by the engine), and replay, drift and {@code db:diff} see what tells two of them apart.
 */
class PostgresFidelityTest {
    private static final Dialect D = Dialect.POSTGRESQL;

    static Stream<Arguments> constructs() {
        return Stream.of(
                // item 2: deferrable keys
                arguments("deferrable inline primary key", "CREATE TABLE t (a int PRIMARY KEY DEFERRABLE, b int)"),
                arguments("deferrable table keys", """
                        CREATE TABLE t (a int, b int, c int, CONSTRAINT t_pk PRIMARY KEY (a, b) DEFERRABLE INITIALLY DEFERRED,
                          UNIQUE (c) INITIALLY DEFERRED, UNIQUE (b, c) NOT DEFERRABLE INITIALLY IMMEDIATE, UNIQUE (a, c) DEFERRABLE INITIALLY IMMEDIATE)"""),
                arguments("deferrable keys added by ALTER TABLE", """
                        CREATE TABLE p (id int, code text);
                        ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (id) DEFERRABLE;
                        ALTER TABLE p ADD CONSTRAINT p_code UNIQUE (code) DEFERRABLE INITIALLY DEFERRED;
                        ALTER TABLE p ADD COLUMN extra int UNIQUE INITIALLY DEFERRED"""),
                arguments("deferrable foreign keys", """
                        CREATE TABLE p (id int PRIMARY KEY);
                        CREATE TABLE c (id int PRIMARY KEY, p1 int REFERENCES p DEFERRABLE INITIALLY DEFERRED,
                          p2 int REFERENCES p ON DELETE CASCADE DEFERRABLE, p3 int,
                          CONSTRAINT c_p3 FOREIGN KEY (p3) REFERENCES p (id) MATCH SIMPLE INITIALLY DEFERRED);
                        ALTER TABLE c ADD COLUMN p4 int;
                        ALTER TABLE c ADD FOREIGN KEY (p4) REFERENCES p DEFERRABLE INITIALLY IMMEDIATE"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void meetsBothInvariants(String name, String script) throws SQLException {
        SchemaInvariants.assertBoth(D, SchemaInvariants.single(name, script + ";\n"));
    }

    @Test
    void deferralIsModelledOnKeysAndForeignKeys() {
        Schema s = replay("""
                CREATE TABLE p (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED, code text UNIQUE DEFERRABLE, n int UNIQUE);
                CREATE TABLE c (id int, p_n int REFERENCES p (n) INITIALLY DEFERRED)""");
        Table p = s.table("p").orElseThrow();
        assertEquals(Deferral.INITIALLY_DEFERRED, p.primaryKey().deferral());
        assertEquals(Deferral.INITIALLY_IMMEDIATE, p.uniqueConstraints().stream().filter(u -> u.name().equals("p_code_key")).findFirst().orElseThrow().deferral());
        assertEquals(Deferral.NOT_DEFERRABLE, p.uniqueConstraints().stream().filter(u -> u.name().equals("p_n_key")).findFirst().orElseThrow().deferral());
        assertEquals(Deferral.INITIALLY_DEFERRED, s.table("c").orElseThrow().foreignKeys().get(0).deferral());
    }

    @Test
    void replayRefusesWhatPostgresRefusesAboutDeferral() {
        SqlProblem contradiction = assertThrows(SqlProblem.class, () -> replay("CREATE TABLE t (a int PRIMARY KEY NOT DEFERRABLE INITIALLY DEFERRED)"));
        assertTrue(contradiction.getMessage().contains("INITIALLY DEFERRED must be DEFERRABLE"), contradiction.getMessage());
        SqlProblem deferrableTarget = assertThrows(SqlProblem.class, () -> replay(
                "CREATE TABLE p (id int PRIMARY KEY DEFERRABLE); CREATE TABLE c (p_id int REFERENCES p (id))"));
        assertTrue(deferrableTarget.getMessage().contains("no unique constraint or primary key"), deferrableTarget.getMessage());
    }

    @Test
    void driftAndDiffTellDeferralApart() throws SQLException {
        String before = "CREATE TABLE t (a int PRIMARY KEY, b int UNIQUE, d int UNIQUE, c int REFERENCES t (d))";
        String after = "CREATE TABLE t (a int PRIMARY KEY DEFERRABLE, b int UNIQUE DEFERRABLE INITIALLY DEFERRED, d int UNIQUE, c int REFERENCES t (d) INITIALLY DEFERRED)";
        assertDiffReaches(before, after, "DEFERRABLE INITIALLY DEFERRED");
    }

    /**
     * The differences between the two scripts' models are seen (drift), and {@code db:diff}'s script from the one to the
     * other, run on a database holding the first, gives a database that reads back as the second (and contains
     * {@code expected}), and the script back gives the first again.
     */
    private static void assertDiffReaches(String beforeScript, String afterScript, String expected) throws SQLException {
        Schema before = replay(beforeScript), after = replay(afterScript);
        SchemaDifferences drift = SchemaDifferences.between(before, after);
        assertFalse(drift.isEmpty(), "the two schemas differ");
        DiffScript diff = DiffScript.of(Engines.of(D).changeRenderer(), before, ChangePlanner.between(before, after));
        assertTrue(diff.up().contains(expected), diff.up());
        try (FreshNamespace ns = FreshNamespace.of(D)) {
            ns.runAsEngineClient(beforeScript + ";\n");
            assertEquals(SchemaDifferences.between(before, before), SchemaDifferences.between(before, ns.introspect()));
            ns.runAsEngineClient(diff.up());
            assertEquals("(no differences)", SchemaDifferences.between(after, ns.introspect()).toString(), diff.up());
            DiffScript back = DiffScript.of(Engines.of(D).changeRenderer(), after, ChangePlanner.between(after, before));
            ns.runAsEngineClient(back.up());
            assertEquals("(no differences)", SchemaDifferences.between(before, ns.introspect()).toString(), back.up());
        }
    }

    static Schema replay(String sql) {
        return new Replayer(D).replay(Schema.EMPTY, new StatementSplitter(Engines.of(D).syntax()).split("m.sql", sql)).schema();
    }
}
