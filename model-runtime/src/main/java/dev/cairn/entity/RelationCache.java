package dev.cairn.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The relationships an entity has loaded, each with the foreign-key values it was loaded for and the session's write
 * count then: a value is reused while both are unchanged, so an accessor called ten times runs at most one query, and
 * a write in the session (which may add or remove related rows) makes the next call load again.
 */
final class RelationCache {
    private record Loaded(Object keyValues, Object value, long writes) {
    }

    private final Map<String, Loaded> loaded = new HashMap<>(4);

    @SuppressWarnings("unchecked")
    <T> T get(String relation, Object keyValues, long writes, Supplier<T> load) {
        Loaded l = loaded.get(relation);
        if (l != null && l.writes == writes && Objects.equals(l.keyValues, keyValues)) return (T) l.value;
        T value = load.get();
        loaded.put(relation, new Loaded(keyValues, value, writes));
        return value;
    }

    void put(String relation, Object keyValues, Object value, long writes) {
        loaded.put(relation, new Loaded(keyValues, value, writes));
    }

    void remove(String relation) {
        loaded.remove(relation);
    }
}
