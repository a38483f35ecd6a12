package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.schema.SqlType;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A quoted type name in a cast is a name of its own unless PostgreSQL would fold it to the same bare word: the
 * {@code 'a'::"mood_Ñandú5"} pg_get_expr prints for a default of an enum column named so is the column's own type and
 * drops like any other, and {@code 'a'::"Mood"} on a text column keeps its quotes (a fresh CI seed found the first, seed
 * 5076369996089874387: the cast type was folded to {@code mood_ñandú5}, a type that does not exist).
 */
class PostgresQuotedTypeNamesTest {
    private static final ExpressionCanonicalizer EXPRESSIONS = PostgresEngine.INSTANCE.expressions();

    private static SqlType type(String written) {
        return PostgresEngine.INSTANCE.types().parse(written);
    }

    @Test
    void aCastToAQuotedTypeKeepsItsQuotesUnlessTheEngineWouldFoldIt() {
        assertEquals("'a'", EXPRESSIONS.canonicalDefault("'a'::\"mood_Ñandú5\"", type("\"mood_Ñandú5\"")));
        assertEquals("'a'", EXPRESSIONS.canonicalDefault("'a'::\"Mood\"", type("\"Mood\"")));
        assertEquals("'a'::\"Mood\"", EXPRESSIONS.canonicalDefault("'a'::\"Mood\"", type("text")));
        assertEquals("'a'::\"mood_Ñandú5\"", EXPRESSIONS.canonicalDefault("'a'::\"mood_Ñandú5\"", type("text")));
        assertEquals(EXPRESSIONS.canonicalDefault("'a'::mood", type("text")), EXPRESSIONS.canonicalDefault("'a'::\"mood\"", type("text")),
                "a quoted name the engine would fold is the bare word");
        assertEquals(EXPRESSIONS.canonical("CAST(x AS \"Mood\")"), EXPRESSIONS.canonical("x::\"Mood\""));
        org.junit.jupiter.api.Assertions.assertTrue(EXPRESSIONS.canonical("x::\"Mood\"").contains("\"Mood\""), EXPRESSIONS.canonical("x::\"Mood\""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"mood_Ñandú5\"", "\"Mood\"", "\"mood_café\"", "\"MOOD x\"", "\"mood\""})
    void anEnumColumnsDefaultAndACastToItValidateAfterUpgradeAndDowns(String typeName) throws SQLException {
        List<String> statements = List.of(
                "CREATE TYPE " + typeName + " AS ENUM ('a', 'b')",
                "CREATE TABLE t (id int PRIMARY KEY, m " + typeName + " DEFAULT 'a', t text DEFAULT 'b'::" + typeName + ", "
                        + "CHECK (m <> 'b'::" + typeName + "))",
                "ALTER TABLE t ADD COLUMN n " + typeName + " NOT NULL DEFAULT 'b'",
                "ALTER TABLE t ALTER COLUMN t SET DEFAULT 'a'::" + typeName);
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.single("quoted type", String.join(";\n", statements) + ";\n"));
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.POSTGRESQL, SchemaInvariants.oneStatementEach(statements));
    }
}
