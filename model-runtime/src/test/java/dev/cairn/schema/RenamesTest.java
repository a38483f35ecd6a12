package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a rename rewrites, and what it must leave alone: expressions, trigger column lists, enum defaults. */
class RenamesTest {
    private static final SqlType INT = SqlType.of("int", TypeFamily.INTEGER);

    @Test
    void anExpressionNamesTheNewColumnWhereverItNamedTheOld() {
        assertEquals("z > 0 AND other < z", Renames.inExpression("c > 0 AND other < c", "c", "z"));
        assertEquals("\"New c\" + 1", Renames.inExpression("\"c\" + 1", "c", "\"New c\""), "a quoted reference");
        assertEquals("t.z = 1", Renames.inExpression("t.c = 1", "c", "z"), "a qualified reference");
    }

    @Test
    void anExpressionKeepsFunctionsAliasesLiteralsAndOtherNames() {
        assertEquals("c(1) + z", Renames.inExpression("c(1) + c", "c", "z"), "a function named like the column stays");
        assertEquals("SELECT z AS c FROM t", Renames.inExpression("SELECT c AS c FROM t", "c", "z"), "an alias stays");
        assertEquals("'c' || z", Renames.inExpression("'c' || c", "c", "z"), "a string literal stays");
        assertEquals("cc + c_1", Renames.inExpression("cc + c_1", "c", "z"), "a longer name stays");
        String unchanged = "a + b";
        assertSame(unchanged, Renames.inExpression(unchanged, "c", "z"), "nothing to rename: the same text");
        assertNull(Renames.inExpression(null, "c", "z"));
    }

    @Test
    void mentionsFindsANameAsAWordOrQuotedNotInsideALiteralOrAnotherName() {
        assertTrue(Renames.mentions("SELECT a FROM users", "users"));
        assertTrue(Renames.mentions("SELECT \"users\".a FROM \"users\"", "users"));
        assertFalse(Renames.mentions("SELECT 'users' FROM t", "users"));
        assertFalse(Renames.mentions("SELECT a FROM users2", "users"));
        assertFalse(Renames.mentions(null, "users"));
    }

    @Test
    void aNameIsWrittenBareWhenPlainElseQuoted() {
        assertEquals("plain_1", Renames.plainOrQuoted("plain_1"));
        assertEquals("\"two words\"", Renames.plainOrQuoted("two words"));
        assertEquals("\"say \"\"hi\"\"\"", Renames.plainOrQuoted("say \"hi\""));
        assertEquals("\"1st\"", Renames.plainOrQuoted("1st"));
    }

    @Test
    void aTriggerOnUpdateOfTheColumnNamesItsNewNameInItsEventsAndText() {
        Schema.Builder schema = Schema.EMPTY.toBuilder();
        schema.putTable(Table.of("t", List.of(Column.of("a", INT, true), Column.of("b", INT, true))));
        Routine onA = new Routine(Routine.Kind.TRIGGER, "tr_a", "t", "AFTER", List.of("UPDATE OF a, b"), "BEGIN SELECT a; END",
                "CREATE TRIGGER tr_a AFTER UPDATE OF a, b ON t BEGIN SELECT a; END");
        Routine onInsert = new Routine(Routine.Kind.TRIGGER, "tr_i", "t", "AFTER", List.of("INSERT"), "BEGIN SELECT a; END",
                "CREATE TRIGGER tr_i AFTER INSERT ON t BEGIN SELECT a; END");
        schema.putRoutine(onA);
        schema.putRoutine(onInsert);
        Renames.renameColumn(schema, "t", "a", "z");
        Schema after = schema.build();
        Routine renamed = after.routine(Routine.Kind.TRIGGER, "t", "tr_a").orElseThrow();
        assertEquals(List.of("UPDATE OF z, b"), renamed.events());
        assertEquals("CREATE TRIGGER tr_a AFTER UPDATE OF z, b ON t BEGIN SELECT a; END", renamed.source(),
                "only the UPDATE OF list: the body is the engine's to keep or refuse");
        assertEquals(onInsert, after.routine(Routine.Kind.TRIGGER, "t", "tr_i").orElseThrow(), "a trigger without UPDATE OF is left alone");
        assertEquals(List.of("z", "b"), after.table("t").orElseThrow().columns().stream().map(Column::name).toList());
    }

    @Test
    void aRelabelledEnumValueIsTheNewLabelInTheDefaultsOfItsColumnsOnly() {
        SqlType mood = SqlType.of("mood", TypeFamily.ENUM);
        Schema.Builder schema = Schema.EMPTY.toBuilder();
        schema.putTable(Table.of("t", List.of(Column.of("m", mood, true).withDefault("'ok'"), Column.of("s", SqlType.of("text", TypeFamily.TEXT), true).withDefault("'ok'"),
                Column.of("n", mood, true).withDefault("'sad'"))));
        EnumType before = new EnumType("mood", List.of("ok", "sad"), null);
        Renames.relabelDefaults(schema, before, new EnumType("mood", List.of("it's fine", "sad"), null));
        List<String> defaults = schema.build().table("t").orElseThrow().columns().stream().map(Column::defaultExpression).toList();
        assertEquals(List.of("'it''s fine'", "'ok'", "'sad'"), defaults);
        Schema.Builder unchanged = Schema.EMPTY.toBuilder();
        Table t = Table.of("t", List.of(Column.of("m", mood, true).withDefault("'ok'")));
        unchanged.putTable(t);
        Renames.relabelDefaults(unchanged, before, new EnumType("mood", List.of("fine", "sad", "glad"), null));
        assertEquals(t, unchanged.build().table("t").orElseThrow(), "a value added is no relabelling");
    }
}
