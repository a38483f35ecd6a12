package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.TakenNames;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.util.function.Predicate;

/** SQLite: tables, views and indexes share one namespace; constraint names are not checked. */
final class SqliteNamespaces implements Namespaces {

    @Override
    public String relationHolder(Schema.Builder schema, String name, boolean withTypes) {
        if (schema.table(name).isPresent()) return "table";
        if (schema.view(name).isPresent()) return "view";
        if (schema.hasPartNamed(name)) {
            for (Table t : schema.tables()) if (t.index(name).isPresent()) return "index";
        }
        return null;
    }

    @Override
    public boolean constraintNameTaken(Schema.Builder schema, Table table, String name, ConstraintKind kind) {
        return false;
    }

    @Override
    public Predicate<String> takenByGeneratedNames(Schema.Builder schema, Table table) {
        return TakenNames.takenInSchema(schema, table);
    }

    @Override
    public String indexNameConflict(Schema.Builder schema, Table table, String name) {
        String holder = relationHolder(schema, name, false);
        if (holder == null) return null;
        return holder.equals("index") ? "index " + name + " already exists" : "there is already a " + holder + " named " + name;
    }

    @Override
    public boolean indexNamesPerTable() {
        return false;
    }
}
