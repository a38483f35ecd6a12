package dev.cairn.dialect.postgres;

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
        assertEquals(new Sequence("s", null, null), PostgresIntrospector.sequence("s", 1, 1));
        assertEquals(new Sequence("s", null, -1L), PostgresIntrospector.sequence("s", -1, -1));
        assertEquals(new Sequence("s", 1L, -1L), PostgresIntrospector.sequence("s", 1, -1));
        assertEquals(new Sequence("s", 100L, 5L), PostgresIntrospector.sequence("s", 100, 5));
    }
}
