package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Introspection feeds whatever the catalog holds into the canonicalizers: they must not throw on any text, and their
 * output must be a fixed point (canonical of canonical is canonical), or replayed and introspected models could drift
 * apart after a round through a renderer. Each seed tries every dialect on a batch of generated texts.
 */
class CanonicalFormsProperties {
    private static final String[] TYPE_NAMES = {"int", "INTEGER", "varchar", "character varying", "char", "numeric", "decimal",
            "timestamp", "time", "double precision", "float", "tinyint", "bool", "text", "blob", "enum", "set", "bit", "interval",
            "bpchar", "_int4", "\"Mood\"", "mood", "unsigned big int", "serial", "year", "datetime", "", "[x y]"};
    private static final String[] TYPE_ARGS = {"", "(1)", "(64)", "(10,2)", "( 5 , -2 )", "('a','b')", "(x)", "(", ")", "(1,2,3)"};
    private static final String[] TYPE_SUFFIXES = {"", " unsigned", " with time zone", " without time zone", "[]", "[][]", " array",
            " zerofill", " character set utf8mb4", " collate x", " year to month", " varying"};
    private static final String[] ATOMS = {"a", "\"B c\"", "`d`", "[e]", "1", "-2.50", "1e3", "'x'", "'it''s'", "NULL", "TRUE", "now()",
            "CURRENT_TIMESTAMP", "lower(a)", "CAST(a AS int)", "a::text", "'5'", "0x1f", "x'00'", "?", "$1", "'", "(", "\"select\"",
            "'2020-01-01'", "'10:00'", "\"nothing\"", "`key`"};
    private static final String[] OPERATORS = {" + ", " * ", " = ", " == ", " <> ", " AND ", " OR ", " IN ", " || ", " LIKE ", " IS ",
            " BETWEEN 1 AND ", " ", ", "};

    static Stream<Long> seeds() {
        return RandomCases.seeds(CanonicalFormsProperties.class, 20, 100);
    }

    private static String type(RandomCases r) {
        return r.pick(TYPE_NAMES) + r.pick(TYPE_ARGS) + r.pick(TYPE_SUFFIXES);
    }

    private static String expression(RandomCases r) {
        String text = r.pick(ATOMS) + r.pick(OPERATORS) + r.pick(ATOMS);
        return switch (r.between(0, 2)) {
            case 0 -> "(" + text + ")";
            case 1 -> text + r.pick(OPERATORS) + r.pick(ATOMS);
            default -> text;
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void typesParseBackFromTheirSqlSpelling(long seed) {
        RandomCases r = new RandomCases(seed);
        for (int k = 0; k < 50; k++) {
            String text = type(r);
            for (Dialect dialect : Dialect.values()) {
                SqlType type = Engines.of(dialect).types().parse(text);
                assertNotNull(type.name());
                assertEquals(type, Engines.of(dialect).types().parse(Engines.of(dialect).types().toSql(type)), dialect + ": " + text);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void canonicalIsAFixedPoint(long seed) {
        RandomCases r = new RandomCases(seed);
        for (int k = 0; k < 50; k++) {
            String text = expression(r);
            for (Dialect dialect : Dialect.values()) {
                String once = Engines.of(dialect).expressions().canonical(text);
                assertNotNull(once);
                assertEquals(once, Engines.of(dialect).expressions().canonical(once), dialect + ": canonical of «" + text + "»");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void canonicalDefaultIsAFixedPoint(long seed) {
        RandomCases r = new RandomCases(seed);
        for (int k = 0; k < 50; k++) {
            String typeText = type(r), text = expression(r);
            for (Dialect dialect : Dialect.values()) {
                SqlType t = Engines.of(dialect).types().parse(typeText);
                String once = Engines.of(dialect).expressions().canonicalDefault(text, t);
                assertEquals(once, Engines.of(dialect).expressions().canonicalDefault(once, t), dialect + ": default «" + text + "» on " + typeText);
            }
        }
    }
}
