package dev.cairn.entity;

import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;

/**
 * Key values given untyped ({@code session.find(Post.META, 1)}): an integer of another width is converted when it fits
 * (1 for a {@code Long} key), anything else of the wrong type is refused with the column and the types, instead of
 * a {@link ClassCastException} from deep in the binding.
 */
final class KeyValues {
    private static final Map<ValueType<?>, Class<?>> CLASSES = Map.of(
            ValueTypes.LONG, Long.class, ValueTypes.INTEGER, Integer.class, ValueTypes.SHORT, Short.class,
            ValueTypes.BIG_INTEGER, BigInteger.class, ValueTypes.STRING, String.class, ValueTypes.UNTYPED_TEXT, String.class,
            ValueTypes.UUID_VALUE, UUID.class, ValueTypes.UUID_TEXT, UUID.class, ValueTypes.BIG_DECIMAL, java.math.BigDecimal.class);

    private KeyValues() {
    }

    static Object convert(EntityType<?> type, TypedColumn<?, ?> column, Object value) {
        if (value == null) throw new IllegalArgumentException(type.table() + "." + column.name() + ": a key part cannot be null");
        Class<?> wanted = CLASSES.get(column.type());
        if (wanted == null || wanted.isInstance(value)) return value;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long v = ((Number) value).longValue();
            if (wanted == Long.class) return v;
            if (wanted == Integer.class && v == (int) v) return (int) v;
            if (wanted == Short.class && v == (short) v) return (short) v;
            if (wanted == BigInteger.class) return BigInteger.valueOf(v);
        }
        throw new IllegalArgumentException("The key column " + type.table() + "." + column.name() + " holds " + wanted.getSimpleName()
                + " values, but " + value.getClass().getSimpleName() + " " + value + " was given");
    }
}
