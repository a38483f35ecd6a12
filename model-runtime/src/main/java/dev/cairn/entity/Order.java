package dev.cairn.entity;

/**
 * One term of an ORDER BY: a column or an aggregate, ascending or descending.
 *
 * @param column     what is ordered by
 * @param descending whether the order is descending
 */
public record Order(Selectable<?> column, boolean descending) {
}
