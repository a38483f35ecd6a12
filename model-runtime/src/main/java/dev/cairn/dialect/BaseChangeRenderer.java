package dev.cairn.dialect;

import dev.cairn.replay.SchemaChange;
import dev.cairn.replay.SchemaChange.ColumnRenamed;
import dev.cairn.replay.SchemaChange.EnumTypeAltered;
import dev.cairn.replay.SchemaChange.EnumTypeCreated;
import dev.cairn.replay.SchemaChange.EnumTypeDropped;
import dev.cairn.replay.SchemaChange.SequenceCreated;
import dev.cairn.replay.SchemaChange.SequenceDropped;
import dev.cairn.replay.SchemaChange.TableAltered;
import dev.cairn.replay.SchemaChange.TableCreated;
import dev.cairn.replay.SchemaChange.TableDropped;
import dev.cairn.replay.SchemaChange.TableRenamed;
import dev.cairn.replay.SchemaChange.ViewCreated;
import dev.cairn.replay.SchemaChange.ViewDropped;
import dev.cairn.replay.SchemaChange.ViewReplaced;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Index;
import dev.cairn.schema.Schema;
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
abstract class BaseChangeRenderer implements ChangeRenderer {
    final AbstractDdlRenderer ddl;

    BaseChangeRenderer(AbstractDdlRenderer ddl) {
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

    List<String> createTable(Table table) {
        List<String> out = new ArrayList<>();
        out.add(ddl.createTable(table));
        for (Index i : table.indexes()) if (!ddl.indexInline(table, i)) out.add(ddl.createIndex(table, i));
        out.addAll(ddl.commentStatements(table));
        return out;
    }

    abstract List<String> alterTable(Schema before, TableDiff diff);

    String renameTable(String from, String to) {
        return "ALTER TABLE " + q(from) + " RENAME TO " + q(to);
    }

    List<String> createView(View view) {
        return List.of(ddl.createView(view));
    }

    String dropView(View view) {
        return "DROP VIEW " + q(view.name());
    }

    /** A changed definition: the view dropped and created again (engines that can replace in place override this). */
    List<String> replaceView(View before, View after) {
        if (Objects.equals(before.definition(), after.definition()) && before.columns().equals(after.columns()))
            return viewCommentChanged(before, after);
        List<String> out = new ArrayList<>();
        out.add(dropView(before));
        out.addAll(createView(after));
        return out;
    }

    List<String> viewCommentChanged(View before, View after) {
        if (Objects.equals(before.comment(), after.comment())) return List.of();
        throw new IllegalArgumentException(dialect() + " has no view comments: " + after.name());
    }

    List<String> createEnumType(EnumType type) {
        return List.of(ddl.createEnumType(type));
    }

    List<String> alterEnumType(Schema before, EnumType from, EnumType to) {
        throw new IllegalArgumentException(dialect() + " has no named enum types: " + from.name());
    }

    String dropSequence(Sequence sequence) {
        return "DROP SEQUENCE " + q(sequence.name());
    }

    String q(String identifier) {
        return ddl.quote(identifier);
    }
}
