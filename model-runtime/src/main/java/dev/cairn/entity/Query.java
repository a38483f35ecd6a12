package dev.cairn.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query over one entity type: conditions (ANDed), order, limit, offset or keyset position, and the relationships to
 * load with the rows. Built from typed column constants, e.g.
 * {@code session.select(User.META).where(User.NICKNAME.like("j%")).orderBy(User.ID.desc()).limit(10).list()}.
 * Immutable: each method returns a new query.
 */
public final class Query<E extends Entity> {
    private final Session session;
    private final EntityType<E> type;
    private final List<Condition> conditions;
    private final List<Order> order;
    private final Integer limit;
    private final long offset;
    private final E after;
    private final List<Relation<E, ?>> includes;

    Query(Session session, EntityType<E> type) {
        this(session, type, List.of(), List.of(), null, 0, null, List.of());
    }

    private Query(Session session, EntityType<E> type, List<Condition> conditions, List<Order> order, Integer limit, long offset,
                  E after, List<Relation<E, ?>> includes) {
        this.session = session;
        this.type = type;
        this.conditions = List.copyOf(conditions);
        this.order = List.copyOf(order);
        this.limit = limit;
        this.offset = offset;
        this.after = after;
        this.includes = List.copyOf(includes);
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
        return new Query<>(session, type, more, order, limit, offset, after, includes);
    }

    public Query<E> orderBy(Order... terms) {
        for (Order o : terms) {
            if (!type.columns().contains(o.column())) {
                throw new IllegalArgumentException("Cannot order " + type.table() + " by " + o.column().name() + ", a column of another table");
            }
        }
        List<Order> more = new ArrayList<>(order);
        more.addAll(List.of(terms));
        return new Query<>(session, type, conditions, more, limit, offset, after, includes);
    }

    public Query<E> limit(int rows) {
        if (rows < 0) throw new IllegalArgumentException("limit must not be negative: " + rows);
        return new Query<>(session, type, conditions, order, rows, offset, after, includes);
    }

    /** Skips the first {@code rows} rows (offset pagination); needs a {@link #limit}. */
    public Query<E> offset(long rows) {
        if (rows < 0) throw new IllegalArgumentException("offset must not be negative: " + rows);
        return new Query<>(session, type, conditions, order, limit, rows, after, includes);
    }

    /** Page {@code number} (from 0) of {@code size} rows: {@code limit(size).offset(number * size)}. */
    public Query<E> page(int number, int size) {
        if (number < 0 || size <= 0) throw new IllegalArgumentException("page " + number + " of size " + size);
        return limit(size).offset((long) number * size);
    }

    /**
     * Keyset pagination: only the rows that come after {@code last} in the query's order ({@code last} is the last row
     * of the previous page), e.g. {@code orderBy(Post.POSTED.desc(), Post.ID.desc()).after(lastPost).limit(20)}. Unlike
     * an offset it costs the same on every page and skips no row when rows are inserted meanwhile. The order must end
     * with columns that identify a row (the key), and its columns must not be null in {@code last}.
     */
    public Query<E> after(E last) {
        return new Query<>(session, type, conditions, order, limit, offset, Objects.requireNonNull(last, "last"), includes);
    }

    /**
     * Loads these relationships for every row the query returns, one more statement per relationship (per chunk of
     * 1000 rows) instead of one per row: {@code select(User.META).with(User.POSTS).list()}, then each user's
     * {@code getPosts()} runs no query.
     */
    @SafeVarargs
    public final Query<E> with(Relation<E, ?>... relations) {
        List<Relation<E, ?>> more = new ArrayList<>(includes);
        for (Relation<E, ?> r : relations) more.add(Objects.requireNonNull(r, "relation"));
        return new Query<>(session, type, conditions, order, limit, offset, after, more);
    }

    public List<E> list() {
        return included(session.list(type, allConditions(), order, limit, offset));
    }

    public Optional<E> first() {
        List<E> rows = included(session.list(type, allConditions(), order, 1, offset));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count() {
        return session.count(type, allConditions());
    }

    /** Whether any row matches. */
    public boolean exists() {
        return !session.list(type, allConditions(), List.of(), 1, 0).isEmpty();
    }

    private List<E> included(List<E> rows) {
        for (Relation<E, ?> r : includes) Includes.load(session, rows, r);
        return rows;
    }

    private List<Condition> allConditions() {
        if (after == null) return conditions;
        List<Condition> all = new ArrayList<>(conditions);
        all.add(Keyset.after(type, order, after));
        return all;
    }
}
