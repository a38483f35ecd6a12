package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Some records of the model write out {@code toString} or {@code equals} instead of letting the compiler generate them
 * (a generated one is a method-handle bootstrap, slow in a cold JVM): they must still behave as the generated ones.
 */
class WrittenOutRecordMethodsTest {
    private static final SqlType INT = SqlType.of("integer", TypeFamily.INTEGER);

    @Test
    void writtenOutToStringsPrintWhatTheRecordWouldPrint() throws Exception {
        List<Record> parts = List.of(
                new ForeignKey(null, List.of("user_id", "org_id"), "users", List.of("id", "org"), ForeignKeyAction.CASCADE, null),
                new ForeignKey("fk_posts_user", List.of("user_id"), "users", List.of("id"), null, ForeignKeyAction.SET_NULL),
                new UniqueConstraint(null, List.of("a", "b")), new UniqueConstraint("uq", List.of("a")),
                new CheckConstraint(null, "a > 0"), new CheckConstraint("ck_a", "a IS NOT NULL"), new CheckConstraint("a", "a > 0", "a"));
        for (Record r : parts) assertEquals(asRecordPrintsIt(r), r.toString());
    }

    @Test
    void tablesAreEqualWhenEveryComponentIsAndUnequalWhenAnyDiffers() {
        assertEquals(10, Table.class.getRecordComponents().length, "a new component must be compared in Table.equals and hashed");
        Table t = table("t", List.of(Column.of("id", INT, false)), new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uq", List.of("id"))), List.of(new CheckConstraint(null, "id > 0")),
                List.of(new ForeignKey(null, List.of("id"), "u", List.of("id"), null, null)),
                List.of(new Index("ix", false, List.of(new IndexKey("id", null, false)), null, null)), "about t", Map.of("strict", ""));
        Table same = table("t", List.of(Column.of("id", INT, false)), new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uq", List.of("id"))), List.of(new CheckConstraint(null, "id > 0")),
                List.of(new ForeignKey(null, List.of("id"), "u", List.of("id"), null, null)),
                List.of(new Index("ix", false, List.of(new IndexKey("id", null, false)), null, null)), "about t", Map.of("strict", ""));
        assertEquals(t, same);
        assertEquals(t.hashCode(), same.hashCode());

        List<Table> others = new ArrayList<>();
        others.add(new Table("T", t.columns(), t.primaryKey(), t.uniqueConstraints(), t.checks(), t.foreignKeys(), t.indexes(), t.comment(), t.options()));
        others.add(t.withColumns(List.of(Column.of("id", INT, true))));
        others.add(t.withColumns(List.of(Column.of("id", INT, false), Column.of("x", INT, true))));
        others.add(t.withPrimaryKey(null));
        others.add(t.withUniqueConstraints(List.of()));
        others.add(new Table("t", t.columns(), t.primaryKey(), t.uniqueConstraints(), List.of(), t.foreignKeys(), t.indexes(), t.comment(), t.options()));
        others.add(t.withForeignKeys(List.of(new ForeignKey(null, List.of("id"), "v", List.of("id"), null, null))));
        others.add(t.withIndexes(List.of()));
        others.add(t.withComment(null));
        others.add(new Table("t", t.columns(), t.primaryKey(), t.uniqueConstraints(), t.checks(), t.foreignKeys(), t.indexes(), t.comment(), Map.of()));
        others.add(t.withPolicies(List.of(new Policy("p", true, "ALL", List.of(), "id > 0", null))));
        for (Table other : others) {
            assertNotEquals(t, other, other.toString());
            assertNotEquals(other, t, other.toString());
        }
    }

    private static Table table(String name, List<Column> columns, PrimaryKey pk, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
                               List<ForeignKey> fks, List<Index> indexes, String comment, Map<String, String> options) {
        return new Table(name, columns, pk, uniques, checks, fks, indexes, comment, options);
    }

    /** The text {@code java.lang.runtime.ObjectMethods} gives a record: {@code Name[a=1, b=x]}. */
    private static String asRecordPrintsIt(Record r) throws Exception {
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) parts.add(c.getName() + "=" + c.getAccessor().invoke(r));
        return r.getClass().getSimpleName() + "[" + String.join(", ", parts) + "]";
    }
}
