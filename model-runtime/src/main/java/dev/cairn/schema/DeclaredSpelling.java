package dev.cairn.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

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

    /** {@link #of(Schema, Schema, boolean)} with every reference spelled as declared, foreign keys' targets too. */
    public static Schema of(Schema schema, Schema before) {
        return of(schema, before, false);
    }

    /**
     * As {@link #of(Schema)}, for a schema that grew from {@code before}, which is spelled as declared already: only
     * the tables that are new or replaced since {@code before} are looked at, and the tables referring to one whose
     * spelling (its name, its columns' names) is new. The replay runs this after every migration, so it costs in the
     * tables the migration changed and those referring to them, not in the tables of the schema: a schema built
     * straight from {@code before} knows which keys changed, and every schema knows which tables refer to each table.
     * With {@code targetsAsWritten} (SQLite, {@code KeyRules#keepsForeignKeyTargetsAsWritten}) a foreign key's
     * referenced table and columns stay as the key spells them: the engine keeps and reports them so.
     */
    public static Schema of(Schema schema, Schema before, boolean targetsAsWritten) {
        TableMap now = (TableMap) schema.tables();
        TableMap was = (TableMap) before.tables();
        Set<Table> toLookAt = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> respelled = new ArrayList<>(); // keys of tables whose references elsewhere may now be spelled otherwise
        Set<String> changedKeys = now.keysChangedSince(was);
        if (changedKeys == null) {
            changes(now, was, toLookAt, respelled);
        } else {
            for (String key : changedKeys) changed(key, now.get(key), was.get(key), toLookAt, respelled);
        }
        ReferringTables referring = now.referringTables();
        for (String key : respelled) {
            for (String r : referring.to(key)) {
                Table t = now.get(r);
                if (t != null) toLookAt.add(t);
            }
        }
        Schema.Builder b = null;
        for (Table t : toLookAt) b = respell(schema, t, b, targetsAsWritten);
        return b == null ? schema : b.build();
    }

    /**
     * Walks two maps sorted by the same keys: the tables of {@code now} not in {@code before} as they are. A table
     * dropped since needs nothing: references to a table the schema does not hold stay as they are.
     */
    private static void changes(SortedMap<String, Table> now, SortedMap<String, Table> before, Set<Table> changed, List<String> respelled) {
        Iterator<Map.Entry<String, Table>> was = before.entrySet().iterator();
        Map.Entry<String, Table> old = was.hasNext() ? was.next() : null;
        for (Map.Entry<String, Table> e : now.entrySet()) {
            while (old != null && old.getKey().compareTo(e.getKey()) < 0) old = was.hasNext() ? was.next() : null;
            Table previous = old != null && old.getKey().equals(e.getKey()) ? old.getValue() : null;
            changed(e.getKey(), e.getValue(), previous, changed, respelled);
        }
    }

    /** Notes the table now under {@code key} if it is not the one before (null: none). */
    private static void changed(String key, Table t, Table previous, Set<Table> changed, List<String> respelled) {
        if (t == null || previous == t) return;
        changed.add(t);
        if (previous == null || !sameSpelling(previous, t)) respelled.add(key);
    }

    /** Whether references to either table are spelled alike: the same name, the same column names in order. */
    private static boolean sameSpelling(Table a, Table b) {
        if (!a.name().equals(b.name()) || a.columns().size() != b.columns().size()) return false;
        for (int i = 0; i < a.columns().size(); i++) if (!a.columns().get(i).name().equals(b.columns().get(i).name())) return false;
        return true;
    }

    private static Schema.Builder respell(Schema schema, Table t, Schema.Builder b, boolean targetsAsWritten) {
        if (isSpelled(schema, t, targetsAsWritten)) return b;
        Table s = spelled(schema, t, targetsAsWritten);
        if (s.equals(t)) return b; // names compare with case here: a respelled reference is a change
        if (b == null) b = schema.toBuilder();
        b.putTable(s);
        return b;
    }

    /** Whether every reference in the table already spells its table and columns as declared. */
    private static boolean isSpelled(Schema schema, Table t, boolean targetsAsWritten) {
        if (t.primaryKey() != null && !isSpelled(t, t.primaryKey().columns())) return false;
        for (UniqueConstraint u : t.uniqueConstraints()) if (!isSpelled(t, u.columns())) return false;
        for (Index i : t.indexes()) {
            for (IndexKey k : i.keys()) if (k.isColumn() && !isSpelled(t, k.column())) return false;
        }
        for (ForeignKey f : t.foreignKeys()) {
            if (!isSpelled(t, f.columns())) return false;
            if (targetsAsWritten) continue;
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

    private static Table spelled(Schema schema, Table t, boolean targetsAsWritten) {
        PrimaryKey pk = t.primaryKey() == null ? null : t.primaryKey().withColumns(columns(t, t.primaryKey().columns())).withInclude(columns(t, t.primaryKey().include()));
        List<UniqueConstraint> uniques = t.uniqueConstraints().stream().map(u -> u.withColumns(columns(t, u.columns())).withInclude(columns(t, u.include()))).toList();
        List<Index> indexes = t.indexes().stream().map(i -> i.withKeys(i.keys().stream()
                .map(k -> k.isColumn() ? k.withColumn(column(t, k.column())) : k).toList()).withInclude(columns(t, i.include()))).toList();
        List<ForeignKey> fks = new ArrayList<>();
        for (ForeignKey f : t.foreignKeys()) {
            ForeignKey keyed = f.withColumns(columns(t, f.columns()));
            fks.add(targetsAsWritten ? keyed : withTargetAsDeclared(schema, t, keyed));
        }
        return t.withPrimaryKey(pk).withUniqueConstraints(uniques).withIndexes(indexes).withForeignKeys(fks);
    }

    /** The foreign key of table {@code t} with its referenced table and columns spelled as {@code schema} declares them. */
    private static ForeignKey withTargetAsDeclared(Schema schema, Table t, ForeignKey f) {
        Table target = Names.same(f.referencedTable(), t.name()) ? t : schema.table(f.referencedTable()).orElse(null);
        return target == null ? f : f.withReference(target.name(), columns(target, f.referencedColumns()));
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
