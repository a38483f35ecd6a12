package dev.cairn.dialect;

import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;

import java.util.List;

/** Which parts of a table use a column, for the engines' DROP COLUMN ({@link AlterTableForms#dropColumn}). */
public final class ColumnUses {
    private ColumnUses() {
    }

    /** The table's columns an expression names (null: none), each once. */
    public static List<String> namedColumns(Table t, String expression, StatementSite at) {
        if (expression == null) return List.of();
        return at.namesIn(expression).stream().filter(t::hasColumn).distinct().toList();
    }

    /** Whether a key or the condition of the index names the column. */
    public static boolean usesColumn(Index i, String col, StatementSite at) {
        for (IndexKey k : i.keys()) {
            if (k.isColumn() ? Names.same(k.column(), col) : contains(at.namesIn(k.expression()), col)) return true;
        }
        return contains(i.include(), col) || i.where() != null && contains(at.namesIn(i.where()), col);
    }

    public static boolean contains(List<String> names, String col) {
        return names.stream().anyMatch(n -> Names.same(n, col));
    }
}
