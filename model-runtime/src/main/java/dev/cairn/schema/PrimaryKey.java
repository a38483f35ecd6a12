package dev.cairn.schema;

import java.util.List;

/**
 * A primary key; {@code name} is null where the dialect gives it none (SQLite).
 *
 * @param deferral when the key is checked ({@link Deferral#NOT_DEFERRABLE} unless the engine keeps a DEFERRABLE clause)
 * @param include  the columns PostgreSQL's {@code INCLUDE (…)} stores in the key's index beside its columns; empty if none
 */
public record PrimaryKey(String name, List<String> columns, Deferral deferral, List<String> include) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a primary key needs at least one column");
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
        include = include == null ? List.of() : List.copyOf(include);
    }

    /** A key checked at the end of each statement. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE, List.of());
    }

    /** A key without INCLUDE columns. */
    public PrimaryKey(String name, List<String> columns, Deferral deferral) {
        this(name, columns, deferral, List.of());
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, deferral, include);
    }

    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferral, include);
    }

    public PrimaryKey withInclude(List<String> newInclude) {
        return new PrimaryKey(name, columns, deferral, newInclude);
    }
}
