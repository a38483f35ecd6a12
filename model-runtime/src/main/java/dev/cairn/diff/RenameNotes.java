package dev.cairn.diff;

import dev.cairn.schema.Column;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes for the reviewer where a drop and an add may have been a rename: the diff cannot tell, so it writes the drop
 * and the add (which lose the data) and says which statement keeps it.
 */
final class RenameNotes {
    private RenameNotes() {
    }

    /** A created table with the same columns as a dropped one. */
    static String forTable(Table created, List<Table> dropped) {
        for (Table d : dropped) {
            if (d.withName(created.name()).columns().equals(created.columns())) {
                return "Table " + d.name() + " is dropped and " + created.name() + " created with the same columns (the rows are not copied)."
                        + "\nIf " + d.name() + " was renamed, replace the CREATE TABLE " + created.name() + " and the DROP TABLE " + d.name()
                        + " statements with: ALTER TABLE " + d.name() + " RENAME TO " + created.name() + ";";
            }
        }
        return null;
    }

    /** Columns dropped from a table while columns of the same type were added to it. */
    static String forColumns(Table before, Table after) {
        List<String> lines = new ArrayList<>();
        for (Column gone : before.columns()) {
            if (after.hasColumn(gone.name())) continue;
            for (Column added : after.columns()) {
                if (before.hasColumn(added.name()) || !added.type().equals(gone.type())) continue;
                lines.add("Column " + before.name() + "." + gone.name() + " is dropped and " + added.name()
                        + " added (the data is not copied). If it was renamed, replace the statements for this table with: ALTER TABLE "
                        + before.name() + " RENAME COLUMN " + gone.name() + " TO " + added.name() + ";"
                        + (same(gone, added) ? "" : " and then the change of its definition"));
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static boolean same(Column a, Column b) {
        return a.withName(b.name()).equals(b);
    }
}
