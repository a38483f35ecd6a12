package dev.cairn.entity;

import java.util.function.Consumer;

/**
 * What a projection can select and order by: a column ({@link TypedColumn}) or an aggregate over one
 * ({@link Aggregate}), with the Java type {@code T} its values are read as.
 *
 * @param <T> the Java type of its values
 */
public sealed interface Selectable<T> permits TypedColumn, Aggregate {

    /** How its values are read from a result column. */
    ValueType<T> valueType();

    /** Appends its SQL, naming columns with {@code names}. */
    void appendTo(StringBuilder sql, SqlNames names);

    /** Hands every column it reads to {@code visitor}. */
    void columns(Consumer<TypedColumn<?, ?>> visitor);

    /** Ascending order by it, nulls as the database sorts them. */
    default Order asc() {
        return new Order(this, false);
    }

    /** Descending order by it, nulls as the database sorts them. */
    default Order desc() {
        return new Order(this, true);
    }
}
