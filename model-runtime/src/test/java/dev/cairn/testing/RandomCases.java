package dev.cairn.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded random generation for property tests in plain JUnit: every case is reproduced from its seed, which the
 * parameterized test's display name shows. {@code CI=true} runs {@code ciCount} cases, a local run {@code localCount}.
 */
public final class RandomCases {
    private final Random random;

    public RandomCases(long seed) {
        this.random = new Random(seed);
    }

    /** The seeds to run: {@code -Dcairn.seed=N} reruns one case. */
    public static Stream<Long> seeds(int localCount, int ciCount) {
        String one = System.getProperty("cairn.seed");
        if (one != null) return Stream.of(Long.parseLong(one));
        int count = "true".equalsIgnoreCase(System.getenv("CI")) ? ciCount : localCount;
        return LongStream.range(0, count).boxed();
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
