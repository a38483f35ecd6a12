package dev.cairn.replay;

import dev.cairn.schema.Names;

import java.util.HashSet;
import java.util.List;
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

    void renameTable(String from, String to) {
        String prefix = Names.key(from) + "\u0000";
        List<String> moved = implicitIndexes.stream().filter(k -> k.startsWith(prefix)).toList();
        for (String k : moved) {
            implicitIndexes.remove(k);
            implicitIndexes.add(Names.key(to) + "\u0000" + k.substring(prefix.length()));
        }
    }

    private static String key(String table, String index) {
        return Names.key(table) + "\u0000" + Names.key(index);
    }
}
