package dev.cairn.property;

import java.util.List;

/**
 * Reads the decisions of one generated step from its tape of small random numbers. A tape value of 0 always means
 * the simplest decision (the first option, "no"), so when jqwik shrinks the numbers towards 0 the step gets simpler
 * and stays valid, because the interpreter only ever offers choices that fit the current schema.
 */
final class Choices {
    private final List<Integer> tape;
    private int position;

    Choices(List<Integer> tape) {
        this.tape = tape;
    }

    /** A number in [0, n); 0 when the tape is used up. */
    int below(int n) {
        int value = position < tape.size() ? tape.get(position) : 0;
        position++;
        return n <= 1 ? 0 : Math.floorMod(value, n);
    }

    /** True with roughly the given probability; false when the tape value is 0. */
    boolean chance(int percent) {
        return below(100) >= 100 - percent;
    }

    <T> T pick(List<T> options) {
        return options.get(below(options.size()));
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
