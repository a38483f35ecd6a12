package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A WHERE condition over typed columns. It renders SQL with {@code ?} placeholders and binds its values in the same
 * order; no value is ever written into the SQL text.
 */
public sealed interface Condition {

    /** Appends the SQL of this condition, naming columns with {@code names}. */
    void appendTo(StringBuilder sql, SqlNames names);

    /** Binds this condition's values from {@code index} on; returns the next free index. */
    int bind(PreparedStatement statement, int index) throws SQLException;

    /**
     * Hands every column of the query's tables that the condition compares to {@code visitor} (not the columns of a
     * subquery's own tables, which that subquery checked).
     */
    void columns(Consumer<TypedColumn<?, ?>> visitor);

    /** Whether it compares an aggregate, so that it belongs in {@link Query#having}, not {@link Query#where}. */
    default boolean readsAggregates() {
        return false;
    }

    default Condition and(Condition other) {
        return new Junction("AND", List.of(this, other));
    }

    default Condition or(Condition other) {
        return new Junction("OR", List.of(this, other));
    }

    default Condition not() {
        return new Not(this);
    }

    /** Every one of the conditions (no conditions: always true). */
    static Condition all(List<Condition> conditions) {
        return new Junction("AND", conditions);
    }

    record Comparison<T>(TypedColumn<?, T> column, String operator, T value) implements Condition {
        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            visitor.accept(column);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            sql.append(names.column(column)).append(' ').append(operator).append(" ?");
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            column.type().bind(statement, index, value);
            return index + 1;
        }
    }

    record Like(TypedColumn<?, ?> column, String pattern) implements Condition {
        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            visitor.accept(column);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            sql.append(names.column(column)).append(" LIKE ?");
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            statement.setString(index, pattern);
            return index + 1;
        }
    }

    record In<T>(TypedColumn<?, T> column, List<T> values) implements Condition {
        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            visitor.accept(column);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            if (values.isEmpty()) {
                sql.append("1 = 0");
                return;
            }
            sql.append(names.column(column)).append(" IN (");
            for (int i = 0; i < values.size(); i++) sql.append(i == 0 ? "?" : ", ?");
            sql.append(')');
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            for (T v : values) column.type().bind(statement, index++, v);
            return index;
        }
    }

    record Null(TypedColumn<?, ?> column, boolean isNull) implements Condition {
        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            visitor.accept(column);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            sql.append(names.column(column)).append(isNull ? " IS NULL" : " IS NOT NULL");
        }

        public int bind(PreparedStatement statement, int index) {
            return index;
        }
    }

    /** An aggregate compared with a value, for {@link Query#having}: {@code COUNT(*) > ?}. */
    record AggregateComparison<T>(Aggregate<T> aggregate, String operator, T value) implements Condition {
        public boolean readsAggregates() {
            return true;
        }

        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            aggregate.columns(visitor);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            aggregate.appendTo(sql, names);
            sql.append(' ').append(operator);
            // SQLite's driver binds a BigDecimal as text, which no number equals: the cast makes it a number everywhere
            sql.append(aggregate.type() == ValueTypes.BIG_DECIMAL ? " CAST(? AS DECIMAL(65, 30))" : " ?");
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            aggregate.type().bind(statement, index, value);
            return index + 1;
        }
    }

    /** {@code column IN (SELECT …)}: the values of one column of another query. */
    record InSelect<T>(TypedColumn<?, T> column, SubSelect<T> select) implements Condition {
        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            visitor.accept(column);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            sql.append(names.column(column)).append(" IN (");
            select.appendTo(sql, names);
            sql.append(')');
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            return select.bind(statement, index);
        }
    }

    /**
     * {@code EXISTS (SELECT 1 FROM b WHERE b.other = a.own AND …)}: a row of the relationship's target that matches
     * {@code where} (conditions on the target's columns) is linked to the row.
     */
    record Exists<A extends Entity, B extends Entity>(Relation<A, B> relation, Condition where) implements Condition {
        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            relation.own().forEach(visitor);
        }

        public void appendTo(StringBuilder sql, SqlNames outer) {
            EntityType<B> target = relation.target();
            SqlNames names = outer.enter(List.of(target));
            sql.append("EXISTS (SELECT 1 FROM ").append(names.declaration(target)).append(" WHERE ");
            List<TypedColumn<A, ?>> own = relation.own();
            List<TypedColumn<B, ?>> other = relation.other();
            for (int i = 0; i < own.size(); i++) {
                if (i > 0) sql.append(" AND ");
                sql.append(names.column(other.get(i))).append(" = ").append(names.enclosing(own.get(i)));
            }
            if (!(where instanceof Junction j && j.parts().isEmpty())) {
                sql.append(" AND ");
                where.appendTo(sql, names);
            }
            sql.append(')');
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            return where.bind(statement, index);
        }
    }

    record Junction(String operator, List<Condition> parts) implements Condition {
        public Junction {
            parts = List.copyOf(parts);
        }

        public boolean readsAggregates() {
            return parts.stream().anyMatch(Condition::readsAggregates);
        }

        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            for (Condition c : parts) c.columns(visitor);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            if (parts.isEmpty()) {
                sql.append(operator.equals("AND") ? "1 = 1" : "1 = 0");
                return;
            }
            sql.append('(');
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) sql.append(' ').append(operator).append(' ');
                parts.get(i).appendTo(sql, names);
            }
            sql.append(')');
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            for (Condition c : parts) index = c.bind(statement, index);
            return index;
        }
    }

    record Not(Condition inner) implements Condition {
        public boolean readsAggregates() {
            return inner.readsAggregates();
        }

        public void columns(Consumer<TypedColumn<?, ?>> visitor) {
            inner.columns(visitor);
        }

        public void appendTo(StringBuilder sql, SqlNames names) {
            sql.append("NOT (");
            inner.appendTo(sql, names);
            sql.append(')');
        }

        public int bind(PreparedStatement statement, int index) throws SQLException {
            return inner.bind(statement, index);
        }
    }
}
