package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * A view. {@code definition} is the SELECT as written; equality compares the name and the column names only,
 * because every engine rewrites a view's text when it stores it.
 */
public record View(String name, String definition, List<String> columns, String comment) {
    public View {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns == null ? List.of() : columns);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof View v && name.equals(v.name) && columns.equals(v.columns) && Objects.equals(comment, v.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, comment);
    }
}
