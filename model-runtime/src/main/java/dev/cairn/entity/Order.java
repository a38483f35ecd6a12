package dev.cairn.entity;

import java.util.List;

/**
 * One term of an ORDER BY: a column or an aggregate, ascending or descending.
 *
 * @param column     what is ordered by
 * @param descending whether the order is descending
 */
public record Order(Selectable<?> column, boolean descending) {

    /** Appends {@code ORDER BY term ASC|DESC, …} for the given terms; nothing when there are none. */
    static void appendOrderBy(StringBuilder sql, List<Order> order, SqlNames names) {
        if (order.isEmpty()) return;
        sql.append(" ORDER BY ");
        for (int i = 0; i < order.size(); i++) {
            if (i > 0) sql.append(", ");
            order.get(i).column().appendTo(sql, names);
            sql.append(order.get(i).descending() ? " DESC" : " ASC");
        }
    }
}
