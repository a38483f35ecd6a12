package dev.cairn.schema;

import java.util.List;

/**
 * A primary key; {@code name} is null where the dialect gives it none (SQLite).
 *
 * @param deferral when the key is checked ({@link Deferral#NOT_DEFERRABLE} unless the engine keeps a DEFERRABLE clause)
 */
public record PrimaryKey(String name, List<String> columns, Deferral deferral) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a primary key needs at least one column");
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }

    /** A key checked at the end of each statement. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE);
    }

    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, deferral);
    }

    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferral);
    }
}
