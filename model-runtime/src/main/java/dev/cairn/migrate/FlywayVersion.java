package dev.cairn.migrate;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A Flyway migration version as its file name writes it ({@code 1}, {@code 1.1}, {@code 1.2.3}, {@code 2_1} for 2.1),
 * ordered as Flyway orders them: part by part, numerically; trailing zero parts do not count ({@code 1.0} is {@code 1}).
 */
record FlywayVersion(String text, List<BigInteger> parts) implements Comparable<FlywayVersion> {

    static FlywayVersion parse(String written) {
        String text = written.replace('_', '.');
        List<BigInteger> parts = new ArrayList<>();
        for (String p : text.split("\\.")) parts.add(new BigInteger(p));
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) parts.remove(parts.size() - 1);
        return new FlywayVersion(text, List.copyOf(parts));
    }

    @Override
    public int compareTo(FlywayVersion o) {
        for (int k = 0; k < Math.max(parts.size(), o.parts.size()); k++) {
            BigInteger a = k < parts.size() ? parts.get(k) : BigInteger.ZERO;
            BigInteger b = k < o.parts.size() ? o.parts.get(k) : BigInteger.ZERO;
            int c = a.compareTo(b);
            if (c != 0) return c;
        }
        return 0;
    }

    /** Whether {@code other} is the same version, however written ({@code 1.0} and {@code 1}). */
    boolean sameAs(FlywayVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
