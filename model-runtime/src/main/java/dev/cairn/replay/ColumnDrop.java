package dev.cairn.replay;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.StatementSite;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code DROP COLUMN} as each engine does it: the engine's own rule ({@code AlterTableForms.dropColumn}) for the
 * table itself; other tables' foreign keys to the column are an error where the engine checks foreign-key targets,
 * or dropped too with CASCADE where CASCADE drops dependents.
 */
final class ColumnDrop {
    private final Engine engine;
    private final StatementSite at;
    private final Schema.Builder schema;
    private final boolean cascade;
    private final List<Table> othersChanged = new ArrayList<>();

    ColumnDrop(TokenCursor in, Token at, Schema.Builder schema, boolean cascade) {
        this.engine = in.engine();
        this.at = in.siteAt(at, "cannot drop column " + at.text() + ": ");
        this.schema = schema;
        this.cascade = cascade;
    }

    List<Table> othersChanged() {
        return othersChanged;
    }

    Table from(Table t, String col) {
        referencedFromOtherTables(t, col);
        return engine.alterTable().dropColumn(t, col, cascade, at);
    }

    private void referencedFromOtherTables(Table t, String col) {
        boolean cascades = engine.ddl().cascadeDropsDependents();
        for (Table other : schema.tables()) {
            if (Names.same(other.name(), t.name())) continue;
            List<ForeignKey> kept = new ArrayList<>();
            for (ForeignKey fk : other.foreignKeys()) {
                boolean uses = Names.same(fk.referencedTable(), t.name()) && fk.referencedColumns().stream().anyMatch(n -> Names.same(n, col));
                if (!uses) {
                    kept.add(fk);
                } else if (cascades && cascade) {
                    continue;
                } else if (engine.keys().checksForeignKeyTargets()) {
                    throw at.refused("foreign key " + fk.name() + " of table " + other.name() + " references it",
                            cascades ? "drop that foreign key first, or add CASCADE" : "drop that foreign key first");
                } else {
                    kept.add(fk);
                }
            }
            if (kept.size() != other.foreignKeys().size()) othersChanged.add(other.withForeignKeys(kept));
        }
    }
}
