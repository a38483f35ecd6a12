package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.TakenNames;
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

    @Override
    public boolean constraintNameTaken(Schema.Builder schema, Table table, String name, ConstraintKind kind) {
        if (kind == ConstraintKind.FOREIGN_KEY) {
            return schema.hasPartNamed(name) && schema.tables().stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), name)))
                    || table.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), name));
        }
        return !name.equals("PRIMARY") && keyOrCheckNamed(table, name);
    }

    @Override
    public Predicate<String> takenByGeneratedNames(Schema.Builder schema, Table table) {
        return TakenNames.takenInTable(table);
    }

    @Override
    public String indexNameConflict(Schema.Builder schema, Table table, String name) {
        return TakenNames.takenInTable(table).test(name) ? "index " + name + " already exists" : null;
    }

    @Override
    public boolean indexNamesPerTable() {
        return true;
    }

    private static boolean keyOrCheckNamed(Table t, String name) {
        if (t.primaryKey() != null && Names.same(t.primaryKey().name(), name)) return true;
        return t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name))
                || t.checks().stream().anyMatch(c -> Names.same(c.name(), name))
                || t.indexes().stream().anyMatch(i -> Names.same(i.name(), name));
    }
}
