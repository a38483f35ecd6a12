package dev.cairn.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of a projection ({@link Query#select}): the value of each thing selected, read as its Java type.
 * {@code row.get(Post.USER_ID)} or {@code row.get(Aggregate.count())}; map it to a record of your own with
 * {@link Projection#list(java.util.function.Function)}.
 */
public final class Row {
    private final List<Selectable<?>> fields;
    private final Object[] values;

    Row(List<Selectable<?>> fields, Object[] values) {
        this.fields = fields;
        this.values = values;
    }

    /**
     * The value of {@code field} in this row (null for SQL NULL).
     *
     * @throws IllegalArgumentException when the projection did not select it
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Selectable<T> field) {
        int at = fields.indexOf(Objects.requireNonNull(field, "field"));
        if (at < 0) throw new IllegalArgumentException(field + " is not selected; this row holds " + fields);
        return (T) values[at];
    }

    /** The value of the {@code index}-th thing selected, from 0. */
    public Object get(int index) {
        return values[index];
    }

    /** How many values the row holds. */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row that && fields.equals(that.fields) && java.util.Arrays.deepEquals(values, that.values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) parts.add(fields.get(i) + "=" + values[i]);
        return "Row" + parts;
    }
}
