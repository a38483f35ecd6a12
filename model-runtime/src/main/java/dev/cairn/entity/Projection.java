package dev.cairn.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chosen columns and aggregates of a query's rows (of its groups, after {@link Query#groupBy}): made by
 * {@link Query#select}, read as {@link Row}s or mapped to a type of your own, e.g. a record:
 * {@code .list(r -> new PostsPerUser(r.get(Post.USER_ID), r.get(Aggregate.count())))}. One statement, whatever the
 * number of rows.
 */
public final class Projection {
    private final Session session;
    private final SelectSql query;
    private final List<Selectable<?>> fields;

    Projection(Session session, SelectSql query, List<Selectable<?>> fields) {
        this.session = session;
        this.query = query;
        this.fields = List.copyOf(fields);
    }

    /** The rows, in the query's order. */
    public List<Row> list() {
        return list(Function.identity());
    }

    /** The rows, each mapped by {@code mapper}, in the query's order. */
    public <R> List<R> list(Function<Row, R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (query.offset() > 0 && query.limit() == null) throw new IllegalStateException("An offset needs a limit: add limit(…)");
        List<Row> rows = session.projected(query.select(session.names(), fields), query::bind, fields);
        List<R> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(mapper.apply(r));
        return out;
    }

    /** The first row, if any. */
    public Optional<Row> first() {
        SelectSql one = new SelectSql(query.type(), query.joins(), query.conditions(), query.groupBy(), query.having(), query.order(), 1,
                query.offset());
        List<Row> rows = session.projected(one.select(session.names(), fields), one::bind, fields);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
