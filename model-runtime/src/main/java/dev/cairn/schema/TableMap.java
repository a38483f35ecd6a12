package dev.cairn.schema;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tables of a {@link Schema}: an unmodifiable map sorted by {@link Names#key}, which also knows how many primary
 * keys, constraints and indexes of all its tables carry each name. Replay asks that of every schema it starts from;
 * counted once per schema (or handed over by the builder that made it), it is not recounted per migration.
 */
final class TableMap extends AbstractMap<String, Table> implements SortedMap<String, Table> {
    private final SortedMap<String, Table> tables;
    private volatile Map<String, Integer> partNames;

    /**
     * @param keyed     tables already keyed by {@link Names#key}, not shared with anyone
     * @param partNames their part-name counts, which nobody changes any more; null to count them when first asked
     */
    TableMap(TreeMap<String, Table> keyed, Map<String, Integer> partNames) {
        this.tables = Collections.unmodifiableSortedMap(keyed);
        this.partNames = partNames;
    }

    /** How many parts carry each name (lower-case); the caller must not change it. */
    Map<String, Integer> partNames() {
        Map<String, Integer> counted = partNames;
        if (counted == null) {
            Map<String, Integer> out = new HashMap<>();
            for (Table t : tables.values()) count(out, t, 1);
            partNames = counted = out;
        }
        return counted;
    }

    static void count(Map<String, Integer> counts, Table t, int delta) {
        if (t.primaryKey() != null) count(counts, t.primaryKey().name(), delta);
        for (UniqueConstraint u : t.uniqueConstraints()) count(counts, u.name(), delta);
        for (CheckConstraint c : t.checks()) count(counts, c.name(), delta);
        for (ForeignKey f : t.foreignKeys()) count(counts, f.name(), delta);
        for (Index i : t.indexes()) count(counts, i.name(), delta);
    }

    private static void count(Map<String, Integer> counts, String name, int delta) {
        if (name == null) return;
        counts.merge(Names.key(name), delta, (a, b) -> a + b == 0 ? null : a + b);
    }

    @Override
    public Table get(Object key) {
        return tables.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return tables.containsKey(key);
    }

    @Override
    public int size() {
        return tables.size();
    }

    @Override
    public Set<Entry<String, Table>> entrySet() {
        return tables.entrySet();
    }

    @Override
    public Set<String> keySet() {
        return tables.keySet();
    }

    @Override
    public Collection<Table> values() {
        return tables.values();
    }

    @Override
    public Comparator<? super String> comparator() {
        return tables.comparator();
    }

    @Override
    public SortedMap<String, Table> subMap(String fromKey, String toKey) {
        return tables.subMap(fromKey, toKey);
    }

    @Override
    public SortedMap<String, Table> headMap(String toKey) {
        return tables.headMap(toKey);
    }

    @Override
    public SortedMap<String, Table> tailMap(String fromKey) {
        return tables.tailMap(fromKey);
    }

    @Override
    public String firstKey() {
        return tables.firstKey();
    }

    @Override
    public String lastKey() {
        return tables.lastKey();
    }
}
