package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an engine wants a written name to be unique.
 * <ul>
 * <li>Relations: tables and views everywhere; on SQLite also indexes; on PostgreSQL also indexes (a primary key or unique
 * constraint is one), sequences, and for a new table or view the types (a table has a row type); on MariaDB sequences.</li>
 * <li>Constraints: SQLite checks none. PostgreSQL wants a constraint's name unique among its table's constraints, and a
 * primary key's or unique constraint's also among the relations. MySQL/MariaDB want key, index and check names unique in
 * the table, and InnoDB a foreign key's in the schema.</li>
 * </ul>
 */
final class Namespaces {
    /** What a written constraint name is: a key (primary, unique, index), a check or a foreign key. */
    enum ConstraintKind { KEY, CHECK, FOREIGN_KEY }

    private Namespaces() {
    }

    /**
     * What already holds {@code name} where a new table, view, index or sequence would go ("table", "view", "index",
     * "sequence", "type"), or null when it is free. {@code withTypes}: a new table or view also needs a free type name.
     */
    static String relationHolder(Dialect dialect, Schema.Builder schema, String name, boolean withTypes) {
        if (schema.table(name).isPresent()) return "table";
        if (schema.view(name).isPresent()) return "view";
        if (dialect != Dialect.SQLITE && schema.sequence(name).isPresent()) return "sequence";
        if (dialect == Dialect.POSTGRESQL && withTypes && schema.enumType(name).isPresent()) return "type";
        if (!dialect.isMySqlFamily() && schema.hasPartNamed(name)) {
            for (Table t : schema.tables()) if (holdsIndex(dialect, t, name)) return "index";
        }
        return null;
    }

    /** A problem message for a name {@link #relationHolder} found taken. */
    static String taken(String holder, String name) {
        return holder.equals("table") ? "table " + name + " already exists"
                : "there is already " + (holder.equals("index") ? "an " : "a ") + holder + " named " + name;
    }

    /** Whether a written constraint name of {@code table} (as it stands, being created or altered) is taken. */
    static boolean constraintNameTaken(Dialect dialect, Schema.Builder schema, Table table, String name, ConstraintKind kind) {
        return switch (dialect) {
            case SQLITE -> false;
            case POSTGRESQL -> constraintNames(table).stream().anyMatch(n -> Names.same(n, name))
                    || kind == ConstraintKind.KEY && (Names.same(table.name(), name) || holdsIndex(dialect, table, name)
                    || otherRelationHolds(dialect, schema, table, name));
            // InnoDB keeps foreign key names apart from key and check names: a key may share its foreign key's name
            case MYSQL, MARIADB -> kind == ConstraintKind.FOREIGN_KEY
                    ? schema.hasPartNamed(name) && schema.tables().stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), name)))
                      || table.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), name))
                    : !name.equals("PRIMARY") && keyOrCheckNamed(table, name);
        };
    }

    private static boolean keyOrCheckNamed(Table t, String name) {
        if (t.primaryKey() != null && Names.same(t.primaryKey().name(), name)) return true;
        return t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name))
                || t.checks().stream().anyMatch(c -> Names.same(c.name(), name))
                || t.indexes().stream().anyMatch(i -> Names.same(i.name(), name));
    }

    private static boolean otherRelationHolds(Dialect dialect, Schema.Builder schema, Table table, String name) {
        if (schema.view(name).isPresent() || schema.sequence(name).isPresent()) return true;
        if (schema.table(name).isPresent()) return true;
        if (!schema.hasPartNamed(name)) return false;
        return schema.tables().stream().anyMatch(t -> !Names.same(t.name(), table.name()) && holdsIndex(dialect, t, name));
    }

    /** An index by this name: a declared index, or on PostgreSQL the index of a primary key or unique constraint. */
    private static boolean holdsIndex(Dialect dialect, Table t, String name) {
        if (t.index(name).isPresent()) return true;
        if (dialect != Dialect.POSTGRESQL) return false;
        if (t.primaryKey() != null && Names.same(t.primaryKey().name(), name)) return true;
        return t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name));
    }

    private static List<String> constraintNames(Table t) {
        List<String> names = new ArrayList<>();
        if (t.primaryKey() != null) names.add(t.primaryKey().name());
        for (UniqueConstraint u : t.uniqueConstraints()) names.add(u.name());
        for (CheckConstraint c : t.checks()) names.add(c.name());
        for (ForeignKey f : t.foreignKeys()) names.add(f.name());
        return names;
    }
}
