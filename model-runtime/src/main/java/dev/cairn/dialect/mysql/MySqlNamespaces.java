package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Namespaces;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.util.function.Predicate;

/**
 * MySQL and MariaDB: tables, views and (MariaDB) sequences share one namespace; key, index and check names are unique
 * in their table, and InnoDB wants a foreign key's name unique in the schema (apart from key and check names: a key
 * may share its foreign key's name).
 */
final class MySqlNamespaces implements Namespaces {

    @Override
    public String relationHolder(Schema.Builder schema, String name, boolean withTypes) {
        if (schema.table(name).isPresent()) return "table";
        if (schema.view(name).isPresent()) return "view";
        if (schema.sequence(name).isPresent()) return "sequence";
        return null;
    }

    /**
     * Keys (the primary key, unique keys, indexes) share one namespace per table; a CHECK constraint's name must differ
     * from the table's other constraints (CHECK, foreign key, unique and primary key), not from its plain indexes.
     */
    @Override
    public boolean constraintNameTaken(Schema.Builder schema, Table table, String name, ConstraintKind kind) {
        return switch (kind) {
            case FOREIGN_KEY -> schema.hasPartNamed(name) && schema.tables().stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), name)))
                    || checkOrForeignKeyNamed(table, name);
            // a MariaDB column CHECK holds its column's present name here (the name it was given stays after a rename)
            case CHECK -> checkOrForeignKeyNamed(table, name) || table.checks().stream().anyMatch(c -> c.belongsTo(name)) || name.equalsIgnoreCase("PRIMARY")
                    || table.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name));
            case KEY -> !name.equals("PRIMARY") && keyNamed(table, name);
        };
    }

    /** The engine picks a key's name ({@code c}, {@code c_2}) among the table's keys only. */
    @Override
    public Predicate<String> takenByGeneratedNames(Schema.Builder schema, Table table) {
        return name -> name != null && keyNamed(table, name);
    }

    @Override
    public String indexNameConflict(Schema.Builder schema, Table table, String name) {
        return keyNamed(table, name) ? "index " + name + " already exists" : null;
    }

    @Override
    public boolean indexNamesPerTable() {
        return true;
    }

    private static boolean keyNamed(Table t, String name) {
        if (t.primaryKey() != null && Names.same(t.primaryKey().name(), name)) return true;
        return t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name))
                || t.indexes().stream().anyMatch(i -> Names.same(i.name(), name));
    }

    private static boolean checkOrForeignKeyNamed(Table t, String name) {
        return t.checks().stream().anyMatch(c -> Names.same(c.name(), name)) || t.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), name));
    }
}
