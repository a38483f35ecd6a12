package dev.cairn.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An immutable map by {@link Names#key} that a builder changes cheaply: a flat map plus a small overlay of the entries
 * changed since it was flattened, so the schema after one statement shares the flat map with the schema before it
 * instead of copying an entry per table. The overlay is folded in once it grows past a sixteenth of the flat map.
 *
 * @param <V> immutable values; {@code absent} is the value of a key the map does not hold
 */
final class LayeredMap<V> {
    private final Map<String, V> flat;
    private final Map<String, V> overlay;
    private final V absent;

    private LayeredMap(Map<String, V> flat, Map<String, V> overlay, V absent) {
        this.flat = flat;
        this.overlay = overlay;
        this.absent = absent;
    }

    /** @param flat not shared with anyone, without entries whose value is {@code absent} */
    static <V> LayeredMap<V> of(Map<String, V> flat, V absent) {
        return new LayeredMap<>(flat, Map.of(), absent);
    }

    V get(String key) {
        V changed = overlay.get(key);
        if (changed != null) return changed;
        V v = flat.get(key);
        return v != null ? v : absent;
    }

    /**
     * This map with {@code changes} (new values by key, {@code absent} for gone) laid over it. A change to the value
     * the map holds already is left out, so the overlay grows only with what changed; {@code frozen} gives the value to
     * keep for a changed one (a copy of a mutable value).
     */
    LayeredMap<V> with(Map<String, ? extends V> changes, UnaryOperator<V> frozen) {
        Map<String, V> merged = null;
        for (Map.Entry<String, ? extends V> e : changes.entrySet()) {
            if (e.getValue().equals(get(e.getKey()))) continue;
            if (merged == null) merged = new HashMap<>(overlay);
            merged.put(e.getKey(), frozen.apply(e.getValue()));
        }
        if (merged == null) return this;
        if (merged.size() <= Math.max(32, flat.size() / 16)) return new LayeredMap<>(flat, merged, absent);
        Map<String, V> folded = new HashMap<>(flat);
        merged.forEach((key, v) -> {
            if (v.equals(absent)) folded.remove(key);
            else folded.put(key, v);
        });
        return new LayeredMap<>(folded, Map.of(), absent);
    }
}
