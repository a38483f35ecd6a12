package dev.cairn.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * How many primary keys, constraints and indexes of a schema's tables carry each name (keyed by {@link Names#key}): an
 * immutable value that a builder changes cheaply. The counts are a flat map plus a small overlay of the names changed
 * since it was flattened, so the schema after one statement shares the flat map with the schema before it instead of
 * copying every name of the schema; the overlay is folded in once it grows past a sixteenth of the flat map.
 */
final class PartNames {
    private final Map<String, Integer> flat;
    private final Map<String, Integer> overlay;

    private PartNames(Map<String, Integer> flat, Map<String, Integer> overlay) {
        this.flat = flat;
        this.overlay = overlay;
    }

    /** The counts of these tables' parts. */
    static PartNames of(Iterable<Table> tables) {
        Map<String, Integer> counts = new HashMap<>();
        for (Table t : tables) forEachName(t, name -> counts.merge(name, 1, Integer::sum));
        return new PartNames(counts, Map.of());
    }

    int count(String key) {
        Integer changed = overlay.get(key);
        return changed != null ? changed : flat.getOrDefault(key, 0);
    }

    /** These counts with {@code changes} (new counts by name, 0 for gone) laid over them. */
    PartNames with(Map<String, Integer> changes) {
        if (changes.isEmpty()) return this;
        Map<String, Integer> merged = new HashMap<>(overlay);
        merged.putAll(changes);
        if (merged.size() <= Math.max(32, flat.size() / 16)) return new PartNames(flat, merged);
        Map<String, Integer> folded = new HashMap<>(flat);
        merged.forEach((name, n) -> {
            if (n == 0) folded.remove(name);
            else folded.put(name, n);
        });
        return new PartNames(folded, Map.of());
    }

    /** Calls {@code action} with the key of each part name of the table (a name used twice, twice). */
    static void forEachName(Table t, java.util.function.Consumer<String> action) {
        if (t.primaryKey() != null && t.primaryKey().name() != null) action.accept(Names.key(t.primaryKey().name()));
        for (UniqueConstraint u : t.uniqueConstraints()) if (u.name() != null) action.accept(Names.key(u.name()));
        for (CheckConstraint c : t.checks()) if (c.name() != null) action.accept(Names.key(c.name()));
        for (ForeignKey f : t.foreignKeys()) if (f.name() != null) action.accept(Names.key(f.name()));
        for (Index i : t.indexes()) if (i.name() != null) action.accept(Names.key(i.name()));
    }
}
