package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/** A foreign key from {@code columns} of its table to {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ForeignKeyAction onDelete, ForeignKeyAction onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        onDelete = onDelete == null ? ForeignKeyAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ForeignKeyAction.NO_ACTION : onUpdate;
    }

    /** As a record prints itself, written out: {@link Table} orders unnamed keys by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "ForeignKey[name=" + name + ", columns=" + columns + ", referencedTable=" + referencedTable + ", referencedColumns="
                + referencedColumns + ", onDelete=" + onDelete + ", onUpdate=" + onUpdate + "]";
    }
}
