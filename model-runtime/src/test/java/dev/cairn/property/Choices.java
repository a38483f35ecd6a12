package dev.cairn.property;

import dev.cairn.testing.RandomCases;

import java.util.List;

/**
 * The decisions of one generated script, drawn from the seeded {@link RandomCases} of its test case, so the seed in
 * the case's display name reproduces the script exactly.
 */
final class Choices {
    private final RandomCases random;

    Choices(RandomCases random) {
        this.random = random;
    }

    /** A number in [0, n); 0 when n is 1 or less. */
    int below(int n) {
        return n <= 1 ? 0 : random.random().nextInt(n);
    }

    /** True with roughly the given probability. */
    boolean chance(int percent) {
        return below(100) >= 100 - percent;
    }

    int between(int min, int max) {
        return random.between(min, max);
    }

    <T> T pick(List<T> options) {
        return random.pick(options);
    }

    /** An index chosen by weight: weights[i] is the relative chance of i. */
    int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) total += w;
        int roll = below(total);
        for (int i = 0; i < weights.length; i++) {
            if (roll < weights[i]) return i;
            roll -= weights[i];
        }
        throw new IllegalStateException("no positive weight");
    }
}
