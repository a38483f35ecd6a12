package dev.cairn.replay;

import dev.cairn.schema.Names;

import java.util.HashSet;
import java.util.Set;

/**
 * What an engine remembers that its catalog does not show: which indexes MySQL/MariaDB made by itself for a foreign
 * key (a later index that can serve the key replaces such an index).
 */
final class ReplayState {
    private final Set<String> implicitIndexes = new HashSet<>();

    void markImplicit(String table, String index) {
        implicitIndexes.add(key(table, index));
    }

    boolean isImplicit(String table, String index) {
        return implicitIndexes.contains(key(table, index));
    }

    void forget(String table, String index) {
        implicitIndexes.remove(key(table, index));
    }

    private static String key(String table, String index) {
        return Names.key(table) + "\u0000" + Names.key(index);
    }
}
