package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What the wide random scripts found on PostgreSQL (issue 21): a name longer than 63 bytes means the cut name
 * wherever it stands, in a declaration, a reference, a view's SELECT, a trigger or an expression; DROP … CASCADE takes
 * the views that read what it drops; expressions name columns as {@code pg_get_constraintdef} and
 * {@code pg_get_indexdef} print them; a function over a {@code char(n)} column gets the cast PostgreSQL adds. Each
 * script meets both invariants of {@link SchemaInvariants} on the live server (upgrade then validate is clean; db:schema's
 * output has the catalog of the migrations run by the engine).
 */
class PostgresNamesAndDependentsTest {
    private static final Dialect D = Dialect.POSTGRESQL;
    /** 70 bytes: PostgreSQL keeps the first 63. */
    private static final String LONG_TABLE = "t_long_name_long_name_long_name_long_name_long_name_long_name_long_nam";
    private static final String LONG_COLUMN = "c_long_name_long_name_long_name_long_name_long_name_long_name_long_nam";
    /** 74 bytes of two-byte characters: cut to 62 bytes, never inside a character. */
    private static final String ACCENTED_TABLE = "t_" + "é".repeat(36);

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments("a view reads a long table and column", """
                        CREATE TABLE %1$s (%2$s int, b int);
                        CREATE VIEW v AS SELECT %2$s, b FROM %1$s WHERE %2$s IS NOT NULL;
                        CREATE VIEW w AS SELECT "%2$s" FROM "%1$s\"""".formatted(LONG_TABLE, LONG_COLUMN)),
                arguments("a view reads a quoted table of accented letters", """
                        CREATE TABLE "%1$s" (c int);
                        CREATE VIEW v AS SELECT c FROM "%1$s\"""".formatted(ACCENTED_TABLE)),
                arguments("a trigger on a long table", """
                        CREATE TABLE %1$s (id int);
                        CREATE TABLE trigger_log (note varchar(100));
                        CREATE FUNCTION log_it() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO trigger_log VALUES ('x'); RETURN NEW; END $$;
                        CREATE TRIGGER trg AFTER INSERT ON %1$s FOR EACH ROW EXECUTE FUNCTION log_it()""".formatted(LONG_TABLE)),
                arguments("checks, predicates and generated columns name a long column", """
                        CREATE TABLE t (%1$s int CHECK (%1$s > 0), b int GENERATED ALWAYS AS (%1$s * 2) STORED,
                          CONSTRAINT ck CHECK ("%1$s" <> 12345));
                        CREATE INDEX ix ON t (b) WHERE %1$s IS NOT NULL;
                        CREATE INDEX ix2 ON t ((%1$s + 1))""".formatted(LONG_COLUMN)),
                arguments("DROP TABLE CASCADE takes the views on it and on them", """
                        CREATE TABLE t (a int, b int);
                        CREATE TABLE keep (a int);
                        CREATE VIEW v AS SELECT a FROM t;
                        CREATE VIEW vv AS SELECT a FROM v;
                        CREATE VIEW other AS SELECT a FROM keep;
                        DROP TABLE t CASCADE"""),
                arguments("DROP TABLE CASCADE takes a view that read the table under its old name", """
                        CREATE TABLE %1$s (a int);
                        CREATE VIEW v AS SELECT a FROM %1$s;
                        ALTER TABLE %1$s RENAME TO renamed;
                        CREATE TABLE %1$s (a int);
                        DROP TABLE IF EXISTS renamed CASCADE""".formatted(LONG_TABLE)),
                arguments("DROP VIEW CASCADE takes the views on it, renamed or not", """
                        CREATE TABLE t (a int);
                        CREATE VIEW v AS SELECT a FROM t;
                        CREATE VIEW vv AS SELECT a FROM v;
                        ALTER VIEW v RENAME TO v2;
                        DROP VIEW v2 CASCADE"""),
                arguments("checks on quoted, mixed-case and keyword columns", """
                        CREATE TABLE t ("Col1" int CHECK ("Col1" > -1000), "key" int CHECK ("key" >= -1000 AND "key" <= 100000),
                          "user" int CHECK ("user" > 0), "int" int CHECK ("int" > 0), "a$b" int CHECK ("a$b" > 0), col2 int CHECK (col2 > -1000));
                        CREATE INDEX ix ON t (("key" + 1)) WHERE "Col1" > 0"""),
                arguments("a check follows its column's rename to a quoted mixed-case name", """
                        CREATE TABLE t (col2 int, c3 int, CONSTRAINT ck CHECK (col2 > -1000));
                        CREATE INDEX ix ON t ((col2 + c3)) WHERE col2 > 0;
                        ALTER TABLE t RENAME COLUMN col2 TO "Col65\""""),
                arguments("functions over char(n) and varchar columns in index keys", """
                        CREATE TABLE t (code char(3), name varchar(40), "δοκιμή6" char(3));
                        CREATE UNIQUE INDEX ix ON t (lower("δοκιμή6"), code);
                        CREATE INDEX ix2 ON t (name, lower(code) DESC, upper(name));
                        CREATE INDEX ix3 ON t ((code || 'x'), length(code))"""),
                arguments("foreign keys to a unique index, from another table and from its own", """
                        CREATE TABLE a (x text, y int, z int);
                        CREATE UNIQUE INDEX ix ON a (y, x);
                        CREATE TABLE b (p text, q int, FOREIGN KEY (q, p) REFERENCES a (y, x));
                        ALTER TABLE a ADD FOREIGN KEY (z, x) REFERENCES a (y, x)"""),
                arguments("an unnamed index over two calls of one function", """
                        CREATE TABLE t (a varchar(9), b text, c int);
                        CREATE INDEX ON t (c, lower(a), lower(b));
                        CREATE INDEX ON t (lower(a), c, lower(b), lower(a || b))"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void meetsBothInvariants(String name, String script) throws SQLException {
        SchemaInvariants.assertBoth(D, SchemaInvariants.single(name, script + ";\n"));
    }

    @Test
    void aViewReadingATableOrViewMakesItsDropWithoutCascadeAnErrorAsOnTheServer() throws SQLException {
        String views = "CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT a FROM t;\nCREATE VIEW vv AS SELECT a FROM v;\n";
        for (String drop : new String[] {"DROP TABLE t;", "DROP VIEW v;"}) {
            try (FreshNamespace ns = FreshNamespace.of(D)) {
                ns.runAsEngineClient(views);
                assertThrows(SQLException.class, () -> ns.runAsEngineClient(drop), "the server refuses " + drop);
            }
            SqlProblem e = assertThrows(SqlProblem.class, () -> replay(views + drop));
            String expected = drop.contains("TABLE") ? "m.sql:4:12: cannot drop table t: view v reads it" : "m.sql:4:11: cannot drop view v: view vv reads it";
            assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            assertTrue(e.getMessage().contains("add CASCADE"), e.getMessage());
        }
    }

    @Test
    void aLongNameInAViewAndAnExpressionIsTheCutName() {
        Schema s = replay("CREATE TABLE " + LONG_TABLE + " (" + LONG_COLUMN + " int CHECK (" + LONG_COLUMN + " > 0));\n"
                + "CREATE VIEW v AS SELECT " + LONG_COLUMN + " FROM " + LONG_TABLE + ";\n");
        String cut = LONG_COLUMN.substring(0, 63);
        assertEquals(java.util.List.of(cut), s.view("v").orElseThrow().columns());
        assertEquals(cut + " > 0", s.table(LONG_TABLE.substring(0, 63)).orElseThrow().checks().get(0).expression());
    }

    static Schema replay(String sql) {
        return new Replayer(D).replay(Schema.EMPTY, new StatementSplitter(Engines.of(D).syntax()).split("m.sql", sql)).schema();
    }
}
