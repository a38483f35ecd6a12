package dev.cairn.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How many primary keys, constraints and indexes of a schema's tables carry each name (keyed by {@link Names#key}): an
 * immutable value that a builder changes cheaply ({@link LayeredMap}).
 */
final class PartNames {
    private final LayeredMap<Integer> counts;

    private PartNames(LayeredMap<Integer> counts) {
        this.counts = counts;
    }

    /** The counts of these tables' parts. */
    static PartNames of(Iterable<Table> tables) {
        Map<String, Integer> counts = new HashMap<>();
        for (Table t : tables) forEachName(t, name -> counts.merge(name, 1, Integer::sum));
        return new PartNames(LayeredMap.of(counts, 0));
    }

    int count(String key) {
        return counts.get(key);
    }

    /** These counts with {@code changes} (new counts by name, 0 for gone) laid over them. */
    PartNames with(Map<String, Integer> changes) {
        LayeredMap<Integer> changed = counts.with(changes, n -> n);
        return changed == counts ? this : new PartNames(changed);
    }

    /** Calls {@code action} with the key of each part name of the table (a name used twice, twice). */
    static void forEachName(Table t, Consumer<String> action) {
        if (t.primaryKey() != null && t.primaryKey().name() != null) action.accept(Names.key(t.primaryKey().name()));
        for (UniqueConstraint u : t.uniqueConstraints()) if (u.name() != null) action.accept(Names.key(u.name()));
        for (CheckConstraint c : t.checks()) if (c.name() != null) action.accept(Names.key(c.name()));
        for (ForeignKey f : t.foreignKeys()) if (f.name() != null) action.accept(Names.key(f.name()));
        for (Index i : t.indexes()) if (i.name() != null) action.accept(Names.key(i.name()));
    }
}
