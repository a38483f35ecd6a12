package dev.cairn.dialect;

import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.util.function.Predicate;

/**
 * Where the engine wants a name to be unique: among the relations (tables, views, and per engine indexes, sequences,
 * types), among a table's constraints, or in a table only (MySQL's and MariaDB's indexes).
 */
public interface Namespaces {

    /** What a written constraint name is: a key (primary, unique, index), a check or a foreign key. */
    enum ConstraintKind { KEY, CHECK, FOREIGN_KEY }

    /**
     * What already holds {@code name} where a new table, view, index or sequence would go ("table", "view", "index",
     * "sequence", "type"), or null when it is free. {@code withTypes}: a new table or view also needs a free type name
     * (on PostgreSQL a table has a row type).
     */
    String relationHolder(Schema.Builder schema, String name, boolean withTypes);

    /** Whether a written constraint name of {@code table} (as it stands, being created or altered) is taken. */
    boolean constraintNameTaken(Schema.Builder schema, Table table, String name, ConstraintKind kind);

    /** The names a name the engine generates for a constraint or index of {@code table} must not take. */
    Predicate<String> takenByGeneratedNames(Schema.Builder schema, Table table);

    /** The engine's error for CREATE INDEX of a taken name on {@code table}, or null when the name is free. */
    String indexNameConflict(Schema.Builder schema, Table table, String name);

    /** Whether index names are unique per table, so that DROP INDEX needs {@code ON table}: MySQL and MariaDB yes. */
    boolean indexNamesPerTable();

    /** The problem message for a name {@link #relationHolder} found taken. */
    static String taken(String holder, String name) {
        return holder.equals("table") ? "table " + name + " already exists"
                : "there is already " + (holder.equals("index") ? "an " : "a ") + holder + " named " + name;
    }
}
