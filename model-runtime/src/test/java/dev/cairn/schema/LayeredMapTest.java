package dev.cairn.schema;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayeredMapTest {

    @Test
    void changesAreLaidOverAndTheMapTheyWereLaidOverStaysAsItWas() {
        LayeredMap<Integer> counts = LayeredMap.of(new HashMap<>(Map.of("a", 1, "b", 2)), 0);
        LayeredMap<Integer> changed = counts.with(Map.of("a", 0, "c", 3), n -> n);
        assertEquals(List.of(0, 2, 3, 0), List.of(changed.get("a"), changed.get("b"), changed.get("c"), changed.get("d")));
        assertEquals(List.of(1, 2, 0), List.of(counts.get("a"), counts.get("b"), counts.get("c")));
    }

    @Test
    void changesToWhatTheMapHoldsAlreadyLeaveItAsItIs() {
        LayeredMap<Integer> counts = LayeredMap.of(new HashMap<>(Map.of("a", 1)), 0);
        assertSame(counts, counts.with(Map.of("a", 1, "b", 0), n -> n));
        assertSame(counts, counts.with(Map.of(), n -> n));
    }

    @Test
    void manyChangesAreFoldedIntoTheFlatMapWithoutTheGoneOnes() {
        LayeredMap<Integer> counts = LayeredMap.of(new HashMap<>(), 0);
        Map<String, Integer> plain = new HashMap<>();
        for (int n = 0; n < 100; n++) {
            counts = counts.with(step(n), v -> v);
            plain.putAll(step(n));
        }
        for (int n = 0; n < 100; n++) assertEquals(plain.get("k" + n), counts.get("k" + n), "k" + n);
    }

    /** Step n counts k{n} and sets k{n/2} to n, or removes it at even n. */
    private static Map<String, Integer> step(int n) {
        Map<String, Integer> changes = new HashMap<>();
        changes.put("k" + n, n + 1);
        changes.put("k" + (n / 2), n % 2 == 0 ? 0 : n);
        return changes;
    }

    @Test
    void aMutableChangeIsKeptAsItsFrozenCopy() {
        Set<String> keys = new HashSet<>(Set.of("posts"));
        LayeredMap<Set<String>> referrers = LayeredMap.<Set<String>>of(new HashMap<>(), Set.of()).with(Map.of("users", keys), Set::copyOf);
        keys.add("tags");
        assertEquals(Set.of("posts"), referrers.get("users"));
        assertThrows(UnsupportedOperationException.class, () -> referrers.get("users").add("x"));
    }
}
