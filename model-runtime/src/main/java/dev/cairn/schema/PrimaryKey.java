package dev.cairn.schema;

import java.util.List;

/** A primary key; {@code name} is null where the dialect gives it none (SQLite). */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a primary key needs at least one column");
    }
}
