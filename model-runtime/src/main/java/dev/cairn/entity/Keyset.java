package dev.cairn.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The condition of keyset pagination: the rows after a given one in an order of several columns, as
 * {@code a > ? OR (a = ? AND b > ?) OR …} with {@code <} for descending terms, which every engine reads (unlike row
 * value comparisons, which mix directions badly).
 */
final class Keyset {
    private Keyset() {
    }

    static <E extends Entity> Condition after(EntityType<E> type, List<Order> order, E last) {
        if (order.isEmpty()) {
            throw new IllegalStateException("after(…) needs an order: orderBy(…) with columns that identify a row, e.g. the key");
        }
        List<Condition> any = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            List<Condition> all = new ArrayList<>(i + 1);
            for (int j = 0; j < i; j++) all.add(compare(type, order.get(j), "=", last));
            all.add(compare(type, order.get(i), order.get(i).descending() ? "<" : ">", last));
            any.add(Condition.all(all));
        }
        return new Condition.Junction("OR", any);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Entity, T> Condition compare(EntityType<E> type, Order term, String operator, E last) {
        if (!(term.column() instanceof TypedColumn<?, ?> c) || !type.columns().contains(c)) {
            throw new IllegalArgumentException("after(…) compares the row given by its own columns, and the order has " + term.column()
                    + "; order by columns of " + type.table() + " only");
        }
        TypedColumn<E, T> column = (TypedColumn<E, T>) c;
        T value = column.get(last);
        if (value == null) {
            throw new IllegalArgumentException("after(…): " + type.table() + "." + column.name() + " is null in the row given, and "
                    + "keyset pagination compares it; order by columns that are never null");
        }
        return new Condition.Comparison<>(column, operator, value);
    }
}
