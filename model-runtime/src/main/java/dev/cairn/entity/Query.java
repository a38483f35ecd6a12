package dev.cairn.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query over one entity type: conditions (ANDed), order, limit. Built from typed column constants, e.g.
 * {@code session.select(User.META).where(User.NICKNAME.like("j%")).orderBy(User.ID.desc()).limit(10).list()}.
 * Immutable: each method returns a new query.
 */
public final class Query<E extends Entity> {
    private final Session session;
    private final EntityType<E> type;
    private final List<Condition> conditions;
    private final List<Order> order;
    private final Integer limit;

    Query(Session session, EntityType<E> type, List<Condition> conditions, List<Order> order, Integer limit) {
        this.session = session;
        this.type = type;
        this.conditions = List.copyOf(conditions);
        this.order = List.copyOf(order);
        this.limit = limit;
    }

    /**
     * Adds a condition (ANDed with the others).
     *
     * @throws IllegalArgumentException when it compares a column of another table
     */
    public Query<E> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        condition.columns(c -> {
            if (!type.columns().contains(c)) {
                throw new IllegalArgumentException("The condition compares column " + c.name() + ", which is not a column of "
                        + type.table() + " (" + type.table() + " has " + type.columns() + "); a query of " + type.table()
                        + " can only compare its own columns");
            }
        });
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Query<>(session, type, more, order, limit);
    }

    public Query<E> orderBy(Order... terms) {
        for (Order o : terms) {
            if (!type.columns().contains(o.column())) {
                throw new IllegalArgumentException("Cannot order " + type.table() + " by " + o.column().name() + ", a column of another table");
            }
        }
        List<Order> more = new ArrayList<>(order);
        more.addAll(List.of(terms));
        return new Query<>(session, type, conditions, more, limit);
    }

    public Query<E> limit(int rows) {
        if (rows < 0) throw new IllegalArgumentException("limit must not be negative: " + rows);
        return new Query<>(session, type, conditions, order, rows);
    }

    public List<E> list() {
        return session.list(type, conditions, order, limit);
    }

    public Optional<E> first() {
        List<E> rows = session.list(type, conditions, order, 1);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count() {
        return session.count(type, conditions);
    }
}
