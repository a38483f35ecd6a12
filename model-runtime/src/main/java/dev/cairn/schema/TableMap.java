package dev.cairn.schema;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
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
    private volatile PartNames partNames;

    /**
     * @param keyed     tables already keyed by {@link Names#key}, not shared with anyone
     * @param partNames their part-name counts; null to count them when first asked
     */
    TableMap(TreeMap<String, Table> keyed, PartNames partNames) {
        this.tables = Collections.unmodifiableSortedMap(keyed);
        this.partNames = partNames;
    }

    /** How many parts carry each name. */
    PartNames partNames() {
        PartNames counted = partNames;
        if (counted == null) partNames = counted = PartNames.of(tables.values());
        return counted;
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
