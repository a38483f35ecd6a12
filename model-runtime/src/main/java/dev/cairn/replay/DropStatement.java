package dev.cairn.replay;

import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Engine;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;

/** {@code DROP TABLE | VIEW | INDEX | SEQUENCE | TYPE [IF EXISTS] name, … [CASCADE | RESTRICT]}. */
final class DropStatement {
    private final TokenCursor in;
    private final Schema.Builder schema;
    private final ReplayState state;
    private final Changes changes;
    private final Engine engine;
    private final DdlRules ddl;

    private DropStatement(TokenCursor in, Schema.Builder schema, ReplayState state) {
        this.in = in;
        this.schema = schema;
        this.state = state;
        this.changes = new Changes(schema);
        this.engine = in.engine();
        this.ddl = engine.ddl();
    }

    /** Reads the statement after {@code DROP}, at the object kind. */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
        DropStatement s = new DropStatement(in, schema, state);
        s.read();
        return s.changes.list();
    }

    private void read() {
        in.accept("TEMPORARY");
        String kind = in.next().upper();
        in.accept("CONCURRENTLY");
        boolean ifExists = in.accept("IF", "EXISTS");
        List<Name> names = new ArrayList<>();
        do {
            names.add(in.qualifiedName("the name of the " + kind.toLowerCase(java.util.Locale.ROOT)));
        } while (in.accept(","));
        Name onTable = null;
        if (kind.equals("INDEX") && in.accept("ON")) onTable = in.qualifiedName("the table name");
        boolean cascade = false;
        if (ddl.acceptsCascadeOnDrop()) {
            cascade = in.accept("CASCADE");
            in.accept("RESTRICT");
        }
        if (ddl.hasOptionsAfterDrop()) in.rest();
        in.expectEnd();
        for (Name n : names) {
            switch (kind) {
                case "TABLE" -> dropTable(n, ifExists, cascade);
                case "VIEW" -> dropView(n, ifExists, cascade);
                case "INDEX" -> dropIndex(n, onTable, ifExists, cascade);
                case "SEQUENCE" -> dropSequence(n, ifExists);
                case "TYPE" -> dropType(n, ifExists, cascade);
                default -> throw new IllegalStateException(kind);
            }
        }
    }

    private void dropTable(Name n, boolean ifExists, boolean cascade) {
        Table t = schema.table(n.text()).orElse(null);
        if (t == null) {
            if (ifExists) return;
            throw in.problem(n.token(), "table " + n.text() + " does not exist", "check the table name");
        }
        for (Table other : List.copyOf(schema.tables())) {
            if (Names.same(other.name(), t.name())) continue;
            List<ForeignKey> kept = other.foreignKeys().stream().filter(f -> !Names.same(f.referencedTable(), t.name())).toList();
            if (kept.size() == other.foreignKeys().size()) continue;
            if (ddl.cascadeDropsDependents() && cascade) {
                changes.altered(other, other.withForeignKeys(kept));
            } else if (engine.keys().checksForeignKeyTargets()) {
                ForeignKey fk = other.foreignKeys().stream().filter(f -> Names.same(f.referencedTable(), t.name())).findFirst().get();
                throw in.problem(n.token(), "cannot drop table " + t.name() + ": foreign key " + fk.name() + " of table " + other.name()
                        + " references it", ddl.cascadeDropsDependents() ? "drop that foreign key or table first, or add CASCADE"
                        : "drop that foreign key or table first");
            }
        }
        dropReadingViews(n, "table " + t.name(), t.name(), cascade);
        for (Routine trigger : schema.triggersOn(t.name())) changes.add(new SchemaChange.RoutineDropped(trigger)); // dropped with it
        changes.add(new SchemaChange.TableDropped(t));
    }

    private void dropView(Name n, boolean ifExists, boolean cascade) {
        View v = schema.view(n.text()).orElse(null);
        if (v == null) {
            if (ifExists) return;
            throw in.problem(n.token(), "view " + n.text() + " does not exist", "check the view name");
        }
        dropReadingViews(n, "view " + v.name(), v.name(), cascade);
        dropView(v);
    }

    private void dropView(View v) {
        for (Routine trigger : schema.triggersOn(v.name())) changes.add(new SchemaChange.RoutineDropped(trigger)); // INSTEAD OF
        state.viewDropped(v.name());
        changes.add(new SchemaChange.ViewDropped(v));
    }

    /**
     * Where the engine keeps views' dependencies (PostgreSQL): the views that read the relation, directly or through
     * other views, dropped with CASCADE, and without it the DROP refused as the engine refuses it.
     */
    private void dropReadingViews(Name n, String what, String relation, boolean cascade) {
        if (!ddl.cascadeDropsDependents()) return;
        List<View> readers = ViewReaders.of(in, schema, state, relation);
        if (readers.isEmpty()) return;
        if (!cascade) {
            throw in.problem(n.token(), "cannot drop " + what + ": view " + readers.get(readers.size() - 1).name() + " reads it",
                    "drop that view first, or add CASCADE");
        }
        for (View v : readers) dropView(v);
    }

    private void dropIndex(Name n, Name onTable, boolean ifExists, boolean cascade) {
        if (engine.namespaces().indexNamesPerTable()) {
            dropIndexOfTable(n, onTable, ifExists);
            return;
        }
        for (Table t : List.copyOf(schema.tables())) {
            Index index = t.index(n.text()).orElse(null);
            if (index != null) {
                if (index.unique() && engine.keys().keyConstraintsOwnIndexes()) {
                    DependentForeignKeys.drop(in, schema, changes, state.referencedKeys(), t, index.name(), "index " + index.name(), n.token(), cascade);
                }
                Table current = schema.table(t.name()).orElseThrow(); // a self-referencing foreign key may have gone with it
                changes.altered(current, current.withIndexes(current.indexes().stream().filter(i -> !Names.same(i.name(), n.text())).toList()));
                return;
            }
            boolean constraintIndex = t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), n.text()))
                    || t.primaryKey() != null && Names.same(t.primaryKey().name(), n.text());
            if (constraintIndex && engine.keys().keyConstraintsOwnIndexes()) {
                throw in.problem(n.token(), "cannot drop index " + n.text() + " because constraint " + n.text() + " on table "
                        + t.name() + " requires it", "drop the constraint with ALTER TABLE … DROP CONSTRAINT instead");
            }
        }
        if (!ifExists) throw in.problem(n.token(), "index " + n.text() + " does not exist", "check the index name");
    }

    /** {@code DROP INDEX name ON table} where index names are per table; a unique index is a unique constraint there. */
    private void dropIndexOfTable(Name n, Name onTable, boolean ifExists) {
        if (onTable == null) throw in.unexpected("expected ON and the table name");
        Table t = schema.table(onTable.text()).orElseThrow(() -> in.problem(onTable.token(),
                "table " + onTable.text() + " does not exist", "check the table name"));
        Table after;
        if (t.index(n.text()).isPresent()) {
            after = t.withIndexes(t.indexes().stream().filter(i -> !Names.same(i.name(), n.text())).toList());
        } else if (t.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), n.text()))) {
            after = t.withUniqueConstraints(t.uniqueConstraints().stream().filter(u -> !Names.same(u.name(), n.text())).toList());
        } else {
            if (ifExists) return;
            throw in.problem(n.token(), "index " + n.text() + " does not exist on table " + t.name(), "check the index name");
        }
        if (engine.keys().createsForeignKeyIndexes()) TableDraft.requireForeignKeysIndexed(in, after, n.text(), n.token());
        changes.altered(t, after);
    }

    private void dropSequence(Name n, boolean ifExists) {
        Sequence s = schema.sequence(n.text()).orElse(null);
        if (s == null) {
            if (ifExists) return;
            throw in.problem(n.token(), "sequence " + n.text() + " does not exist", "check the sequence name");
        }
        changes.add(new SchemaChange.SequenceDropped(s));
    }

    private void dropType(Name n, boolean ifExists, boolean cascade) {
        EnumType e = schema.enumType(n.text()).orElse(null);
        if (e == null) {
            if (ifExists) return;
            throw in.problem(n.token(), "type " + n.text() + " does not exist", "check the type name");
        }
        for (Table t : schema.tables()) {
            for (var c : t.columns()) {
                if (Names.same(c.type().name(), e.name()) && !cascade) {
                    throw in.problem(n.token(), "cannot drop type " + e.name() + ": column " + t.name() + "." + c.name() + " uses it",
                            "drop or change that column first");
                }
            }
        }
        changes.add(new SchemaChange.EnumTypeDropped(e));
    }
}
