package dev.cairn.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spells every reference to a table or column the way its declaration spells it. Engines resolve names without regard
 * to case, and their catalogs echo a reference sometimes as written ({@code REFERENCES T (C2)}) and sometimes as
 * declared; with one spelling, models of the same schema compare equal however the DDL happened to write its names.
 * References to tables or columns the schema does not hold (SQLite allows them) stay as written.
 */
public final class DeclaredSpelling {
    private DeclaredSpelling() {
    }

    public static Schema of(Schema schema) {
        return of(schema, Schema.EMPTY);
    }

    /**
     * As {@link #of(Schema)}, for a schema that grew from {@code before}, which is spelled as declared already: a table
     * {@code before} holds as it is, whose referenced tables are as they were too, is not looked at again.
     */
    public static Schema of(Schema schema, Schema before) {
        Schema.Builder b = null;
        for (Map.Entry<String, Table> e : schema.tables().entrySet()) {
            Table t = e.getValue();
            if (before.tables().get(e.getKey()) == t && referencesUnchanged(schema, before, t)) continue;
            // the replay runs this after every migration: a table already spelled costs a few lookups, no copies
            if (isSpelled(schema, t)) continue;
            Table s = spelled(schema, t);
            if (!s.equals(t)) { // names compare with case here: a respelled reference is a change
                if (b == null) b = schema.toBuilder();
                b.putTable(s);
            }
        }
        return b == null ? schema : b.build();
    }

    private static boolean referencesUnchanged(Schema schema, Schema before, Table t) {
        for (ForeignKey f : t.foreignKeys()) {
            String target = Names.key(f.referencedTable());
            if (schema.tables().get(target) != before.tables().get(target)) return false;
        }
        return true;
    }

    /** Whether every reference in the table already spells its table and columns as declared. */
    private static boolean isSpelled(Schema schema, Table t) {
        if (t.primaryKey() != null && !isSpelled(t, t.primaryKey().columns())) return false;
        for (UniqueConstraint u : t.uniqueConstraints()) if (!isSpelled(t, u.columns())) return false;
        for (Index i : t.indexes()) {
            for (IndexKey k : i.keys()) if (k.isColumn() && !isSpelled(t, k.column())) return false;
        }
        for (ForeignKey f : t.foreignKeys()) {
            if (!isSpelled(t, f.columns())) return false;
            Table target = Names.same(f.referencedTable(), t.name()) ? t : schema.table(f.referencedTable()).orElse(null);
            if (target != null && (!target.name().equals(f.referencedTable()) || !isSpelled(target, f.referencedColumns()))) return false;
        }
        return true;
    }

    private static boolean isSpelled(Table t, List<String> names) {
        for (String n : names) if (!isSpelled(t, n)) return false;
        return true;
    }

    /** As {@link #column}: the first column of that name decides; a name the table does not declare stays as written. */
    private static boolean isSpelled(Table t, String name) {
        for (Column c : t.columns()) if (Names.same(c.name(), name)) return c.name().equals(name);
        return true;
    }

    private static Table spelled(Schema schema, Table t) {
        PrimaryKey pk = t.primaryKey() == null ? null : new PrimaryKey(t.primaryKey().name(), columns(t, t.primaryKey().columns()));
        List<UniqueConstraint> uniques = t.uniqueConstraints().stream().map(u -> new UniqueConstraint(u.name(), columns(t, u.columns()))).toList();
        List<Index> indexes = t.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.keys().stream()
                .map(k -> k.isColumn() ? new IndexKey(column(t, k.column()), null, k.descending()) : k).toList(), i.where(), i.method())).toList();
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey f : t.foreignKeys()) {
            Table target = Names.same(f.referencedTable(), t.name()) ? t : schema.table(f.referencedTable()).orElse(null);
            fks.add(new ForeignKey(f.name(), columns(t, f.columns()), target == null ? f.referencedTable() : target.name(),
                    target == null ? f.referencedColumns() : columns(target, f.referencedColumns()), f.onDelete(), f.onUpdate()));
        }
        return t.withPrimaryKey(pk).withUniqueConstraints(uniques).withIndexes(indexes).withForeignKeys(fks);
    }

    private static List<String> columns(Table t, List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) out.add(column(t, n));
        return out;
    }

    private static String column(Table t, String name) {
        return t.column(name).map(Column::name).orElse(name);
    }
}
