package dev.cairn.schema;

/**
 * What one statement did to the schema, with enough of the state before it to undo it: the derived down of a change
 * is its {@link #inverse()}. Renames are their own kind because a before/after pair cannot tell a rename from a drop
 * and an add.
 */
public sealed interface SchemaChange {

    void applyTo(Schema.Builder schema);

    default Schema applyTo(Schema schema) {
        Schema.Builder b = schema.toBuilder();
        applyTo(b);
        return b.build();
    }

    SchemaChange inverse();

    /**
     * Calls the visitor's method for this kind of change. Code that acts on every kind (the change renderers)
     * implements {@link Visitor}, so a new kind of change is a compile error there until it is handled.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of change. */
    interface Visitor<R> {
        R tableCreated(TableCreated change);

        R tableDropped(TableDropped change);

        R tableAltered(TableAltered change);

        R tableRenamed(TableRenamed change);

        R columnRenamed(ColumnRenamed change);

        R viewCreated(ViewCreated change);

        R viewDropped(ViewDropped change);

        R viewReplaced(ViewReplaced change);

        R enumTypeCreated(EnumTypeCreated change);

        R enumTypeDropped(EnumTypeDropped change);

        R enumTypeAltered(EnumTypeAltered change);

        R sequenceCreated(SequenceCreated change);

        R sequenceDropped(SequenceDropped change);

        R routineCreated(RoutineCreated change);

        R routineDropped(RoutineDropped change);

        R routineReplaced(RoutineReplaced change);
    }

    record TableCreated(Table table) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putTable(table);
        }

        public SchemaChange inverse() {
            return new TableDropped(table);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.tableCreated(this);
        }
    }

    record TableDropped(Table table) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.removeTable(table.name());
        }

        public SchemaChange inverse() {
            return new TableCreated(table);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.tableDropped(this);
        }
    }

    /** A table's columns, keys, indexes, comment or options changed; {@code before} and {@code after} have one name. */
    record TableAltered(Table before, Table after) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putTable(after);
        }

        public SchemaChange inverse() {
            return new TableAltered(after, before);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.tableAltered(this);
        }
    }

    /** {@code ALTER TABLE from RENAME TO to}; foreign keys of other tables follow the table. */
    record TableRenamed(String from, String to) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            Renames.renameTable(s, from, to);
        }

        public SchemaChange inverse() {
            return new TableRenamed(to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.tableRenamed(this);
        }
    }

    /** {@code ALTER TABLE t RENAME COLUMN from TO to}; keys, indexes, conditions and references follow the column. */
    record ColumnRenamed(String table, String from, String to) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            Renames.renameColumn(s, table, from, to);
        }

        public SchemaChange inverse() {
            return new ColumnRenamed(table, to, from);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.columnRenamed(this);
        }
    }

    record ViewCreated(View view) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putView(view);
        }

        public SchemaChange inverse() {
            return new ViewDropped(view);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.viewCreated(this);
        }
    }

    record ViewDropped(View view) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.removeView(view.name());
        }

        public SchemaChange inverse() {
            return new ViewCreated(view);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.viewDropped(this);
        }
    }

    /** {@code CREATE OR REPLACE VIEW} or a comment on a view. */
    record ViewReplaced(View before, View after) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putView(after);
        }

        public SchemaChange inverse() {
            return new ViewReplaced(after, before);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.viewReplaced(this);
        }
    }

    record EnumTypeCreated(EnumType type) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putEnumType(type);
        }

        public SchemaChange inverse() {
            return new EnumTypeDropped(type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.enumTypeCreated(this);
        }
    }

    record EnumTypeDropped(EnumType type) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.removeEnumType(type.name());
        }

        public SchemaChange inverse() {
            return new EnumTypeCreated(type);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.enumTypeDropped(this);
        }
    }

    /**
     * {@code ALTER TYPE … ADD VALUE | RENAME VALUE} or a comment on a type. A renamed label is renamed in the column
     * defaults that name it too, as PostgreSQL stores a default by the label's identity, not its text.
     */
    record EnumTypeAltered(EnumType before, EnumType after) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putEnumType(after);
            Renames.relabelDefaults(s, before, after);
        }

        public SchemaChange inverse() {
            return new EnumTypeAltered(after, before);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.enumTypeAltered(this);
        }
    }

    record SequenceCreated(Sequence sequence) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putSequence(sequence);
        }

        public SchemaChange inverse() {
            return new SequenceDropped(sequence);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.sequenceCreated(this);
        }
    }

    record SequenceDropped(Sequence sequence) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.removeSequence(sequence.name());
        }

        public SchemaChange inverse() {
            return new SequenceCreated(sequence);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.sequenceDropped(this);
        }
    }

    /** A trigger, function, procedure or extension created. */
    record RoutineCreated(Routine routine) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.putRoutine(routine);
        }

        public SchemaChange inverse() {
            return new RoutineDropped(routine);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.routineCreated(this);
        }
    }

    /** A trigger, function, procedure or extension dropped (a trigger also with its table). */
    record RoutineDropped(Routine routine) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.removeRoutine(routine);
        }

        public SchemaChange inverse() {
            return new RoutineCreated(routine);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.routineDropped(this);
        }
    }

    /** {@code CREATE OR REPLACE} of an existing function, procedure or trigger: the same key, another definition. */
    record RoutineReplaced(Routine before, Routine after) implements SchemaChange {
        public void applyTo(Schema.Builder s) {
            s.removeRoutine(before);
            s.putRoutine(after);
        }

        public SchemaChange inverse() {
            return new RoutineReplaced(after, before);
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.routineReplaced(this);
        }
    }
}
