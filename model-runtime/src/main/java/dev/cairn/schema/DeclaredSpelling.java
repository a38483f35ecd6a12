package dev.cairn.schema;

import java.util.ArrayList;
import java.util.List;

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
        Schema.Builder b = schema.toBuilder();
        boolean changed = false;
        for (Table t : schema.tables().values()) {
            if (spelledAsDeclared(schema, t)) continue; // the common case, checked without building a table
            Table s = spelled(schema, t);
            if (!s.equals(t)) { // names compare with case here: a respelled reference is a change
                b.putTable(s);
                changed = true;
            }
        }
        return changed ? b.build() : schema;
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

    private static boolean spelledAsDeclared(Schema schema, Table t) {
        if (t.primaryKey() != null && !asDeclared(t, t.primaryKey().columns())) return false;
        for (UniqueConstraint u : t.uniqueConstraints()) if (!asDeclared(t, u.columns())) return false;
        for (Index i : t.indexes())
            for (IndexKey k : i.keys()) if (k.isColumn() && !column(t, k.column()).equals(k.column())) return false;
        for (ForeignKey f : t.foreignKeys()) {
            if (!asDeclared(t, f.columns())) return false;
            Table target = Names.same(f.referencedTable(), t.name()) ? t : schema.table(f.referencedTable()).orElse(null);
            if (target != null && (!target.name().equals(f.referencedTable()) || !asDeclared(target, f.referencedColumns()))) return false;
        }
        return true;
    }

    private static boolean asDeclared(Table t, List<String> names) {
        for (String n : names) if (!column(t, n).equals(n)) return false;
        return true;
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
