package dev.cairn.schema;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tables of a {@link Schema}: an unmodifiable map sorted by {@link Names#key}, which also knows how many primary
 * keys, constraints and indexes of all its tables carry each name, and which tables refer to each table. Replay asks
 * that of every schema it starts from; counted once per schema (or handed over by the builder that made it), it is not
 * recounted per migration. A map a {@link TableMapBuilder} made knows which keys changed since the map the builder
 * started from (by that map's id, not a reference: a schema does not keep the schemas before it alive).
 */
final class TableMap extends AbstractMap<String, Table> implements SortedMap<String, Table> {
    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final TreeMap<String, Table> keyed;
    private final SortedMap<String, Table> tables;
    /** The id of the map whose builder made this one, 0 for none; {@link #changedKeys} are relative to it. */
    private final long builtFrom;
    private final Set<String> changedKeys;
    private volatile PartNames partNames;
    private volatile SerialSequenceNames serialSequenceNames;
    private volatile ReferringTables referringTables;

    /**
     * @param keyed           tables already keyed by {@link Names#key}, written by no one from now on
     * @param partNames       their part-name counts; null to count them when first asked
     * @param serialSequenceNames the sequence names their options hold; null to count them when first asked
     * @param referringTables their references; null to collect them when first asked
     * @param builtFrom       the id of the map these tables were made from, 0 for none
     * @param changedKeys     the keys put or removed since that map (a superset of those whose table differs)
     */
    private TableMap(TreeMap<String, Table> keyed, PartNames partNames, SerialSequenceNames serialSequenceNames,
                     ReferringTables referringTables, long builtFrom, Set<String> changedKeys) {
        this.keyed = keyed;
        this.tables = Collections.unmodifiableSortedMap(keyed);
        this.partNames = partNames;
        this.serialSequenceNames = serialSequenceNames;
        this.referringTables = referringTables;
        this.builtFrom = builtFrom;
        this.changedKeys = changedKeys;
    }

    /** @param keyed tables already keyed by {@link Names#key}, not shared with anyone */
    static TableMap of(TreeMap<String, Table> keyed) {
        return new TableMap(keyed, null, null, null, 0, Set.of());
    }

    /** What a builder that started from the map of id {@code builtFrom} made; see the constructor. */
    static TableMap built(TreeMap<String, Table> keyed, PartNames partNames, SerialSequenceNames serialSequenceNames,
                          ReferringTables referringTables, long builtFrom, Set<String> changedKeys) {
        return new TableMap(keyed, partNames, serialSequenceNames, referringTables, builtFrom, Set.copyOf(changedKeys));
    }

    long id() {
        return id;
    }

    /**
     * The keys whose table may be another than in {@code before} (put or removed since), or null when this map was not
     * built straight from {@code before} and only comparing the two maps can tell.
     */
    Set<String> keysChangedSince(TableMap before) {
        return builtFrom == before.id ? changedKeys : null;
    }

    /** The sorted map itself, for a builder to share until its first change; nobody writes it. */
    TreeMap<String, Table> sharedTreeMap() {
        return keyed;
    }

    /** How many parts carry each name. */
    PartNames partNames() {
        PartNames counted = partNames;
        if (counted == null) partNames = counted = PartNames.of(tables.values());
        return counted;
    }

    /** How many tables' options name each serial column's sequence. */
    SerialSequenceNames serialSequenceNames() {
        SerialSequenceNames counted = serialSequenceNames;
        if (counted == null) serialSequenceNames = counted = SerialSequenceNames.of(tables.values());
        return counted;
    }

    /** Which tables refer to each table. */
    ReferringTables referringTables() {
        ReferringTables collected = referringTables;
        if (collected == null) referringTables = collected = ReferringTables.of(tables);
        return collected;
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
