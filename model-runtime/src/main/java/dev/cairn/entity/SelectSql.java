package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a {@link Query}: its table and joins, conditions, grouping, order, limit and offset, selecting the
 * entity's columns, a projection, a count or a probe. Values are {@code ?} placeholders, bound by {@link #bind} in the
 * order they appear: the conditions' (subqueries' included), then the limit, then the offset.
 *
 * @param type       the query's entity
 * @param joins      the tables joined, each through a relationship of a table before it
 * @param conditions ANDed
 * @param groupBy    the columns grouped by
 * @param having     the conditions on each group (ANDed), bound after {@code conditions}
 * @param order      the order
 * @param limit      the number of rows, or null for all
 * @param offset     the rows skipped
 */
record SelectSql(EntityType<?> type, List<Join> joins, List<Condition> conditions, List<TypedColumn<?, ?>> groupBy,
                 List<Condition> having, List<Order> order, Integer limit, long offset) {

    /** A table joined to the query through a relationship, {@code JOIN} or {@code LEFT JOIN}. */
    record Join(Relation<?, ?> relation, boolean left) {
    }

    SelectSql {
        joins = List.copyOf(joins);
        conditions = List.copyOf(conditions);
        groupBy = List.copyOf(groupBy);
        having = List.copyOf(having);
        order = List.copyOf(order);
    }

    /** The query's tables: its own, then each joined one. */
    List<EntityType<?>> types() {
        List<EntityType<?>> all = new ArrayList<>(1 + joins.size());
        all.add(type);
        for (Join j : joins) all.add(j.relation().target());
        return all;
    }

    /** {@code SELECT fields FROM … WHERE … GROUP BY … ORDER BY … LIMIT ? OFFSET ?}. */
    String select(SqlNames base, List<? extends Selectable<?>> fields) {
        StringBuilder sql = new StringBuilder();
        appendSelect(sql, base, fields);
        return sql.toString();
    }

    /** {@link #select} into {@code sql}, as a statement or as a subquery of the one {@code outer} names. */
    void appendSelect(StringBuilder sql, SqlNames outer, List<? extends Selectable<?>> fields) {
        SqlNames names = outer.enter(types());
        sql.append("SELECT ");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sql.append(", ");
            fields.get(i).appendTo(sql, names);
        }
        appendFrom(sql, names);
        appendGroups(sql, names);
        Order.appendOrderBy(sql, order, names);
        if (limit != null) sql.append(" LIMIT ?");
        if (offset > 0) sql.append(" OFFSET ?");
    }

    /** {@code SELECT COUNT(*)} of the rows (of the groups, with a GROUP BY), whatever the limit. */
    String count(SqlNames base) {
        SqlNames names = base.enter(types());
        StringBuilder sql = new StringBuilder();
        if (groupBy.isEmpty() && having.isEmpty()) {
            sql.append("SELECT COUNT(*)");
            appendFrom(sql, names);
            return sql.toString();
        }
        sql.append("SELECT COUNT(*) FROM (SELECT 1 AS g");
        appendFrom(sql, names);
        appendGroups(sql, names);
        return sql.append(") ").append(names.quote("groups")).toString();
    }

    /** {@code SELECT 1 FROM … WHERE … LIMIT 1}: whether a row matches, reading none of its columns. */
    String probe(SqlNames base) {
        StringBuilder sql = new StringBuilder("SELECT 1");
        SqlNames names = base.enter(types());
        appendFrom(sql, names);
        appendGroups(sql, names);
        return sql.append(" LIMIT 1").toString();
    }

    private void appendFrom(StringBuilder sql, SqlNames names) {
        sql.append(" FROM ").append(names.declaration(type));
        for (Join j : joins) appendJoin(sql, names, j.relation(), j.left());
        if (conditions.isEmpty()) return;
        sql.append(" WHERE ");
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0) sql.append(" AND ");
            conditions.get(i).appendTo(sql, names);
        }
    }

    /** {@code GROUP BY …} and {@code HAVING …}, where the query has them. */
    private void appendGroups(StringBuilder sql, SqlNames names) {
        if (!groupBy.isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < groupBy.size(); i++) sql.append(i == 0 ? "" : ", ").append(names.column(groupBy.get(i)));
        }
        for (int i = 0; i < having.size(); i++) {
            sql.append(i == 0 ? " HAVING " : " AND ");
            having.get(i).appendTo(sql, names);
        }
    }

    private static <A extends Entity, B extends Entity> void appendJoin(StringBuilder sql, SqlNames names, Relation<A, B> r, boolean left) {
        sql.append(left ? " LEFT JOIN " : " JOIN ").append(names.declaration(r.target())).append(" ON ");
        List<TypedColumn<A, ?>> own = r.own();
        List<TypedColumn<B, ?>> other = r.other();
        for (int i = 0; i < own.size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(names.column(other.get(i))).append(" = ").append(names.column(own.get(i)));
        }
    }

    /** Binds the conditions' values, then the limit and the offset, from {@code index} on; returns the next free index. */
    int bind(PreparedStatement p, int index) throws SQLException {
        index = bindConditions(p, index);
        if (limit != null) p.setInt(index++, limit);
        if (offset > 0) p.setLong(index++, offset);
        return index;
    }

    /** Binds the conditions' values, then the groups' (for {@link #count} and {@link #probe}, all there is). */
    int bindConditions(PreparedStatement p, int index) throws SQLException {
        for (Condition c : conditions) index = c.bind(p, index);
        for (Condition c : having) index = c.bind(p, index);
        return index;
    }
}
