package dev.cairn.entity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An aggregate function over the rows of a group (or of the whole query without {@link Query#groupBy}):
 * {@code COUNT(*)}, {@code COUNT(column)}, {@code COUNT(DISTINCT column)}, {@code MIN}, {@code MAX}, {@code SUM},
 * {@code AVG}. Made by {@link #count()}, {@link TypedColumn#count()}, {@link TypedColumn#min()},
 * {@link TypedColumn#max()}, {@link #sum} and {@link #avg}; two made alike are equal, so the one given to
 * {@link Query#select} can be read back from a {@link Row} with another made the same way.
 *
 * @param function the SQL function
 * @param column   the column it reads, or null for {@code COUNT(*)}
 * @param distinct whether it reads each distinct value once
 * @param type     how its result is read
 * @param <T>      the Java type of its result
 */
public record Aggregate<T>(String function, TypedColumn<?, ?> column, boolean distinct, ValueType<T> type) implements Selectable<T> {

    /** Checks the parts. */
    public Aggregate {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(type, "type");
    }

    /** {@code COUNT(*)}: the number of rows (of the group). */
    public static Aggregate<Long> count() {
        return new Aggregate<>("COUNT", null, false, ValueTypes.LONG);
    }

    /** {@code SUM(column)}, read as a {@link BigDecimal} whatever the column's type (a sum outgrows it); null over no rows. */
    public static Aggregate<BigDecimal> sum(TypedColumn<?, ? extends Number> column) {
        return new Aggregate<>("SUM", Objects.requireNonNull(column, "column"), false, ValueTypes.BIG_DECIMAL);
    }

    /** {@code AVG(column)}, read as a {@link BigDecimal}; null over no rows. */
    public static Aggregate<BigDecimal> avg(TypedColumn<?, ? extends Number> column) {
        return new Aggregate<>("AVG", Objects.requireNonNull(column, "column"), false, ValueTypes.BIG_DECIMAL);
    }

    /** {@code aggregate = ?}, for {@link Query#having}. */
    public Condition eq(T value) {
        return compare("=", value);
    }

    /** {@code aggregate <> ?}, for {@link Query#having}. */
    public Condition ne(T value) {
        return compare("<>", value);
    }

    /** {@code aggregate < ?}, for {@link Query#having}. */
    public Condition lt(T value) {
        return compare("<", value);
    }

    /** {@code aggregate <= ?}, for {@link Query#having}. */
    public Condition le(T value) {
        return compare("<=", value);
    }

    /** {@code aggregate > ?}, for {@link Query#having}: {@code having(Aggregate.count().gt(10L))}. */
    public Condition gt(T value) {
        return compare(">", value);
    }

    /** {@code aggregate >= ?}, for {@link Query#having}. */
    public Condition ge(T value) {
        return compare(">=", value);
    }

    private Condition compare(String operator, T value) {
        return new Condition.AggregateComparison<>(this, operator, Objects.requireNonNull(value, "value"));
    }

    @Override
    public ValueType<T> valueType() {
        return type;
    }

    @Override
    public void appendTo(StringBuilder sql, SqlNames names) {
        sql.append(function).append('(');
        if (column == null) {
            sql.append('*');
        } else {
            if (distinct) sql.append("DISTINCT ");
            sql.append(names.column(column));
        }
        sql.append(')');
    }

    @Override
    public void columns(Consumer<TypedColumn<?, ?>> visitor) {
        if (column != null) visitor.accept(column);
    }

    @Override
    public String toString() {
        return function + "(" + (column == null ? "*" : (distinct ? "DISTINCT " : "") + column.name()) + ")";
    }
}
