package dev.cairn.schema;

import java.util.List;

/**
 * A UNIQUE constraint; {@code name} is null where the dialect gives it none.
 *
 * @param deferral when the constraint is checked ({@link Deferral#NOT_DEFERRABLE} unless the engine keeps a DEFERRABLE clause)
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }

    /** A constraint checked at the end of each statement. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE);
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, deferral);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral);
    }

    /** As a record prints itself, written out: {@link Table} orders unnamed constraints by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "UniqueConstraint[name=" + name + ", columns=" + columns + ", deferral=" + deferral + "]";
    }
}
