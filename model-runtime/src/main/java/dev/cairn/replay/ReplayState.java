package dev.cairn.replay;

import dev.cairn.schema.Names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What an engine remembers that the model does not show (the indexes MySQL/MariaDB made for foreign keys are in the
 * model: {@code Index.implicit}): which relations each view reads, under their
 * current names (PostgreSQL keeps a view's dependencies by identity, so they follow renames), during one replay; and,
 * kept by the {@link Replayer} from one replay to the next, which key each PostgreSQL foreign key depends on
 * ({@link ReferencedKeys}).
 */
final class ReplayState {
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

    void renameTable(String from, String to) {
        renameRelation(from, to);
        referencedKeys.renameTable(from, to);
    }
}
