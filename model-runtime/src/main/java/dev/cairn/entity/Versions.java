package dev.cairn.entity;

import java.math.BigInteger;

/** The arithmetic of optimistic-locking version columns: the integer value types, their first value and the next. */
final class Versions {
    private Versions() {
    }

    static boolean counts(ValueType<?> type) {
        return type == ValueTypes.SHORT || type == ValueTypes.INTEGER || type == ValueTypes.LONG || type == ValueTypes.BIG_INTEGER;
    }

    /** The version an insert gives a row whose version the entity and the column's default leave open. */
    @SuppressWarnings("unchecked")
    static <T> T first(ValueType<T> type) {
        if (type == ValueTypes.SHORT) return (T) Short.valueOf((short) 0);
        if (type == ValueTypes.INTEGER) return (T) Integer.valueOf(0);
        if (type == ValueTypes.LONG) return (T) Long.valueOf(0);
        return (T) BigInteger.ZERO;
    }

    /** The version after {@code current}. */
    @SuppressWarnings("unchecked")
    static <T> T next(T current) {
        if (current instanceof Short s) return (T) Short.valueOf((short) (s + 1));
        if (current instanceof Integer i) return (T) Integer.valueOf(i + 1);
        if (current instanceof Long l) return (T) Long.valueOf(l + 1);
        if (current instanceof BigInteger b) return (T) b.add(BigInteger.ONE);
        throw new IllegalStateException("A version column holds " + current + ", not an integer");
    }
}
