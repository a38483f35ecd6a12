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
                        ALTER TABLE c ADD FOREIGN KEY (p4) REFERENCES p DEFERRABLE INITIALLY IMMEDIATE"""),
                // item 3: casts inside expressions
                arguments("casts in index expressions and predicates", """
                        CREATE TABLE t (id int, data jsonb, name varchar(40), title text, code char(3), n numeric);
                        CREATE INDEX ix_fts ON t USING gin (to_tsvector('english', data::text));
                        CREATE INDEX ix_fts_plain ON t USING gin (to_tsvector('english', title));
                        CREATE INDEX ix_lower ON t (lower(name));
                        CREATE INDEX ix_lower_cast ON t (lower(name::text), lower(code::text), lower(title::text));
                        CREATE INDEX ix_num ON t (((data ->> 'n')::int)) WHERE data::text <> '{}';
                        CREATE INDEX ix_part ON t (id) WHERE n::int > 0 AND name::text <> '' AND title <> 'x'::text;
                        CREATE INDEX ix_own ON t ((n::numeric + 1), (id::integer))"""),
                arguments("casts in checks and generated columns", """
                        CREATE TABLE t (id int, data jsonb CHECK (data::text <> '{}'), name varchar(40) CHECK (name IN ('a', 'b')),
                          code char(3) CHECK (code::text <> 'x'), amount numeric CHECK (amount::int >= 0),
                          short_name varchar(40) CHECK (length(short_name::varchar(5)) < 5),
                          data_text text GENERATED ALWAYS AS (data::text) STORED,
                          whole bigint GENERATED ALWAYS AS (amount::bigint) STORED,
                          CONSTRAINT named CHECK (name::text <> data::text));
                        ALTER TABLE t ADD CONSTRAINT later CHECK (id::text <> '0')"""),
                // item 5: names the engine makes unique
                arguments("implicit names after a rename", """
                        CREATE TABLE jobs (id int PRIMARY KEY, code text UNIQUE, parent int REFERENCES jobs, n int CHECK (n > 0));
                        CREATE INDEX ON jobs (n);
                        ALTER TABLE jobs RENAME TO old_jobs;
                        CREATE TABLE jobs (id int PRIMARY KEY, code text UNIQUE, parent int REFERENCES jobs, n int CHECK (n > 0));
                        CREATE INDEX ON jobs (n)"""),
                arguments("serial sequences after a rename", """
                        CREATE TABLE jobs (id serial PRIMARY KEY, n bigserial);
                        ALTER TABLE jobs RENAME TO old_jobs;
                        CREATE TABLE jobs (id serial PRIMARY KEY, n bigserial);
                        CREATE TABLE t (id smallserial);
                        ALTER TABLE t RENAME COLUMN id TO key;
                        ALTER TABLE t ADD COLUMN id serial;
                        CREATE TABLE u_id_seq (x int);
                        CREATE TABLE u (id serial);
                        ALTER TABLE u RENAME TO v;
                        ALTER TABLE v RENAME TO u"""),
                arguments("serial sequences of long table names, cut to 63 bytes", """
                        CREATE TABLE order_line_items_with_a_rather_long_name_for_testing_cuts_one (id serial, n int);
                        CREATE TABLE order_line_items_with_a_rather_long_name_for_testing_cuts_two (id serial, n int);
                        CREATE TABLE order_line_items_with_a_rather_long_name_for_testing_cuts_two_more (id bigserial);
                        CREATE INDEX ON order_line_items_with_a_rather_long_name_for_testing_cuts_one (n);
                        CREATE INDEX ON order_line_items_with_a_rather_long_name_for_testing_cuts_two (n)"""),
                arguments("implicit names taken by sequences and views", """
                        CREATE SEQUENCE t_pkey;
                        CREATE VIEW t_a_key AS SELECT 1 AS x;
                        CREATE SEQUENCE t_b_idx;
                        CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int);
                        CREATE INDEX ON t (b)"""),
                arguments("sequence names in nextval", """
                        CREATE SEQUENCE MY_SEQ;
                        CREATE SEQUENCE "Mixed_Seq";
                        CREATE TABLE t (a bigint DEFAULT nextval('MY_SEQ'), b bigint DEFAULT nextval('"Mixed_Seq"'),
                          c bigint DEFAULT nextval('my_seq'::regclass), d bigint);
                        ALTER TABLE t ALTER COLUMN d SET DEFAULT nextval('My_Seq')"""),
                // item 4: INCLUDE columns and row-level security
                arguments("index INCLUDE columns", """
                        CREATE TABLE t (id int, a int, "B" text, c text, d jsonb);
                        CREATE UNIQUE INDEX ix_a ON t (a) INCLUDE ("B", c);
                        CREATE INDEX ix_expr ON t (lower(c)) INCLUDE (id) WHERE a > 0;
                        CREATE INDEX ix_gist ON t USING btree (id DESC) INCLUDE (a, d);
                        ALTER TABLE t RENAME COLUMN c TO c2"""),
                arguments("key INCLUDE columns and index parameters", """
                        CREATE TABLE t (id int, a int, b text, c text, CONSTRAINT t_pk PRIMARY KEY (id) INCLUDE (a),
                          UNIQUE (a) INCLUDE (b, c) DEFERRABLE, UNIQUE (b) USING INDEX TABLESPACE pg_default);
                        ALTER TABLE t ADD CONSTRAINT t_c UNIQUE (c) INCLUDE (id);
                        ALTER TABLE t ADD UNIQUE (id) INCLUDE (c);
                        CREATE INDEX ON t (a) INCLUDE (c);
                        ALTER TABLE t RENAME COLUMN b TO b2"""),
                arguments("row-level security", """
                        CREATE TABLE a (id int);
                        CREATE TABLE b (id int);
                        CREATE TABLE c (id int);
                        CREATE TABLE d (id int);
                        ALTER TABLE a ENABLE ROW LEVEL SECURITY;
                        ALTER TABLE b ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
                        ALTER TABLE c FORCE ROW LEVEL SECURITY;
                        ALTER TABLE d ENABLE ROW LEVEL SECURITY;
                        ALTER TABLE d DISABLE ROW LEVEL SECURITY;
                        ALTER TABLE c NO FORCE ROW LEVEL SECURITY;
                        ALTER TABLE c FORCE ROW LEVEL SECURITY"""),
                arguments("policies", """
                        CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, team varchar(20), public boolean DEFAULT false, data jsonb);
                        ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
                        CREATE POLICY everyone ON docs USING (public);
                        CREATE POLICY own ON docs AS PERMISSIVE FOR ALL TO PUBLIC USING (owner = current_user) WITH CHECK (owner = current_user);
                        CREATE POLICY "Team Read" ON docs FOR SELECT TO pg_read_all_data, pg_monitor USING (team IN ('a', 'b') AND data::text <> '{}');
                        CREATE POLICY no_tiny ON docs AS RESTRICTIVE FOR INSERT WITH CHECK (length(owner) > 1);
                        CREATE POLICY upd ON docs FOR UPDATE USING (id > 0) WITH CHECK (id > 0 AND team::text <> '');
                        CREATE POLICY del ON docs FOR DELETE TO pg_write_all_data USING (NOT public);
                        CREATE POLICY gone ON docs USING (true);
                        DROP POLICY gone ON docs;
                        DROP POLICY IF EXISTS never ON docs;
                        ALTER POLICY upd ON docs RENAME TO updates;
                        ALTER POLICY del ON docs TO pg_write_all_data, pg_monitor USING (id < 0);
                        ALTER TABLE docs RENAME COLUMN owner TO author;
                        ALTER TABLE docs RENAME TO documents"""),
                // item 10: spellings of one default
                arguments("spellings of defaults", """
                        CREATE TABLE t (a bigint DEFAULT '0'::bigint, b bigint DEFAULT 0, c varchar(5) DEFAULT NULL, d text DEFAULT NULL::text,
                          e int DEFAULT ( 1 +   2 ), f text DEFAULT 'x'::text, g numeric(10,2) DEFAULT '0.5'::numeric,
                          h timestamp DEFAULT   now( ), i varchar(3) DEFAULT 'y'::character varying, j int DEFAULT (-1));
                        ALTER TABLE t ALTER COLUMN b SET DEFAULT '7'::bigint;
                        ALTER TABLE t ALTER COLUMN c SET DEFAULT NULL;
                        ALTER TABLE t ADD COLUMN k int DEFAULT NULL"""));
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

    @Test
    void aCastTheEngineKeepsIsPartOfTheModel() throws SQLException {
        Schema cast = replay("CREATE TABLE t (d jsonb, v varchar(9)); CREATE INDEX i ON t USING gin (to_tsvector('english', d::text))");
        assertEquals("to_tsvector('english', d::text)", cast.table("t").orElseThrow().indexes().get(0).keys().get(0).expression());
        Schema implied = replay("CREATE TABLE t (d jsonb, v varchar(9)); CREATE INDEX i ON t (lower(v::text)) WHERE v::varchar(3) <> 'a'");
        assertEquals("lower(v)", implied.table("t").orElseThrow().indexes().get(0).keys().get(0).expression(), "PostgreSQL adds ::text to a varchar itself");
        assertEquals("v::character varying(3) <> 'a'", implied.table("t").orElseThrow().indexes().get(0).where(), "a cast to a shorter varchar stays");
        assertDiffReaches("CREATE TABLE t (d jsonb); CREATE INDEX i ON t USING gin (to_tsvector('english', d))",
                "CREATE TABLE t (d jsonb); CREATE INDEX i ON t USING gin (to_tsvector('english', d::text))", "d::text");
        assertDiffReaches("CREATE TABLE t (d jsonb, CONSTRAINT c CHECK (d <> '{}'))",
                "CREATE TABLE t (d jsonb, CONSTRAINT c CHECK (d::text <> '{}'))", "d::text");
    }

    @Test
    void includedColumnsAndRowLevelSecurityAreModelled() {
        Schema s = replay("""
                CREATE TABLE t (id int, a int, c text);
                CREATE INDEX ix ON t (a) INCLUDE (C, id);
                ALTER TABLE t ENABLE ROW LEVEL SECURITY;
                ALTER TABLE t FORCE ROW LEVEL SECURITY;
                ALTER TABLE t DISABLE ROW LEVEL SECURITY""");
        Table t = s.table("t").orElseThrow();
        assertEquals(java.util.List.of("c", "id"), t.index("ix").orElseThrow().include());
        assertEquals(java.util.Map.of(Table.FORCE_ROW_LEVEL_SECURITY, "on"), t.options());
        assertThrows(SqlProblem.class, () -> replay("CREATE TABLE t (a int); CREATE INDEX ix ON t (a) INCLUDE (nope)"));
        Table dropped = replay("CREATE TABLE t (id int, a int, c text); CREATE INDEX ix ON t (a) INCLUDE (c); ALTER TABLE t DROP COLUMN c")
                .table("t").orElseThrow();
        assertTrue(dropped.indexes().isEmpty(), "dropping an included column drops the index, as PostgreSQL does");
        Table keyed = replay("CREATE TABLE t (id int, a int, b int, PRIMARY KEY (id) INCLUDE (a), UNIQUE (b) INCLUDE (A))").table("t").orElseThrow();
        assertEquals(java.util.List.of("a"), keyed.primaryKey().include());
        assertEquals(java.util.List.of("a"), replay("CREATE TABLE t (id int, a int, PRIMARY KEY (id) INCLUDE (a) WITH (fillfactor = 90) USING INDEX TABLESPACE pg_default)")
                .table("t").orElseThrow().primaryKey().include(), "storage parameters are read, not modelled");
        assertEquals(java.util.List.of("a"), keyed.uniqueConstraints().get(0).include());
        Table without = replay("CREATE TABLE t (id int, a int, b int, PRIMARY KEY (id) INCLUDE (a), UNIQUE (b) INCLUDE (a)); ALTER TABLE t DROP COLUMN a")
                .table("t").orElseThrow();
        assertTrue(without.primaryKey() == null && without.uniqueConstraints().isEmpty(), "dropping an included column drops the keys");
    }

    @Test
    void driftAndDiffTellIncludeAndRowLevelSecurityApart() throws SQLException {
        assertDiffReaches("CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a)",
                "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a) INCLUDE (b)", "INCLUDE (b)");
        assertDiffReaches("CREATE TABLE t (a int, b int, UNIQUE (a))", "CREATE TABLE t (a int, b int, UNIQUE (a) INCLUDE (b))", "UNIQUE (a) INCLUDE (b)");
        assertDiffReaches("CREATE TABLE t (a int); ALTER TABLE t FORCE ROW LEVEL SECURITY",
                "CREATE TABLE t (a int); ALTER TABLE t ENABLE ROW LEVEL SECURITY", "ENABLE ROW LEVEL SECURITY");
    }

    @Test
    void policiesAreModelledAndRefusedAsPostgresRefusesThem() {
        Table t = replay("""
                CREATE TABLE t (id int, owner text);
                CREATE POLICY p ON t AS RESTRICTIVE FOR UPDATE TO Someone, "Other" USING (owner = current_user) WITH CHECK (id > 0);
                ALTER POLICY p ON t RENAME TO q""").table("t").orElseThrow();
        assertEquals(java.util.List.of(new dev.cairn.schema.Policy("q", false, "UPDATE", java.util.List.of("someone", "Other"),
                "owner = CURRENT_USER", "id > 0")), t.policies());
        String[] refused = {
                "CREATE TABLE t (a int); CREATE POLICY p ON t USING (true); CREATE POLICY p ON t USING (false)",
                "CREATE TABLE t (a int); CREATE POLICY p ON nope USING (true)",
                "CREATE TABLE t (a int); CREATE POLICY p ON t FOR INSERT USING (a > 0)",
                "CREATE TABLE t (a int); CREATE POLICY p ON t FOR SELECT WITH CHECK (a > 0)",
                "CREATE TABLE t (a int); DROP POLICY p ON t",
                "CREATE TABLE t (a int); CREATE POLICY p ON t USING (a > 0); ALTER TABLE t DROP COLUMN a"};
        for (String sql : refused) assertThrows(SqlProblem.class, () -> replay(sql), sql);
        assertTrue(replay("CREATE TABLE t (a int, b int); CREATE POLICY p ON t USING (a > 0); ALTER TABLE t DROP COLUMN a CASCADE")
                .table("t").orElseThrow().policies().isEmpty(), "CASCADE takes the policy along");
    }

    @Test
    void driftAndDiffTellPoliciesApart() throws SQLException {
        String table = "CREATE TABLE t (a int, b text); ALTER TABLE t ENABLE ROW LEVEL SECURITY; ";
        assertDiffReaches(table, table + "CREATE POLICY p ON t FOR SELECT USING (a > 0)", "CREATE POLICY p ON t FOR SELECT USING (a > 0)");
        assertDiffReaches(table + "CREATE POLICY p ON t USING (a > 0)", table + "CREATE POLICY p ON t USING (a > 1)", "DROP POLICY p ON t");
        assertDiffReaches(table + "CREATE POLICY p ON t USING (a > 0)", table + "CREATE POLICY p ON t AS RESTRICTIVE USING (a > 0)", "AS RESTRICTIVE");
        assertDiffReaches(table + "CREATE POLICY p ON t USING (a > 0)", table + "CREATE POLICY p ON t TO pg_monitor USING (a > 0)", "TO pg_monitor");
        assertDiffReaches(table + "CREATE POLICY p ON t USING (a > 0)", table + "CREATE POLICY q ON t USING (a > 0)", "RENAME TO q");
    }

    @Test
    void implicitNamesSkipTheNamesOfARenamedTable() {
        Table jobs = replay("""
                CREATE TABLE jobs (id int PRIMARY KEY, code text UNIQUE, n int CHECK (n > 0));
                ALTER TABLE jobs RENAME TO old_jobs;
                CREATE TABLE jobs (id int PRIMARY KEY, code text UNIQUE, n int CHECK (n > 0))""").table("jobs").orElseThrow();
        assertEquals("jobs_pkey1", jobs.primaryKey().name());
        assertEquals("jobs_code_key1", jobs.uniqueConstraints().get(0).name());
        assertEquals("jobs_n_check1", jobs.checks().get(0).name());
    }

    @Test
    void serialSequencesKeepTheNamesPostgresGaveThem() {
        Schema s = replay("""
                CREATE TABLE jobs (id serial PRIMARY KEY);
                ALTER TABLE jobs RENAME TO old_jobs;
                CREATE TABLE jobs (id serial PRIMARY KEY)""");
        assertEquals("jobs_id_seq", s.table("old_jobs").orElseThrow().options().get(Table.serialSequenceOption("id")));
        assertEquals("jobs_id_seq1", s.table("jobs").orElseThrow().options().get(Table.serialSequenceOption("id")));
        assertThrows(SqlProblem.class, () -> replay("CREATE TABLE t (id serial); CREATE SEQUENCE t_id_seq"), "the serial's sequence holds the name");
        assertTrue(replay("CREATE TABLE t (id serial)").table("t").orElseThrow().options().isEmpty(), "a sequence of the usual name is no option");
        // names cut to 63 bytes: the second table's sequence would get the first's name, found through the tables sharing its start
        String one = "order_line_items_with_a_rather_long_name_for_testing_cuts_one", two = one.replace("_one", "_two");
        Schema cut = replay("CREATE TABLE " + one + " (id serial); CREATE TABLE " + two + " (id serial)");
        assertEquals("order_line_items_with_a_rather_long_name_for_testing_cu_id_seq1",
                cut.table(two).orElseThrow().options().get(Table.serialSequenceOption("id")));
        assertThrows(SqlProblem.class, () -> replay("CREATE TABLE " + one + " (id serial); CREATE SEQUENCE order_line_items_with_a_rather_long_name_for_testing_cut_id_seq"),
                "the cut name is the serial's sequence's");
    }

    @Test
    void spellingsOfOneDefaultAreOneModel() {
        assertEquals(replay("CREATE SEQUENCE my_seq; CREATE TABLE t (a bigint DEFAULT nextval('my_seq'), b bigint DEFAULT 0, c text)"),
                replay("CREATE SEQUENCE MY_SEQ; CREATE TABLE t (a bigint DEFAULT nextval('MY_SEQ'::regclass), b bigint DEFAULT '0'::bigint, c text DEFAULT NULL)"));
        assertEquals("nextval('\"Mixed\"')", replay("CREATE SEQUENCE \"Mixed\"; CREATE TABLE t (a bigint DEFAULT nextval('\"Mixed\"'))")
                .table("t").orElseThrow().column("a").orElseThrow().defaultExpression());
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
