package dev.cairn.entity;

import dev.cairn.entity.SelectSql.Join;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query over one entity type: conditions (ANDed), the tables it joins, grouping, order, limit, offset or keyset
 * position, and the relationships to load with the rows. Built from typed column constants, e.g.
 * {@code session.select(User.META).where(User.NICKNAME.like("j%")).orderBy(User.ID.desc()).limit(10).list()}.
 * Its rows are entities ({@link #list}, {@link #first}, {@link #stream}), a count, whether any exists, the values of
 * chosen columns and aggregates ({@link #select}), or a subquery ({@link #column}).
 * <p>
 * A condition, an order or a grouping may name the columns of the query's table and of the tables it joined
 * ({@link #join}); a column of any other table is refused, since SQL would not know which row it means.
 * Immutable: each method returns a new query.
 *
 * @param <E> the entity
 */
public final class Query<E extends Entity> {
    private final Session session;
    private final EntityType<E> type;
    private final List<Join> joins;
    private final List<Condition> conditions;
    private final List<TypedColumn<?, ?>> groupBy;
    private final List<Condition> having;
    private final List<Order> order;
    private final Integer limit;
    private final long offset;
    private final E after;
    private final List<Relation<E, ?>> includes;
    private final int fetchSize;

    Query(Session session, EntityType<E> type) {
        this(session, type, List.of(), List.of(), List.of(), List.of(), List.of(), null, 0, null, List.of(), 0);
    }

    private Query(Session session, EntityType<E> type, List<Join> joins, List<Condition> conditions, List<TypedColumn<?, ?>> groupBy,
                  List<Condition> having, List<Order> order, Integer limit, long offset, E after, List<Relation<E, ?>> includes, int fetchSize) {
        this.session = session;
        this.type = type;
        this.joins = List.copyOf(joins);
        this.conditions = List.copyOf(conditions);
        this.groupBy = List.copyOf(groupBy);
        this.having = List.copyOf(having);
        this.order = List.copyOf(order);
        this.limit = limit;
        this.offset = offset;
        this.after = after;
        this.includes = List.copyOf(includes);
        this.fetchSize = fetchSize;
    }

    /**
     * Adds a condition (ANDed with the others).
     *
     * @throws IllegalArgumentException when it compares a column of a table the query neither selects from nor joined
     */
    public Query<E> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        if (condition.readsAggregates()) {
            throw new IllegalArgumentException("The condition compares an aggregate (" + condition + "), which SQL computes per group "
                    + "after where(…) filtered the rows: give it to having(…)");
        }
        condition.columns(c -> requireInQuery(c, "compare"));
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Query<>(session, type, joins, more, groupBy, having, order, limit, offset, after, includes, fetchSize);
    }

    /**
     * Joins the table a relationship leads to, so that conditions, order, grouping and projections may name its
     * columns: {@code select(Post.META).join(Post.USER).where(User.NICKNAME.eq("john"))} (an inner join: rows without
     * a match are left out). The relationship starts from the query's table or one joined before. A to-many
     * relationship ({@code User.POSTS}) repeats each row per match, so the query then returns projections and counts
     * only: to keep the users that have a matching post, use {@code where(User.POSTS.exists(…))}.
     *
     * @throws IllegalArgumentException when the relationship starts from no table of the query, or leads to one it has
     */
    public Query<E> join(Relation<?, ?> relation) {
        return joined(relation, false);
    }

    /**
     * {@link #join} as a {@code LEFT JOIN}: rows without a match stay, with nulls for the joined table's columns.
     *
     * @throws IllegalArgumentException as {@link #join} does
     */
    public Query<E> leftJoin(Relation<?, ?> relation) {
        return joined(relation, true);
    }

    private Query<E> joined(Relation<?, ?> relation, boolean left) {
        Objects.requireNonNull(relation, "relation");
        List<EntityType<?>> tables = shape().types();
        TypedColumn<?, ?> from = relation.own().get(0);
        if (tables.stream().noneMatch(t -> t.columns().contains(from))) {
            throw new IllegalArgumentException("Cannot join " + relation + ": it starts from a table this query has not (" + tables
                    + "); join the relationships of " + tables + " only");
        }
        if (tables.contains(relation.target())) {
            throw new IllegalArgumentException("Cannot join " + relation + ": " + relation.target() + " is in this query already; "
                    + "to match rows of the same table, use " + relation + ".exists(…) or a column's in(… .column(…))");
        }
        List<Join> more = new ArrayList<>(joins);
        more.add(new Join(relation, left));
        return new Query<>(session, type, more, conditions, groupBy, having, order, limit, offset, after, includes, fetchSize);
    }

    /**
     * Orders the rows by these terms, after the ones given before.
     *
     * @throws IllegalArgumentException when a term reads a column of a table the query has not
     */
    public Query<E> orderBy(Order... terms) {
        for (Order o : terms) o.column().columns(c -> requireInQuery(c, "order by"));
        List<Order> more = new ArrayList<>(order);
        more.addAll(List.of(terms));
        return new Query<>(session, type, joins, conditions, groupBy, having, more, limit, offset, after, includes, fetchSize);
    }

    /**
     * Groups the rows by these columns, for a projection of them and of aggregates:
     * {@code select(Post.META).groupBy(Post.USER_ID).select(Post.USER_ID, Aggregate.count())}.
     *
     * @throws IllegalArgumentException when a column is of a table the query has not
     */
    public Query<E> groupBy(TypedColumn<?, ?>... columns) {
        for (TypedColumn<?, ?> c : columns) requireInQuery(c, "group by");
        List<TypedColumn<?, ?>> more = new ArrayList<>(groupBy);
        more.addAll(Arrays.asList(columns));
        return new Query<>(session, type, joins, conditions, more, having, order, limit, offset, after, includes, fetchSize);
    }

    /**
     * Keeps the groups that match a condition on aggregates (and grouped columns), ANDed with the others:
     * {@code groupBy(Post.USER_ID).having(Aggregate.count().ge(10L)).select(Post.USER_ID)}, the users with 10 posts or more.
     *
     * @throws IllegalArgumentException when it reads a column of a table the query has not
     */
    public Query<E> having(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        condition.columns(c -> requireInQuery(c, "compare"));
        List<Condition> more = new ArrayList<>(having);
        more.add(condition);
        return new Query<>(session, type, joins, conditions, groupBy, more, order, limit, offset, after, includes, fetchSize);
    }

    /** At most {@code rows} rows. */
    public Query<E> limit(int rows) {
        if (rows < 0) throw new IllegalArgumentException("limit must not be negative: " + rows);
        return new Query<>(session, type, joins, conditions, groupBy, having, order, rows, offset, after, includes, fetchSize);
    }

    /** Skips the first {@code rows} rows (offset pagination); needs a {@link #limit}. */
    public Query<E> offset(long rows) {
        if (rows < 0) throw new IllegalArgumentException("offset must not be negative: " + rows);
        return new Query<>(session, type, joins, conditions, groupBy, having, order, limit, rows, after, includes, fetchSize);
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
        return new Query<>(session, type, joins, conditions, groupBy, having, order, limit, offset, Objects.requireNonNull(last, "last"), includes,
                fetchSize);
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
        return new Query<>(session, type, joins, conditions, groupBy, having, order, limit, offset, after, more, fetchSize);
    }

    /**
     * How many rows {@link #stream} asks the driver for at a time, so that a large result is never held whole
     * (PostgreSQL reads it through a cursor, MariaDB streams it, SQLite reads row by row anyway; MySQL's Connector/J
     * needs {@code useCursorFetch=true} in the URL to honour it). 0, the default, leaves it to the driver.
     */
    public Query<E> fetchSize(int rows) {
        if (rows < 0) throw new IllegalArgumentException("fetchSize must not be negative: " + rows);
        return new Query<>(session, type, joins, conditions, groupBy, having, order, limit, offset, after, includes, rows);
    }

    /** The matching rows, with the relationships of {@link #with} loaded. */
    public List<E> list() {
        requireEntityRows("list()");
        return included(session.rows(entitySql(), this::bind, type));
    }

    /** The first matching row, if any. */
    public Optional<E> first() {
        requireEntityRows("first()");
        SelectSql one = new SelectSql(type, joins, allConditions(), List.of(), List.of(), order, 1, offset);
        List<E> rows = included(session.rows(one.select(session.names(), type.columns()), one::bind, type));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * The matching rows one at a time, read from the database as the stream is consumed ({@link #fetchSize} rows per
     * round trip): for results too large to hold. The stream holds an open statement (on PostgreSQL a cursor) until it
     * is closed, so it <em>must be closed</em>, best with try-with-resources:
     * {@code try (Stream<Post> posts = query.fetchSize(500).stream()) { … }}. It reads in the session's transaction,
     * which is what PostgreSQL needs to read through a cursor (autocommit off, as a session always has); without a
     * fetch size PostgreSQL's driver reads the whole result at once. Rows the session does not hold already are not
     * kept by it, so memory stays flat; {@link #with} is not available here. The session must stay open while the
     * stream is read.
     *
     * @throws IllegalStateException when relationships are to be included
     */
    public Stream<E> stream() {
        requireEntityRows("stream()");
        if (!includes.isEmpty()) {
            throw new IllegalStateException("stream() does not load relationships (" + includes + "): use list() for that, or "
                    + "stream without with(…)");
        }
        return session.stream(entitySql(), this::bind, type, fetchSize);
    }

    /** The number of matching rows (of groups, after a {@link #groupBy}), whatever the limit and offset. */
    public long count() {
        return session.single(shape().count(session.names()), shape()::bindConditions, ValueTypes.LONG);
    }

    /** Whether any row matches: {@code SELECT 1 … LIMIT 1}, reading no column. */
    public boolean exists() {
        return session.single(shape().probe(session.names()), shape()::bindConditions, ValueTypes.INTEGER) != null;
    }

    /**
     * A projection: these columns and aggregates of the matching rows (of each group, after {@link #groupBy}), read
     * as {@link Row}s or mapped to a type of your own:
     * {@code select(Post.META).groupBy(Post.USER_ID).select(Post.USER_ID, Aggregate.count()).list(r -> new Tally(r.get(Post.USER_ID), r.get(Aggregate.count())))}.
     *
     * @throws IllegalArgumentException when one reads a column of a table the query has not
     */
    public Projection select(Selectable<?>... fields) {
        if (fields.length == 0) throw new IllegalArgumentException("select(…) needs at least one column or aggregate");
        for (Selectable<?> f : fields) Objects.requireNonNull(f, "field").columns(c -> requireInQuery(c, "select"));
        if (!includes.isEmpty()) throw new IllegalStateException("A projection loads no relationships (" + includes + ")");
        return new Projection(session, shape(), List.of(fields));
    }

    /** The values of one column or aggregate of the matching rows, in the query's order: {@code select(field)} read as a list. */
    public <T> List<T> values(Selectable<T> field) {
        return select(field).list(r -> r.get(field));
    }

    /**
     * The values of one of the query's columns, as a subquery of another query:
     * {@code Post.USER_ID.in(session.select(Follow.META).where(Follow.FOLLOWER_ID.eq(me)).column(Follow.FOLLOWED_ID))}.
     *
     * @throws IllegalStateException when the query has a limit or an offset, which MariaDB and MySQL refuse in such a
     *                               subquery
     */
    public <T> SubSelect<T> column(TypedColumn<?, T> column) {
        requireInQuery(Objects.requireNonNull(column, "column"), "subquery");
        if (limit != null || offset > 0) {
            throw new IllegalStateException("A subquery of in(…) has no limit or offset (MariaDB and MySQL refuse them there)");
        }
        return new SubSelect<>(shape(), column);
    }

    private SelectSql shape() {
        return new SelectSql(type, joins, allConditions(), groupBy, having, order, limit, offset);
    }

    private String entitySql() {
        if (offset > 0 && limit == null) throw new IllegalStateException("An offset needs a limit: add limit(…) or use page(…)");
        return shape().select(session.names(), type.columns());
    }

    private int bind(java.sql.PreparedStatement p, int index) throws java.sql.SQLException {
        return shape().bind(p, index);
    }

    private void requireEntityRows(String method) {
        if (!groupBy.isEmpty() || !having.isEmpty()) {
            throw new IllegalStateException(method + " returns whole rows, and the query groups them: select(…) the columns and "
                    + "aggregates of each group instead");
        }
        for (Join j : joins) {
            if (j.relation().isToMany()) {
                throw new IllegalStateException(method + " would return each " + type.table() + " row once per row of " + j.relation()
                        + " it joins; keep the rows that have one with where(" + j.relation() + ".exists(…)), or select(…) a projection");
            }
        }
    }

    private void requireInQuery(TypedColumn<?, ?> column, String what) {
        if (type.columns().contains(column)) return;
        for (Join j : joins) if (j.relation().target().columns().contains(column)) return;
        String tables = joins.isEmpty() ? type.table() : shape().types().toString();
        String doing = switch (what) {
            case "compare" -> "The condition compares";
            case "order by" -> "The order reads";
            case "group by" -> "The grouping reads";
            default -> "The projection reads";
        };
        throw new IllegalArgumentException(doing + " column " + column.name() + ", which is not a column of " + tables + " ("
                + type.table() + " has " + type.columns() + "); join its table first (join(…) through a relationship), or match "
                + "it with a relationship's exists(…) or a column's in(… .column(…))");
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
