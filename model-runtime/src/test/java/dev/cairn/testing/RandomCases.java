package dev.cairn.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Seeded random generation for property tests in plain JUnit: every case is reproduced from its seed, which the
 * parameterized test's display name shows. {@code CI=true} runs {@code ciCount} cases, a local run {@code localCount}:
 * the regression seeds of the generator (seeds that once failed, listed in {@value #REGRESSION_SEEDS}), half of the
 * count as the fixed seeds 0, 1, 2, … and the other half fresh, drawn for this run from a base seed printed once.
 * {@code -Dcairn.seed=N} reruns one case; {@code -Dcairn.seeds.base=B} draws the fresh seeds of an earlier run again;
 * {@code -Dcairn.cases=N} runs N cases instead (a longer run: half fixed, half fresh).
 */
public final class RandomCases {
    private final Random random;

    public RandomCases(long seed) {
        this.random = new Random(seed);
    }

    /** The file of seeds that once failed: lines {@code <generator class simple name> <seed>}, {@code #} comments. */
    public static final String REGRESSION_SEEDS = "/random-regression-seeds.txt";

    /** The base of this run's fresh seeds: {@code -Dcairn.seeds.base}, or drawn once per test JVM and printed. */
    private static final long BASE = freshBase();

    private static long freshBase() {
        String given = System.getProperty("cairn.seeds.base");
        long base = given != null ? Long.parseLong(given) : new SecureRandom().nextLong();
        System.out.println("Random cases: fresh seeds drawn from base " + base + " (draw them again with -Dcairn.seeds.base=" + base
                + "; one case with -Dcairn.seed=N)");
        return base;
    }

    /** The seeds to run for the generator of {@code test}; see the class comment. */
    public static Stream<Long> seeds(Class<?> test, int localCount, int ciCount) {
        String one = System.getProperty("cairn.seed");
        if (one != null) return Stream.of(Long.parseLong(one));
        String cases = System.getProperty("cairn.cases");
        int count = cases != null ? Integer.parseInt(cases) : "true".equalsIgnoreCase(System.getenv("CI")) ? ciCount : localCount;
        Set<Long> seeds = new LinkedHashSet<>(regressionSeeds(test.getSimpleName()));
        int fixed = count / 2;
        for (long k = 0; k < fixed; k++) seeds.add(k);
        SplittableRandom fresh = new SplittableRandom(BASE ^ test.getName().hashCode());
        while (seeds.size() < count + regressionSeeds(test.getSimpleName()).size()) seeds.add(fresh.nextLong() & Long.MAX_VALUE);
        return seeds.stream();
    }

    /** The seeds listed for {@code generator} in {@value #REGRESSION_SEEDS}. */
    static List<Long> regressionSeeds(String generator) {
        List<Long> out = new ArrayList<>();
        try (InputStream in = RandomCases.class.getResourceAsStream(REGRESSION_SEEDS)) {
            if (in == null) throw new IllegalStateException(REGRESSION_SEEDS + " is not on the test class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.replaceAll("#.*", "").strip();
                if (t.isEmpty()) continue;
                String[] parts = t.split("\\s+");
                if (parts.length != 2) throw new IllegalStateException(REGRESSION_SEEDS + ": expected '<generator> <seed>': " + line);
                if (parts[0].equals(generator)) out.add(Long.parseLong(parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public Random random() {
        return random;
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public <T> List<T> list(int min, int max, Supplier<T> element) {
        int n = between(min, max);
        List<T> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) out.add(element.get());
        return out;
    }

    /** Chooses one supplier with the given weights (pairs of weight and supplier). */
    public <T> T weighted(int weightA, Supplier<T> a, int weightB, Supplier<T> b) {
        return random.nextInt(weightA + weightB) < weightA ? a.get() : b.get();
    }
}
