package dev.cairn.dialect;

import dev.cairn.schema.EnumType;
import dev.cairn.schema.Index;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SchemaChange.ColumnRenamed;
import dev.cairn.schema.SchemaChange.EnumTypeAltered;
import dev.cairn.schema.SchemaChange.EnumTypeCreated;
import dev.cairn.schema.SchemaChange.EnumTypeDropped;
import dev.cairn.schema.SchemaChange.SequenceCreated;
import dev.cairn.schema.SchemaChange.SequenceDropped;
import dev.cairn.schema.SchemaChange.TableAltered;
import dev.cairn.schema.SchemaChange.TableCreated;
import dev.cairn.schema.SchemaChange.TableDropped;
import dev.cairn.schema.SchemaChange.TableRenamed;
import dev.cairn.schema.SchemaChange.ViewCreated;
import dev.cairn.schema.SchemaChange.ViewDropped;
import dev.cairn.schema.SchemaChange.ViewReplaced;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The change kinds every dialect renders alike (whole objects created, dropped, renamed); a dialect supplies how a
 * table is altered and whatever it spells differently.
 */
public abstract class BaseChangeRenderer implements ChangeRenderer {
    public final AbstractDdlRenderer ddl;

    protected BaseChangeRenderer(AbstractDdlRenderer ddl) {
        this.ddl = ddl;
    }

    @Override
    public Dialect dialect() {
        return ddl.dialect();
    }

    @Override
    public List<String> render(Schema before, SchemaChange change) {
        if (change instanceof TableCreated c) return createTable(c.table());
        if (change instanceof TableDropped c) return List.of(ddl.dropTable(c.table()));
        if (change instanceof TableAltered c) return c.before().equals(c.after()) ? List.of() : alterTable(before, TableDiff.between(c.before(), c.after()));
        if (change instanceof TableRenamed c) return List.of(renameTable(c.from(), c.to()));
        if (change instanceof ColumnRenamed c)
            return List.of("ALTER TABLE " + q(c.table()) + " RENAME COLUMN " + q(c.from()) + " TO " + q(c.to()));
        if (change instanceof ViewCreated c) return createView(c.view());
        if (change instanceof ViewDropped c) return List.of(dropView(c.view()));
        if (change instanceof ViewReplaced c) return replaceView(c.before(), c.after());
        if (change instanceof EnumTypeCreated c) return createEnumType(c.type());
        if (change instanceof EnumTypeDropped c) return List.of("DROP TYPE " + q(c.type().name()));
        if (change instanceof EnumTypeAltered c) return alterEnumType(before, c.before(), c.after());
        if (change instanceof SequenceCreated c) return List.of(ddl.createSequence(c.sequence()));
        if (change instanceof SequenceDropped c) return List.of(dropSequence(c.sequence()));
        throw new IllegalArgumentException("unknown schema change " + change);
    }

    public List<String> createTable(Table table) {
        List<String> out = new ArrayList<>();
        out.add(ddl.createTable(table));
        for (Index i : table.indexes()) if (!ddl.indexInline(table, i)) out.add(ddl.createIndex(table, i));
        out.addAll(ddl.commentStatements(table));
        return out;
    }

    public abstract List<String> alterTable(Schema before, TableDiff diff);

    public String renameTable(String from, String to) {
        return "ALTER TABLE " + q(from) + " RENAME TO " + q(to);
    }

    public List<String> createView(View view) {
        return List.of(ddl.createView(view));
    }

    public String dropView(View view) {
        return "DROP VIEW " + q(view.name());
    }

    /** A changed definition: the view dropped and created again (engines that can replace in place override this). */
    public List<String> replaceView(View before, View after) {
        if (Objects.equals(before.definition(), after.definition()) && before.columns().equals(after.columns()))
            return viewCommentChanged(before, after);
        List<String> out = new ArrayList<>();
        out.add(dropView(before));
        out.addAll(createView(after));
        return out;
    }

    public List<String> viewCommentChanged(View before, View after) {
        if (Objects.equals(before.comment(), after.comment())) return List.of();
        throw new IllegalArgumentException(dialect() + " has no view comments: " + after.name());
    }

    public List<String> createEnumType(EnumType type) {
        return List.of(ddl.createEnumType(type));
    }

    public List<String> alterEnumType(Schema before, EnumType from, EnumType to) {
        throw new IllegalArgumentException(dialect() + " has no named enum types: " + from.name());
    }

    public String dropSequence(Sequence sequence) {
        return "DROP SEQUENCE " + q(sequence.name());
    }

    public String q(String identifier) {
        return ddl.quote(identifier);
    }
}
