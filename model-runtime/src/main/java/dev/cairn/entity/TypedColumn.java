package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A typed column of an entity's table: its name, how its values travel through JDBC, and how to get and set it on
 * the entity (method references in generated code, so no reflection). The condition methods build the typed query.
 *
 * @param <E> the entity
 * @param <T> the Java type of the column's values
 */
public final class TypedColumn<E, T> implements Selectable<T> {
    private final String name;
    private final ValueType<T> type;
    private final Function<E, T> getter;
    private final BiConsumer<E, T> setter;
    private final boolean generated;
    private final boolean defaulted;
    private final boolean computed;
    private final boolean required;
    private final boolean version;

    private TypedColumn(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter, boolean generated,
                        boolean defaulted, boolean computed, boolean required, boolean version) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.getter = Objects.requireNonNull(getter, "getter");
        this.setter = Objects.requireNonNull(setter, "setter");
        this.generated = generated;
        this.defaulted = defaulted;
        this.computed = computed;
        this.required = required;
        this.version = version;
    }

    /** A nullable column whose value the application gives (null is written as NULL). */
    public static <E, T> TypedColumn<E, T> of(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter) {
        return new TypedColumn<>(name, type, getter, setter, false, false, false, false, false);
    }

    /**
     * A {@code NOT NULL} column without a default: an insert or update of null is refused before it reaches the
     * database, with "table.column is required".
     */
    public static <E, T> TypedColumn<E, T> required(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter) {
        return new TypedColumn<>(name, type, getter, setter, false, false, false, true, false);
    }

    /** A column the database fills in when an insert leaves it null: an identity or auto-increment key. */
    public static <E, T> TypedColumn<E, T> generated(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter) {
        return new TypedColumn<>(name, type, getter, setter, true, false, false, false, false);
    }

    /**
     * A column with a default: an insert leaves it to the database's default unless the entity's setter was called
     * (with null too: a nullable column set to null on purpose stores NULL). What the database filled in is read back.
     */
    public static <E, T> TypedColumn<E, T> defaulted(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter) {
        return new TypedColumn<>(name, type, getter, setter, false, true, false, false, false);
    }

    /**
     * A column the database computes from others ({@code GENERATED ALWAYS AS (…)}): inserts and updates never write
     * it; it is read with the row and read back after an insert.
     */
    public static <E, T> TypedColumn<E, T> computed(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter) {
        return new TypedColumn<>(name, type, getter, setter, false, false, true, false, false);
    }

    /**
     * The optimistic-locking version of its table (an integer column): an update or delete matches the row only at
     * the version the entity was loaded with ({@code … WHERE key = ? AND version = ?}), an update writes the next
     * version, and a row that moved on throws {@link OptimisticLockException}. An insert that leaves it null starts it
     * at the column's default, or 0.
     */
    public static <E, T> TypedColumn<E, T> version(String name, ValueType<T> type, Function<E, T> getter, BiConsumer<E, T> setter,
                                                   boolean defaulted) {
        if (!Versions.counts(type)) {
            throw new IllegalArgumentException("The version column " + name + " must be an integer (Short, Integer, Long, BigInteger)");
        }
        return new TypedColumn<>(name, type, getter, setter, false, defaulted, false, true, true);
    }

    public String name() {
        return name;
    }

    public ValueType<T> type() {
        return type;
    }

    @Override
    public ValueType<T> valueType() {
        return type;
    }

    @Override
    public void appendTo(StringBuilder sql, SqlNames names) {
        sql.append(names.column(this));
    }

    @Override
    public void columns(java.util.function.Consumer<TypedColumn<?, ?>> visitor) {
        visitor.accept(this);
    }

    /** {@code COUNT(column)}: the number of rows (of the group) where the column is not null. */
    public Aggregate<Long> count() {
        return new Aggregate<>("COUNT", this, false, ValueTypes.LONG);
    }

    /** {@code COUNT(DISTINCT column)}: the number of distinct values, nulls not counted. */
    public Aggregate<Long> countDistinct() {
        return new Aggregate<>("COUNT", this, true, ValueTypes.LONG);
    }

    /** {@code MIN(column)}, read as the column is; null over no rows. */
    public Aggregate<T> min() {
        return new Aggregate<>("MIN", this, false, type);
    }

    /** {@code MAX(column)}, read as the column is; null over no rows. */
    public Aggregate<T> max() {
        return new Aggregate<>("MAX", this, false, type);
    }

    public T get(E entity) {
        return getter.apply(entity);
    }

    public void set(E entity, T value) {
        setter.accept(entity, value);
    }

    /** Whether the database assigns this column's value on insert (identity, auto-increment). */
    public boolean isGenerated() {
        return generated;
    }

    /** Whether the database computes the column from others, so that no insert or update writes it. */
    public boolean isComputed() {
        return computed;
    }

    /** Whether the column has a default that an insert leaving it out applies. */
    public boolean isDefaulted() {
        return defaulted;
    }

    /** Whether a null value is refused before it reaches the database ({@code NOT NULL}, no default). */
    public boolean isRequired() {
        return required;
    }

    /** Whether this is the table's optimistic-locking version column. */
    public boolean isVersion() {
        return version;
    }

    /** Whether an insert leaves the column out of this entity's row: computed, or null where the database fills it in. */
    boolean omittedFromInsert(E entity) {
        if (computed) return true;
        if (!generated && !defaulted) return false;
        return getter.apply(entity) == null && !(entity instanceof Entity e && e.wasAssigned(this));
    }

    void readInto(E entity, ResultSet row, int index) throws SQLException {
        setter.accept(entity, type.read(row, index));
    }

    void bindFrom(E entity, PreparedStatement statement, int index) throws SQLException {
        type.bind(statement, index, getter.apply(entity));
    }

    public Condition eq(T value) {
        return value == null ? isNull() : new Condition.Comparison<>(this, "=", value);
    }

    public Condition ne(T value) {
        return value == null ? isNotNull() : new Condition.Comparison<>(this, "<>", value);
    }

    public Condition lt(T value) {
        return new Condition.Comparison<>(this, "<", Objects.requireNonNull(value, "value"));
    }

    public Condition le(T value) {
        return new Condition.Comparison<>(this, "<=", Objects.requireNonNull(value, "value"));
    }

    public Condition gt(T value) {
        return new Condition.Comparison<>(this, ">", Objects.requireNonNull(value, "value"));
    }

    public Condition ge(T value) {
        return new Condition.Comparison<>(this, ">=", Objects.requireNonNull(value, "value"));
    }

    /**
     * SQL {@code LIKE} with {@code %} and {@code _} wildcards; the pattern is bound as a parameter.
     *
     * @throws IllegalArgumentException on a column that does not hold text (a number, an enum, a date)
     */
    public Condition like(String pattern) {
        if (type != ValueTypes.STRING && type != ValueTypes.UNTYPED_TEXT) {
            throw new IllegalArgumentException("like compares text, and column " + name + " does not hold text; compare it with "
                    + "eq, lt, gt or in");
        }
        return new Condition.Like(this, Objects.requireNonNull(pattern, "pattern"));
    }

    /**
     * {@code column IN (SELECT …)}: the column's value is one of the values another query selects, e.g. the posts of
     * the users someone follows:
     * {@code Post.USER_ID.in(session.select(Follow.META).where(Follow.FOLLOWER_ID.eq(me)).column(Follow.FOLLOWED_ID))}.
     */
    public Condition in(SubSelect<T> select) {
        return new Condition.InSelect<>(this, Objects.requireNonNull(select, "select"));
    }

    public Condition in(Collection<? extends T> values) {
        return new Condition.In<>(this, List.copyOf(values));
    }

    @SafeVarargs
    public final Condition in(T... values) {
        return in(List.of(values));
    }

    public Condition isNull() {
        return new Condition.Null(this, true);
    }

    public Condition isNotNull() {
        return new Condition.Null(this, false);
    }

    public Order asc() {
        return new Order(this, false);
    }

    public Order desc() {
        return new Order(this, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
