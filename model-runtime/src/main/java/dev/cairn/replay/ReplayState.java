package dev.cairn.replay;

import dev.cairn.schema.Names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an engine remembers that the model does not show: which indexes MySQL/MariaDB made by itself for a foreign
 * key (a later index that can serve the key replaces such an index); which relations each view reads, under their
 * current names (PostgreSQL keeps a view's dependencies by identity, so they follow renames), during one replay; and,
 * kept by the {@link Replayer} from one replay to the next, which key each PostgreSQL foreign key depends on
 * ({@link ReferencedKeys}).
 */
final class ReplayState {
    private final Set<String> implicitIndexes = new HashSet<>();
    private final ReferencedKeys referencedKeys;
    /** View key → the keys of the relations it reads. */
    private final Map<String, Set<String>> viewReads = new HashMap<>();

    ReplayState(ReferencedKeys referencedKeys) {
        this.referencedKeys = referencedKeys;
    }

    ReferencedKeys referencedKeys() {
        return referencedKeys;
    }

    /** Records what a view created or replaced by the replay reads. */
    void viewCreated(String view, Set<String> relations) {
        Set<String> keys = new HashSet<>();
        for (String r : relations) keys.add(Names.key(r));
        viewReads.put(Names.key(view), keys);
    }

    /** The keys of the relations a view reads: as recorded when it was created, else {@code fromDefinition}'s. */
    Set<String> viewReads(String view, Supplier<Set<String>> fromDefinition) {
        Set<String> known = viewReads.get(Names.key(view));
        if (known != null) return known;
        Set<String> keys = new HashSet<>();
        for (String r : fromDefinition.get()) keys.add(Names.key(r));
        return keys;
    }

    void viewDropped(String view) {
        viewReads.remove(Names.key(view));
    }

    /** A table or view renamed: the views that read it read it under its new name. */
    void renameRelation(String from, String to) {
        String f = Names.key(from), t = Names.key(to);
        Set<String> own = viewReads.remove(f);
        if (own != null) viewReads.put(t, own);
        for (Set<String> reads : viewReads.values()) if (reads.remove(f)) reads.add(t);
    }

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
        renameRelation(from, to);
        referencedKeys.renameTable(from, to);
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
