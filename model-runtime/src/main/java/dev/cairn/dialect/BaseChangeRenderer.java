package dev.cairn.dialect;

import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Routine;
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
        return change.accept(new Rendering(before));
    }

    /** The statements of each kind of change, against the schema {@code before} it. */
    private final class Rendering implements SchemaChange.Visitor<List<String>> {
        private final Schema before;

        Rendering(Schema before) {
            this.before = before;
        }

        @Override
        public List<String> tableCreated(TableCreated c) {
            return createTable(before, c.table());
        }

        @Override
        public List<String> tableDropped(TableDropped c) {
            return List.of(ddl.dropTable(c.table()));
        }

        @Override
        public List<String> tableAltered(TableAltered c) {
            return c.before().equals(c.after()) ? List.of() : alterTable(before, TableChanges.between(c.before(), c.after()));
        }

        @Override
        public List<String> tableRenamed(TableRenamed c) {
            return List.of(renameTable(c.from(), c.to()));
        }

        @Override
        public List<String> columnRenamed(ColumnRenamed c) {
            return List.of("ALTER TABLE " + q(c.table()) + " RENAME COLUMN " + q(c.from()) + " TO " + q(c.to()));
        }

        @Override
        public List<String> viewCreated(ViewCreated c) {
            return createView(c.view());
        }

        @Override
        public List<String> viewDropped(ViewDropped c) {
            return List.of(dropView(c.view()));
        }

        @Override
        public List<String> viewReplaced(ViewReplaced c) {
            return replaceView(c.before(), c.after());
        }

        @Override
        public List<String> enumTypeCreated(EnumTypeCreated c) {
            return createEnumType(c.type());
        }

        @Override
        public List<String> enumTypeDropped(EnumTypeDropped c) {
            return List.of("DROP TYPE " + q(c.type().name()));
        }

        @Override
        public List<String> enumTypeAltered(EnumTypeAltered c) {
            return alterEnumType(before, c.before(), c.after());
        }

        @Override
        public List<String> sequenceCreated(SequenceCreated c) {
            return List.of(ddl.createSequence(c.sequence()));
        }

        @Override
        public List<String> sequenceDropped(SequenceDropped c) {
            return List.of(dropSequence(c.sequence()));
        }

        @Override
        public List<String> routineCreated(SchemaChange.RoutineCreated c) {
            return List.of(ddl.createRoutine(c.routine()));
        }

        @Override
        public List<String> routineDropped(SchemaChange.RoutineDropped c) {
            return List.of(dropRoutine(c.routine()));
        }

        @Override
        public List<String> routineReplaced(SchemaChange.RoutineReplaced c) {
            return replaceRoutine(c.before(), c.after());
        }
    }

    /** CREATE TABLE and its indexes; a foreign key only a unique index serves after them ({@link AbstractDdlRenderer#foreignKeysAfterIndexes}). */
    public List<String> createTable(Schema before, Table table) {
        List<String> out = new ArrayList<>();
        List<ForeignKey> afterIndexes = ddl.foreignKeysAfterIndexes(table, before);
        out.add(ddl.createTable(table, afterIndexes));
        for (Index i : table.indexes()) if (!ddl.indexInline(table, i)) out.add(ddl.createIndex(table, i));
        for (ForeignKey fk : afterIndexes) out.add(ddl.addForeignKey(table, fk));
        out.addAll(ddl.commentStatements(table));
        out.addAll(ddl.rowSecurityStatements(table));
        return out;
    }

    public abstract List<String> alterTable(Schema before, TableChanges diff);

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

    /** {@code DROP TRIGGER | FUNCTION | PROCEDURE | EXTENSION name} (PostgreSQL names a trigger's table too). */
    public String dropRoutine(Routine routine) {
        return "DROP " + routine.kind().words() + " " + q(routine.name());
    }

    /** Another definition of the same object: dropped and created again (PostgreSQL replaces functions in place). */
    public List<String> replaceRoutine(Routine before, Routine after) {
        return List.of(dropRoutine(before), ddl.createRoutine(after));
    }

    public String q(String identifier) {
        return ddl.quote(identifier);
    }
}
