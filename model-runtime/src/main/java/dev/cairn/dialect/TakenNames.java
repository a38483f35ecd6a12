package dev.cairn.dialect;

import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/** The names in use that a generated constraint or index name must not take, for the engines' {@link Namespaces}. */
public final class TakenNames {
    private TakenNames() {
    }

    /** Names in use in the schema (tables and their keys, constraints and indexes), and in {@code pending}, a table being created or altered (or null). */
    public static Predicate<String> takenInSchema(Schema.Builder schema, Table pending) {
        Set<String> names = new HashSet<>();
        if (pending != null) {
            names.add(Names.key(pending.name()));
            collect(pending, names);
        }
        return n -> n != null && (names.contains(Names.key(n)) || schema.hasPartNamed(n) || schema.table(n).isPresent());
    }

    /** Names in use inside one table (the table's own name is free). */
    public static Predicate<String> takenInTable(Table table) {
        Set<String> names = new HashSet<>();
        collect(table, names);
        return n -> n != null && names.contains(Names.key(n));
    }

    private static void collect(Table t, Set<String> names) {
        if (t.primaryKey() != null && t.primaryKey().name() != null) names.add(Names.key(t.primaryKey().name()));
        for (UniqueConstraint u : t.uniqueConstraints()) if (u.name() != null) names.add(Names.key(u.name()));
        for (CheckConstraint c : t.checks()) if (c.name() != null) names.add(Names.key(c.name()));
        for (ForeignKey f : t.foreignKeys()) if (f.name() != null) names.add(Names.key(f.name()));
        for (Index i : t.indexes()) names.add(Names.key(i.name()));
    }
}
