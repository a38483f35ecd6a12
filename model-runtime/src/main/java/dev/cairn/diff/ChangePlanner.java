package dev.cairn.diff;

import dev.cairn.dialect.SqlWords;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Names;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The changes that turn schema {@code from} into schema {@code to}, in an order every engine accepts: views that go
 * away or must be re-created dropped first, then enum types and sequences created, tables created (referenced ones
 * first), tables altered, tables dropped (referencing ones first), views created, enum types and sequences dropped.
 * Triggers that go away or change are dropped first and created after the views; extensions are created first and
 * dropped last; functions and procedures are created or replaced after the tables (a PostgreSQL SQL function's body
 * is checked against them) and dropped after the triggers.
 * A rename cannot be told from a drop and an add, so it stays one, with a note saying how to make it a rename.
 */
public final class ChangePlanner {
    private final Schema from;
    private final Schema to;
    private final List<DiffStep> steps = new ArrayList<>();

    private ChangePlanner(Schema from, Schema to) {
        this.from = from;
        this.to = to;
    }

    public static List<DiffStep> between(Schema from, Schema to) {
        ChangePlanner d = new ChangePlanner(from, to);
        d.collect();
        return List.copyOf(d.steps);
    }

    private void collect() {
        List<Table> created = to.tables().values().stream().filter(t -> from.table(t.name()).isEmpty()).toList();
        List<Table> dropped = from.tables().values().stream().filter(t -> to.table(t.name()).isEmpty()).toList();
        List<Table[]> altered = new ArrayList<>();
        for (Table before : from.tables().values()) {
            Table after = to.table(before.name()).orElse(null);
            if (after != null && !sameTable(before, after)) altered.add(new Table[]{before, after});
        }
        Set<String> reshaped = new HashSet<>();
        for (Table t : dropped) reshaped.add(Names.key(t.name()));
        for (Table[] pair : altered) if (columnsChanged(pair[0], pair[1])) reshaped.add(Names.key(pair[0].name()));
        List<View> recreated = viewsToRecreate(reshaped);

        List<Routine> routinesGone = from.routines().values().stream().filter(r -> !r.equals(to.routines().get(r.key()))).toList();
        List<Routine> routinesNew = to.routines().values().stream().filter(r -> !r.equals(from.routines().get(r.key()))).toList();
        // triggers that go or change first (a dropped table's triggers too: explicit, and the down re-creates them)
        for (Routine r : routinesGone) if (r.isTrigger()) steps.add(DiffStep.of(new SchemaChange.RoutineDropped(r)));
        for (Routine r : routinesNew)
            if (r.kind() == Routine.Kind.EXTENSION) steps.add(DiffStep.of(new SchemaChange.RoutineCreated(r)));
        List<View> dropOrder = new ArrayList<>(DependencyOrder.views(recreated));
        for (int i = dropOrder.size() - 1; i >= 0; i--) steps.add(DiffStep.of(new SchemaChange.ViewDropped(dropOrder.get(i))));
        for (EnumType e : to.enumTypes().values()) {
            EnumType old = from.enumType(e.name()).orElse(null);
            if (old == null) steps.add(DiffStep.of(new SchemaChange.EnumTypeCreated(e)));
            else if (!old.equals(e)) steps.add(DiffStep.of(new SchemaChange.EnumTypeAltered(old, e)));
        }
        for (Sequence s : to.sequences().values()) {
            Sequence old = from.sequence(s.name()).orElse(null);
            if (old != null && !old.equals(s)) steps.add(DiffStep.of(new SchemaChange.SequenceDropped(old)));
            if (!s.equals(old)) steps.add(DiffStep.of(new SchemaChange.SequenceCreated(s)));
        }
        for (Table t : DependencyOrder.tables(created)) steps.add(new DiffStep(new SchemaChange.TableCreated(t), RenameNotes.forTable(t, dropped)));
        for (Table[] pair : altered) steps.add(new DiffStep(new SchemaChange.TableAltered(pair[0], pair[1]), RenameNotes.forColumns(pair[0], pair[1])));
        List<Table> dropOrderTables = new ArrayList<>(DependencyOrder.tables(dropped));
        for (int i = dropOrderTables.size() - 1; i >= 0; i--) steps.add(DiffStep.of(new SchemaChange.TableDropped(dropOrderTables.get(i))));
        for (Routine r : routinesNew) {
            if (r.kind() != Routine.Kind.FUNCTION && r.kind() != Routine.Kind.PROCEDURE) continue;
            Routine old = from.routines().get(r.key());
            steps.add(DiffStep.of(old == null ? new SchemaChange.RoutineCreated(r) : new SchemaChange.RoutineReplaced(old, r)));
        }
        for (View v : DependencyOrder.views(to.views().values())) {
            View old = from.view(v.name()).orElse(null);
            if (old == null || recreated.contains(old)) steps.add(DiffStep.of(new SchemaChange.ViewCreated(v)));
            else if (!Objects.equals(old.comment(), v.comment())) steps.add(DiffStep.of(new SchemaChange.ViewReplaced(old, v)));
        }
        for (Routine r : routinesNew) if (r.isTrigger()) steps.add(DiffStep.of(new SchemaChange.RoutineCreated(r)));
        for (Routine r : routinesGone) {
            boolean function = r.kind() == Routine.Kind.FUNCTION || r.kind() == Routine.Kind.PROCEDURE;
            if (function && !to.routines().containsKey(r.key())) steps.add(DiffStep.of(new SchemaChange.RoutineDropped(r)));
        }
        for (EnumType e : from.enumTypes().values())
            if (to.enumType(e.name()).isEmpty()) steps.add(DiffStep.of(new SchemaChange.EnumTypeDropped(e)));
        for (Sequence s : from.sequences().values())
            if (to.sequence(s.name()).isEmpty()) steps.add(DiffStep.of(new SchemaChange.SequenceDropped(s)));
        for (Routine r : routinesGone)
            if (r.kind() == Routine.Kind.EXTENSION && !to.routines().containsKey(r.key())) steps.add(DiffStep.of(new SchemaChange.RoutineDropped(r)));
    }

    /** Equal as values, and each column declared with the same type text (SQLite keeps the text as written). */
    private static boolean sameTable(Table a, Table b) {
        if (!a.equals(b)) return false;
        for (int i = 0; i < a.columns().size(); i++)
            if (!a.columns().get(i).type().declared().equals(b.columns().get(i).type().declared())) return false;
        return true;
    }

    /** Whether a column of {@code before} is gone or different: views reading the table must then be re-created. */
    private static boolean columnsChanged(Table before, Table after) {
        for (Column c : before.columns()) if (!after.column(c.name()).map(c::equals).orElse(false)) return true;
        return false;
    }

    /**
     * Views of {@code from} that are gone or changed in {@code to}, and the views that read a reshaped table or another
     * view in this list: they are dropped first and, if {@code to} has them, created again at the end.
     */
    private List<View> viewsToRecreate(Set<String> reshapedTables) {
        List<View> out = new ArrayList<>();
        Set<String> gone = new HashSet<>(reshapedTables);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (View v : from.views().values()) {
                if (out.contains(v)) continue;
                View now = to.view(v.name()).orElse(null);
                boolean changed = now == null || !now.columns().equals(v.columns());
                if (changed || gone.stream().anyMatch(n -> SqlWords.mentions(v.definition(), n))) {
                    out.add(v);
                    gone.add(Names.key(v.name()));
                    grew = true;
                }
            }
        }
        return out;
    }
}
