package dev.cairn.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which tables of a schema refer to each table by a foreign key: the keys of the referring tables by the key of the
 * table their foreign keys name, whether the schema holds that table or not (SQLite takes a reference to a table yet to
 * come). An immutable value that a builder changes cheaply ({@link LayeredMap}); {@link DeclaredSpelling} asks it which
 * tables to look at when a table's spelling changed, instead of reading every foreign key of the schema.
 */
final class ReferringTables {
    private final LayeredMap<Set<String>> referrers;

    private ReferringTables(LayeredMap<Set<String>> referrers) {
        this.referrers = referrers;
    }

    /** The references of these tables, keyed as in the map. */
    static ReferringTables of(Map<String, Table> tables) {
        Map<String, Set<String>> referrers = new HashMap<>();
        tables.forEach((key, t) -> forEachReferencedKey(t, target -> referrers.computeIfAbsent(target, k -> new HashSet<>()).add(key)));
        referrers.replaceAll((target, keys) -> Set.copyOf(keys));
        return new ReferringTables(LayeredMap.of(referrers, Set.of()));
    }

    /** The keys of the tables with a foreign key to the table of this key (possibly that table itself); unmodifiable. */
    Set<String> to(String tableKey) {
        return referrers.get(tableKey);
    }

    /** These references with {@code changes} (the referring keys by referenced key, empty for none; copied) laid over them. */
    ReferringTables with(Map<String, Set<String>> changes) {
        LayeredMap<Set<String>> changed = referrers.with(changes, Set::copyOf);
        return changed == referrers ? this : new ReferringTables(changed);
    }

    /** Calls {@code action} with the key of each table the table's foreign keys name (a table named twice, twice). */
    static void forEachReferencedKey(Table t, Consumer<String> action) {
        for (ForeignKey f : t.foreignKeys()) action.accept(Names.key(f.referencedTable()));
    }
}
