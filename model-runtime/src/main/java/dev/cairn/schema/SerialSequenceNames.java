package dev.cairn.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * How many tables' options ({@link Table#serialSequenceOption}) name each serial column's sequence (keyed by
 * {@link Names#key}): the sequences named otherwise than by their table and column, found without a pass over the
 * tables. An immutable value that a builder changes cheaply ({@link LayeredMap}), like {@link PartNames}.
 */
final class SerialSequenceNames {
    private static final String PREFIX = Table.serialSequenceOption("");

    private final LayeredMap<Integer> counts;

    private SerialSequenceNames(LayeredMap<Integer> counts) {
        this.counts = counts;
    }

    /** The counts of these tables' named sequences. */
    static SerialSequenceNames of(Iterable<Table> tables) {
        Map<String, Integer> counts = new HashMap<>();
        for (Table t : tables) forEachName(t, name -> counts.merge(name, 1, Integer::sum));
        return new SerialSequenceNames(LayeredMap.of(counts, 0));
    }

    int count(String key) {
        return counts.get(key);
    }

    /** These counts with {@code changes} (new counts by name, 0 for gone) laid over them. */
    SerialSequenceNames with(Map<String, Integer> changes) {
        LayeredMap<Integer> changed = counts.with(changes, n -> n);
        return changed == counts ? this : new SerialSequenceNames(changed);
    }

    /** Calls {@code action} with the key of each sequence name the table's options hold (most tables hold none). */
    static void forEachName(Table t, Consumer<String> action) {
        if (t.options().isEmpty()) return;
        for (Map.Entry<String, String> o : t.options().entrySet()) {
            if (o.getKey().startsWith(PREFIX)) action.accept(Names.key(o.getValue()));
        }
    }
}
