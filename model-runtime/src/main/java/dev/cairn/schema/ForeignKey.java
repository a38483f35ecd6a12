package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of its table to {@code referencedColumns} of {@code referencedTable}.
 *
 * @param deferral when the key is checked ({@link Deferral#NOT_DEFERRABLE} unless the engine keeps a DEFERRABLE clause)
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ForeignKeyAction onDelete, ForeignKeyAction onUpdate, Deferral deferral) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        onDelete = onDelete == null ? ForeignKeyAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ForeignKeyAction.NO_ACTION : onUpdate;
        deferral = deferral == null ? Deferral.NOT_DEFERRABLE : deferral;
    }

    /** A key checked at the end of each statement. */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, Deferral.NOT_DEFERRABLE);
    }

    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferral);
    }

    public ForeignKey withColumns(List<String> newColumns) {
        return new ForeignKey(name, newColumns, referencedTable, referencedColumns, onDelete, onUpdate, deferral);
    }

    public ForeignKey withReference(String newTable, List<String> newColumns) {
        return new ForeignKey(name, columns, newTable, newColumns, onDelete, onUpdate, deferral);
    }

    /** As a record prints itself, written out: {@link Table} orders unnamed keys by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "ForeignKey[name=" + name + ", columns=" + columns + ", referencedTable=" + referencedTable + ", referencedColumns="
                + referencedColumns + ", onDelete=" + onDelete + ", onUpdate=" + onUpdate + ", deferral=" + deferral + "]";
    }
}
