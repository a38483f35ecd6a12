package dev.cairn.schema;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole schema at one version: an immutable value. Maps are keyed by {@link Names#key} and sorted, so iteration
 * order is deterministic and equality does not depend on the order things were created in.
 */
public record Schema(SortedMap<String, Table> tables, SortedMap<String, View> views,
                     SortedMap<String, EnumType> enumTypes, SortedMap<String, Sequence> sequences,
                     SortedMap<String, Routine> routines) {

    public static final Schema EMPTY = new Schema(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());

    /** A schema without triggers, functions, procedures or extensions. */
    public Schema(SortedMap<String, Table> tables, SortedMap<String, View> views, SortedMap<String, EnumType> enumTypes,
                  SortedMap<String, Sequence> sequences) {
        this(tables, views, enumTypes, sequences, new TreeMap<>());
    }

    public Schema {
        tables = tables instanceof TableMap keyed ? keyed : TableMap.of(keyedCopy(tables));
        views = frozen(views);
        enumTypes = frozen(enumTypes);
        sequences = frozen(sequences);
        routines = Collections.unmodifiableSortedMap(routines == null ? new TreeMap<>() : new TreeMap<>(routines));
    }

    private static <T> SortedMap<String, T> frozen(Map<String, T> map) {
        return Collections.unmodifiableSortedMap(keyedCopy(map));
    }

    private static <T> TreeMap<String, T> keyedCopy(Map<String, T> map) {
        TreeMap<String, T> copy = new TreeMap<>();
        if (map != null) map.forEach((k, v) -> copy.put(Names.key(k), v));
        return copy;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(Names.key(name)));
    }

    public Optional<View> view(String name) {
        return Optional.ofNullable(views.get(Names.key(name)));
    }

    public Optional<EnumType> enumType(String name) {
        return Optional.ofNullable(enumTypes.get(Names.key(name)));
    }

    public Optional<Sequence> sequence(String name) {
        return Optional.ofNullable(sequences.get(Names.key(name)));
    }

    public Schema withTable(Table table) {
        TreeMap<String, Table> copy = new TreeMap<>(tables);
        copy.put(Names.key(table.name()), table);
        return new Schema(copy, views, enumTypes, sequences, routines);
    }

    public Schema withoutTable(String name) {
        TreeMap<String, Table> copy = new TreeMap<>(tables);
        copy.remove(Names.key(name));
        return new Schema(copy, views, enumTypes, sequences, routines);
    }

    public Schema withView(View view) {
        TreeMap<String, View> copy = new TreeMap<>(views);
        copy.put(Names.key(view.name()), view);
        return new Schema(tables, copy, enumTypes, sequences, routines);
    }

    public Schema withoutView(String name) {
        TreeMap<String, View> copy = new TreeMap<>(views);
        copy.remove(Names.key(name));
        return new Schema(tables, copy, enumTypes, sequences, routines);
    }

    public Schema withEnumType(EnumType type) {
        TreeMap<String, EnumType> copy = new TreeMap<>(enumTypes);
        copy.put(Names.key(type.name()), type);
        return new Schema(tables, views, copy, sequences, routines);
    }

    public Schema withoutEnumType(String name) {
        TreeMap<String, EnumType> copy = new TreeMap<>(enumTypes);
        copy.remove(Names.key(name));
        return new Schema(tables, views, copy, sequences, routines);
    }

    public Schema withSequence(Sequence sequence) {
        TreeMap<String, Sequence> copy = new TreeMap<>(sequences);
        copy.put(Names.key(sequence.name()), sequence);
        return new Schema(tables, views, enumTypes, copy, routines);
    }

    public Schema withoutSequence(String name) {
        TreeMap<String, Sequence> copy = new TreeMap<>(sequences);
        copy.remove(Names.key(name));
        return new Schema(tables, views, enumTypes, copy, routines);
    }

    /** The triggers, functions, procedures and extensions, keyed by {@link Routine#key()}. */
    public Optional<Routine> routine(Routine.Kind kind, String table, String name) {
        return Optional.ofNullable(routines.get(Routine.key(kind, table, name)));
    }

    /** The triggers on a table, by name. */
    public java.util.List<Routine> triggersOn(String table) {
        return routines.values().stream().filter(r -> r.isTrigger() && Names.same(r.table(), table)).toList();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A mutable working copy, for folding many statements without copying the maps at every step. */
    public static final class Builder {
        private final TableMapBuilder tables;
        private final TreeMap<String, View> views;
        private final TreeMap<String, EnumType> enumTypes;
        private final TreeMap<String, Sequence> sequences;
        private final TreeMap<String, Routine> routines;
        private java.util.function.UnaryOperator<String> nameSpelling = Renames::plainOrQuoted;

        /**
         * How a renamed column is spelled where an expression names it (CHECK, index, generated column, policy): the
         * engine's canonical spelling, so the expression stays canonical. Without it: bare when plain, else in double quotes.
         */
        public Builder spellingNamesWith(java.util.function.UnaryOperator<String> spelling) {
            this.nameSpelling = java.util.Objects.requireNonNull(spelling, "spelling");
            return this;
        }

        /** {@code name} as an expression spells it ({@link #spellingNamesWith}). */
        public String spelled(String name) {
            return nameSpelling.apply(name);
        }

        private Builder(Schema from) {
            tables = new TableMapBuilder((TableMap) from.tables);
            views = new TreeMap<>(from.views);
            enumTypes = new TreeMap<>(from.enumTypes);
            sequences = new TreeMap<>(from.sequences);
            routines = new TreeMap<>(from.routines);
        }

        /** Whether a primary key, unique or check constraint, foreign key or index of some table has this name. */
        public boolean hasPartNamed(String name) {
            return name != null && tables.hasPartNamed(Names.key(name));
        }

        public Optional<Table> table(String name) {
            return Optional.ofNullable(tables.get(Names.key(name)));
        }

        /** Whether some table's options ({@link Table#serialSequenceOption}) give a serial column's sequence this name. */
        public boolean namesSerialSequenceInOptions(String name) {
            return name != null && tables.namesSerialSequenceInOptions(Names.key(name));
        }

        /** The tables whose names start with {@code prefix} (compared as {@link Names#key}), found in the sorted map. */
        public java.util.List<Table> tablesStartingWith(String prefix) {
            return tables.withKeyPrefix(Names.key(prefix));
        }

        public Optional<View> view(String name) {
            return Optional.ofNullable(views.get(Names.key(name)));
        }

        public Optional<EnumType> enumType(String name) {
            return Optional.ofNullable(enumTypes.get(Names.key(name)));
        }

        public Optional<Sequence> sequence(String name) {
            return Optional.ofNullable(sequences.get(Names.key(name)));
        }

        public java.util.Collection<Table> tables() {
            return tables.values();
        }

        public java.util.Collection<View> views() {
            return views.values();
        }

        public Builder putTable(Table table) {
            tables.put(table);
            return this;
        }

        public Builder removeTable(String name) {
            tables.remove(Names.key(name));
            return this;
        }

        public Builder putView(View view) {
            views.put(Names.key(view.name()), view);
            return this;
        }

        public Builder removeView(String name) {
            views.remove(Names.key(name));
            return this;
        }

        public Builder putEnumType(EnumType type) {
            enumTypes.put(Names.key(type.name()), type);
            return this;
        }

        public Builder removeEnumType(String name) {
            enumTypes.remove(Names.key(name));
            return this;
        }

        public Builder putSequence(Sequence sequence) {
            sequences.put(Names.key(sequence.name()), sequence);
            return this;
        }

        public Builder removeSequence(String name) {
            sequences.remove(Names.key(name));
            return this;
        }

        public Optional<Routine> routine(Routine.Kind kind, String table, String name) {
            return Optional.ofNullable(routines.get(Routine.key(kind, table, name)));
        }

        /** The objects of this kind with this name, on any table (triggers: MySQL and SQLite drop them by name alone). */
        public java.util.List<Routine> routinesNamed(Routine.Kind kind, String name) {
            return routines.values().stream().filter(r -> r.kind() == kind && Names.same(r.name(), name)).toList();
        }

        /** The triggers on a table. */
        public java.util.List<Routine> triggersOn(String table) {
            return routines.values().stream().filter(r -> r.isTrigger() && Names.same(r.table(), table)).toList();
        }

        public java.util.Collection<Routine> routines() {
            return java.util.Collections.unmodifiableCollection(routines.values());
        }

        public Builder putRoutine(Routine routine) {
            routines.put(routine.key(), routine);
            return this;
        }

        public Builder removeRoutine(Routine routine) {
            routines.remove(routine.key());
            return this;
        }

        public Schema build() {
            // the tables are keyed already, and the counts and references come along: nothing is recounted
            return new Schema(tables.build(), views, enumTypes, sequences, routines);
        }
    }
}
