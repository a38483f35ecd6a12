package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The values of one column of a query, to compare a column of another query with:
 * {@code Post.USER_ID.in(session.select(Follow.META).where(Follow.FOLLOWER_ID.eq(me)).column(Follow.FOLLOWED_ID))}.
 * Made by {@link Query#column}; it runs as part of the query that uses it, never on its own.
 *
 * @param <T> the Java type of the column
 */
public final class SubSelect<T> {
    private final SelectSql query;
    private final TypedColumn<?, T> column;

    SubSelect(SelectSql query, TypedColumn<?, T> column) {
        this.query = query;
        this.column = column;
    }

    void appendTo(StringBuilder sql, SqlNames outer) {
        query.appendSelect(sql, outer, List.of(column));
    }

    int bind(PreparedStatement statement, int index) throws SQLException {
        return query.bind(statement, index);
    }

    @Override
    public String toString() {
        return "SELECT " + column.name() + " FROM " + query.type().table() + " …";
    }
}
