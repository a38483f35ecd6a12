package dev.cairn.dialect.postgres;

import dev.cairn.dialect.SequenceDefaults.Options;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Sequence;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The catalog values the introspector translates without a server. */
class PostgresCatalogValuesTest {

    @Test
    void arrayDimensionsComeFromAttndimsWhenFormatTypePrintsFewer() {
        assertEquals("integer[][]", PostgresIntrospector.withArrayDimensions("integer[]", 2));
        assertEquals("text[]", PostgresIntrospector.withArrayDimensions("text[]", 1));
        assertEquals("text[]", PostgresIntrospector.withArrayDimensions("text[]", 0));
        assertEquals("character varying(10)[][][]", PostgresIntrospector.withArrayDimensions("character varying(10)[]", 3));
        assertEquals("integer", PostgresIntrospector.withArrayDimensions("integer", 0));
    }

    @Test
    void referentialActionLetters() {
        assertEquals(ForeignKeyAction.NO_ACTION, PostgresIntrospector.action("a"));
        assertEquals(ForeignKeyAction.RESTRICT, PostgresIntrospector.action("r"));
        assertEquals(ForeignKeyAction.CASCADE, PostgresIntrospector.action("c"));
        assertEquals(ForeignKeyAction.SET_NULL, PostgresIntrospector.action("n"));
        assertEquals(ForeignKeyAction.SET_DEFAULT, PostgresIntrospector.action("d"));
        assertThrows(IllegalArgumentException.class, () -> PostgresIntrospector.action("x"));
    }

    @Test
    void sequenceDefaultsAreLeftOut() {
        long max = Long.MAX_VALUE;
        long min = Long.MIN_VALUE;
        assertEquals(new Sequence("s", null, null), PostgresIntrospector.sequence("s", new Options("bigint", 1L, 1L, 1L, max, 1L, false)));
        assertEquals(new Sequence("s", null, -1L), PostgresIntrospector.sequence("s", new Options("bigint", -1L, -1L, min, -1L, 1L, false)));
        assertEquals(new Sequence("s", 100L, 5L), PostgresIntrospector.sequence("s", new Options("bigint", 100L, 5L, 1L, max, 1L, false)));
        assertEquals(new Sequence("s", "integer", null, null, null, null, 20L, true),
                PostgresIntrospector.sequence("s", new Options("integer", 1L, 1L, 1L, (long) Integer.MAX_VALUE, 20L, true)));
        assertEquals(new Sequence("s", null, null, null, 10L, 99L, null, false),
                PostgresIntrospector.sequence("s", new Options("bigint", 10L, 1L, 10L, 99L, 1L, false)), "a start at the lower bound is the default");
    }
}
