package dev.cairn.schema;

import java.util.List;

/** A UNIQUE constraint; {@code name} is null where the dialect gives it none. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    /** As a record prints itself, written out: {@link Table} orders unnamed constraints by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "UniqueConstraint[name=" + name + ", columns=" + columns + "]";
    }
}
