package dev.cairn.bench;

import java.util.Arrays;
import java.util.Locale;

/** A warm measurement: some warm-up runs, then the median (with min and max) of the measured runs. */
record Timing(String name, double medianSeconds, double minSeconds, double maxSeconds) {

    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    static Timing of(String name, int warmups, int runs, Body body) throws Exception {
        for (int i = 0; i < warmups; i++) body.run();
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            body.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return new Timing(name, seconds[runs / 2], seconds[0], seconds[runs - 1]);
    }

    /** One run, timed: the first, cold one. */
    static Timing once(String name, Body body) throws Exception {
        return of(name, 0, 1, body);
    }

    double medianMillis() {
        return medianSeconds * 1000;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-62s median %,9.1f ms  (min %,.1f, max %,.1f)", name, medianSeconds * 1000,
                minSeconds * 1000, maxSeconds * 1000);
    }
}
