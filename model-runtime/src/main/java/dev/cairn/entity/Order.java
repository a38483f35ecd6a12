package dev.cairn.entity;

/** One term of an ORDER BY: a column, ascending or descending. */
public record Order(TypedColumn<?, ?> column, boolean descending) {
}
