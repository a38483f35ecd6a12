package dev.cairn.dialect;

import dev.cairn.replay.SchemaChange;
import dev.cairn.schema.Column;
import dev.cairn.schema.Index;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The DDL that carries a live database through one {@link SchemaChange}. (First cut: tables, columns and indexes;
 * the full per-dialect renderer replaces it.)
 */
public interface ChangeRenderer {

    static ChangeRenderer of(Dialect dialect) {
        DdlRenderer ddl = DdlRenderer.of(dialect);
        return (before, change) -> basic(ddl, before, change);
    }

    /** The statements, without terminating {@code ;}, that turn {@code before} into {@code change.applyTo(before)}. */
    List<String> render(Schema before, SchemaChange change);

    private static List<String> basic(DdlRenderer ddl, Schema before, SchemaChange change) {
        List<String> out = new ArrayList<>();
        if (change instanceof SchemaChange.TableCreated c) {
            out.add(ddl.createTable(c.table()));
            for (Index i : c.table().indexes()) out.add(ddl.createIndex(c.table(), i));
        } else if (change instanceof SchemaChange.TableDropped d) {
            out.add(ddl.dropTable(d.table()));
        } else if (change instanceof SchemaChange.TableAltered a) {
            Table b = a.before(), f = a.after();
            for (Index i : b.indexes()) if (f.index(i.name()).filter(i::equals).isEmpty()) out.add(ddl.dropIndex(b, i));
            for (Column c : b.columns()) if (!f.hasColumn(c.name())) out.add(ddl.dropColumn(b, c));
            for (Column c : f.columns()) if (!b.hasColumn(c.name())) out.add(ddl.addColumn(f, c));
            for (Index i : f.indexes()) if (b.index(i.name()).filter(i::equals).isEmpty()) out.add(ddl.createIndex(f, i));
        } else if (change instanceof SchemaChange.TableRenamed r) {
            out.add("ALTER TABLE " + ddl.quote(r.from()) + " RENAME TO " + ddl.quote(r.to()));
        } else if (change instanceof SchemaChange.ColumnRenamed r) {
            out.add("ALTER TABLE " + ddl.quote(before.table(r.table()).map(Table::name).orElse(r.table())) + " RENAME COLUMN "
                    + ddl.quote(r.from()) + " TO " + ddl.quote(r.to()));
        } else if (change instanceof SchemaChange.ViewCreated v) {
            out.add(ddl.createView(v.view()));
        } else if (change instanceof SchemaChange.ViewDropped v) {
            out.add("DROP VIEW " + ddl.quote(v.view().name()));
        } else if (change instanceof SchemaChange.SequenceCreated s) {
            out.add(ddl.createSequence(s.sequence()));
        } else if (change instanceof SchemaChange.SequenceDropped s) {
            out.add("DROP SEQUENCE " + ddl.quote(s.sequence().name()));
        } else if (change instanceof SchemaChange.EnumTypeCreated e) {
            out.add(ddl.createEnumType(e.type()));
        } else if (change instanceof SchemaChange.EnumTypeDropped e) {
            out.add("DROP TYPE " + ddl.quote(e.type().name()));
        } else {
            throw new IllegalArgumentException("not rendered yet: " + change.getClass().getSimpleName());
        }
        return out;
    }
}
