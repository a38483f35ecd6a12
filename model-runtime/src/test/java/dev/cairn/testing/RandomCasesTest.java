package dev.cairn.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seeds a property test runs: half fixed, half fresh for this run, all distinct, the same when asked twice. */
class RandomCasesTest {
    @Test
    void halfTheSeedsAreFixedAndHalfAreFreshAndDistinct() {
        if (System.getProperty("cairn.seed") != null || System.getProperty("cairn.cases") != null) return; // the counts are overridden
        List<Long> seeds = RandomCases.seeds(RandomCasesTest.class, 10, 10).toList();
        assertEquals(10, seeds.size());
        assertEquals(10, Set.copyOf(seeds).size(), seeds::toString);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), seeds.subList(0, 5));
        assertTrue(seeds.subList(5, 10).stream().allMatch(s -> s >= 5), seeds::toString);
        assertEquals(seeds, RandomCases.seeds(RandomCasesTest.class, 10, 10).toList(), "the fresh seeds of one run are drawn once");
        List<Long> other = RandomCases.seeds(String.class, 10, 10).toList();
        assertTrue(other.subList(5, 10).stream().noneMatch(seeds::contains), "each generator draws its own fresh seeds");
    }

    @Test
    void everyRegressionSeedNamesAGeneratorThatRunsIt() throws Exception {
        Set<String> generators = Set.of("StatementSplitterProperties", "TableMapBuilderTest", "SqliteReplayProperties", "PostgresReplayProperties",
                "MariaDbReplayProperties", "CanonicalFormsProperties", "GeneratedHistoriesProperties", "WideReplayProperties");
        assertEquals(List.of(), RandomCases.regressionSeeds("NoSuchGenerator"));
        String text = new String(RandomCases.class.getResourceAsStream(RandomCases.REGRESSION_SEEDS).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Set<String> named = text.lines().map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
        named.removeAll(generators);
        assertEquals(Set.of(), named, "regression seeds of no generator");
    }
}
