package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small answers of the model's records that messages, renderers and replay rely on. */
class ModelPartsTest {
    @Test
    void aTypeIsWrittenWithItsLengthPrecisionValuesSignAndArrays() {
        assertEquals("varchar(20)", new SqlType("varchar", TypeFamily.VARCHAR, 20, null, null, 0, null, false, null).canonical());
        assertEquals("numeric(10,2)", new SqlType("numeric", TypeFamily.DECIMAL, null, 10, 2, 0, null, false, null).canonical());
        assertEquals("numeric(10)", new SqlType("numeric", TypeFamily.DECIMAL, null, 10, null, 0, null, false, null).canonical());
        assertEquals("enum('a','it''s')", new SqlType("enum", TypeFamily.ENUM, null, null, null, 0, List.of("a", "it's"), false, null).canonical());
        assertEquals("int unsigned", new SqlType("int", TypeFamily.INTEGER, null, null, null, 0, null, true, null).canonical());
        assertEquals("text[][]", new SqlType("text", TypeFamily.TEXT, null, null, null, 2, null, false, null).canonical());
        assertEquals("int", SqlType.of("int", TypeFamily.INTEGER).canonical());
    }

    @Test
    void characterTypesHoldCharactersAndMySqlSetToo() {
        for (TypeFamily f : List.of(TypeFamily.CHAR, TypeFamily.VARCHAR, TypeFamily.TEXT, TypeFamily.ENUM)) {
            assertTrue(SqlType.of("x", f).holdsCharacters(), f.name());
        }
        assertTrue(SqlType.of("set", TypeFamily.OTHER).holdsCharacters());
        assertFalse(SqlType.of("geometry", TypeFamily.OTHER).holdsCharacters());
        assertFalse(SqlType.of("int", TypeFamily.INTEGER).holdsCharacters());
        assertFalse(SqlType.of("bytea", TypeFamily.BINARY).holdsCharacters());
    }

    @Test
    void aForeignKeyActionIsReadAsWrittenOrByName() {
        assertEquals(ForeignKeyAction.SET_NULL, ForeignKeyAction.parse(" set   null "));
        assertEquals(ForeignKeyAction.SET_DEFAULT, ForeignKeyAction.parse("SET_DEFAULT"));
        assertEquals(ForeignKeyAction.NO_ACTION, ForeignKeyAction.parse("no action"));
        assertEquals(ForeignKeyAction.CASCADE, ForeignKeyAction.parse("Cascade"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForeignKeyAction.parse("SET LATER"));
        assertEquals("unknown foreign key action: SET LATER", e.getMessage());
    }

    @Test
    void aColumnCheckBelongsToItsColumnInAnyCaseAndATableCheckToNone() {
        assertTrue(new CheckConstraint(null, "age > 0", "age").belongsTo("AGE"));
        assertFalse(new CheckConstraint(null, "age > 0", "age").belongsTo("other"));
        assertFalse(new CheckConstraint("c1", "age > 0").belongsTo("age"));
    }

    @Test
    void aRoutineDescribesItselfWithWhatItHas() {
        assertEquals("trigger tr on t BEFORE INSERT OR UPDATE OF a FOR EACH ROW", new Routine(Routine.Kind.TRIGGER, "tr", "t", "BEFORE",
                List.of("INSERT", "UPDATE OF a"), "FOR EACH ROW", "CREATE TRIGGER …").describe());
        assertEquals("function f", new Routine(Routine.Kind.FUNCTION, "f", null, null, List.of(), "", "CREATE FUNCTION f() …").describe());
        assertEquals("extension pgcrypto", new Routine(Routine.Kind.EXTENSION, "pgcrypto", null, null, List.of(), "", "CREATE EXTENSION pgcrypto").describe());
    }
}
