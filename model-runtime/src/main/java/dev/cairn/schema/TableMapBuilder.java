package dev.cairn.schema;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a {@link Schema.Builder}: a working copy of a {@link TableMap} that keeps its part-name counts and
 * references up to date as tables come and go, and remembers which keys it changed, so that {@link #build()} hands all
 * of that to the new map instead of having it recounted.
 * <p>
 * The sorted map is shared with the map it started from (or last built) until the first change, then copied once:
 * a built map is never written again. Whatever {@link #build()} hands over is immutable or no longer the builder's, so
 * a builder may go on changing and building.
 */
final class TableMapBuilder {
    private TreeMap<String, Table> tables;
    private boolean shared;
    private long builtFrom;
    private final Set<String> changedKeys = new HashSet<>();
    private PartNames partNames;
    private final Map<String, Integer> changedNames = new HashMap<>();
    private SerialSequenceNames serialSequenceNames;
    private final Map<String, Integer> changedSequenceNames = new HashMap<>();
    private ReferringTables referringTables;
    private final Map<String, Set<String>> changedReferrers = new HashMap<>();

    TableMapBuilder(TableMap from) {
        tables = from.sharedTreeMap();
        shared = true;
        builtFrom = from.id();
        partNames = from.partNames();
        serialSequenceNames = from.serialSequenceNames();
        referringTables = from.referringTables();
    }

    Table get(String key) {
        return tables.get(key);
    }

    /** The tables as they stand whenever the view is read (the map behind it is replaced at the first change). */
    Collection<Table> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Table> iterator() {
                return Collections.unmodifiableCollection(tables.values()).iterator();
            }

            @Override
            public int size() {
                return tables.size();
            }
        };
    }

    /** Whether a primary key, unique or check constraint, foreign key or index of some table has this name. */
    boolean hasPartNamed(String key) {
        return count(key) > 0;
    }

    /** Whether some table's options ({@link Table#serialSequenceOption}) name a serial column's sequence so. */
    boolean namesSerialSequenceInOptions(String key) {
        Integer changed = changedSequenceNames.get(key);
        return (changed != null ? changed : serialSequenceNames.count(key)) > 0;
    }

    /** The tables whose keys start with {@code keyPrefix}, in key order (a range of the sorted map, not a pass over it). */
    List<Table> withKeyPrefix(String keyPrefix) {
        List<Table> found = new ArrayList<>();
        for (Map.Entry<String, Table> e : tables.tailMap(keyPrefix, true).entrySet()) {
            if (!e.getKey().startsWith(keyPrefix)) break;
            found.add(e.getValue());
        }
        return found;
    }

    void put(Table table) {
        String key = Names.key(table.name());
        Table old = writable().put(key, table);
        changedKeys.add(key);
        if (old == null || !old.options().equals(table.options())) {
            if (old != null) countSequences(old, -1);
            countSequences(table, 1);
        }
        if (old != null && sameParts(old, table)) return; // a column added or changed: the same names and references
        if (old != null) forget(key, old);
        count(table, 1);
        ReferringTables.forEachReferencedKey(table, target -> referrers(target).add(key));
    }

    void remove(String key) {
        if (!tables.containsKey(key)) return;
        Table old = writable().remove(key);
        changedKeys.add(key);
        forget(key, old);
        countSequences(old, -1);
    }

    TableMap build() {
        partNames = partNames.with(changedNames);
        changedNames.clear();
        serialSequenceNames = serialSequenceNames.with(changedSequenceNames);
        changedSequenceNames.clear();
        referringTables = referringTables.with(changedReferrers);
        changedReferrers.clear();
        TableMap built = TableMap.built(tables, partNames, serialSequenceNames, referringTables, builtFrom, changedKeys);
        shared = true;
        builtFrom = built.id();
        changedKeys.clear();
        return built;
    }

    private TreeMap<String, Table> writable() {
        if (shared) {
            tables = new TreeMap<>(tables);
            shared = false;
        }
        return tables;
    }

    /** Whether the tables have equal keys, constraints, foreign keys and indexes: the same part names and references. */
    private static boolean sameParts(Table a, Table b) {
        return Objects.equals(a.primaryKey(), b.primaryKey()) && same(a.uniqueConstraints(), b.uniqueConstraints())
                && same(a.checks(), b.checks()) && same(a.foreignKeys(), b.foreignKeys()) && same(a.indexes(), b.indexes());
    }

    /** Lists of another length differ without comparing their parts (a part's equals is costly the first time). */
    private static boolean same(List<?> a, List<?> b) {
        return a == b || a.size() == b.size() && a.equals(b);
    }

    private void forget(String key, Table old) {
        count(old, -1);
        ReferringTables.forEachReferencedKey(old, target -> referrers(target).remove(key));
    }

    private int count(String key) {
        Integer changed = changedNames.get(key);
        return changed != null ? changed : partNames.count(key);
    }

    private void count(Table t, int delta) {
        PartNames.forEachName(t, key -> changedNames.put(key, count(key) + delta));
    }

    private void countSequences(Table t, int delta) {
        SerialSequenceNames.forEachName(t, key -> {
            Integer changed = changedSequenceNames.get(key);
            changedSequenceNames.put(key, (changed != null ? changed : serialSequenceNames.count(key)) + delta);
        });
    }

    /** The keys of the tables referring to {@code target}, as this builder changes them. */
    private Set<String> referrers(String target) {
        return changedReferrers.computeIfAbsent(target, k -> new HashSet<>(referringTables.to(k)));
    }
}
