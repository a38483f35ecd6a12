package dev.cairn.schema;

import java.util.List;

/**
 * A UNIQUE constraint; {@code name} is null where the dialect gives it none.
 *
 * @param deferral when the constraint is checked ({@link Deferral#NOT_DEFERRABLE} unless the engine keeps a DEFERRABLE clause)
 * @param include  the columns PostgreSQL's {@code INCLUDE (…)} stores in the constraint's index beside its columns; empty if none
 */
public record UniqueConstraint(String name, List<String> columns, Deferral deferral, List<String> include) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
        include = include == null ? List.of() : List.copyOf(include);
    }

    /** A constraint checked at the end of each statement. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferral.NOT_DEFERRABLE, List.of());
    }

    /** A constraint without INCLUDE columns. */
    public UniqueConstraint(String name, List<String> columns, Deferral deferral) {
        this(name, columns, deferral, List.of());
    }

    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, deferral, include);
    }

    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferral, include);
    }

    public UniqueConstraint withInclude(List<String> newInclude) {
        return new UniqueConstraint(name, columns, deferral, newInclude);
    }

    /** As a record prints itself, written out: {@link Table} orders unnamed constraints by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "UniqueConstraint[name=" + name + ", columns=" + columns + ", deferral=" + deferral + ", include=" + include + "]";
    }
}
