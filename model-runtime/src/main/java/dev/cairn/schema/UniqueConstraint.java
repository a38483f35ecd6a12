package dev.cairn.schema;

import java.util.List;

/** A UNIQUE constraint; {@code name} is null where the dialect gives it none. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
