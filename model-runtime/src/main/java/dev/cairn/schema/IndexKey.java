package dev.cairn.schema;

/**
 * One key part of an index: a column ({@code column} set) or an expression ({@code expression} set, canonical text).
 */
public record IndexKey(String column, String expression, boolean descending) {
    public static IndexKey column(String name) {
        return new IndexKey(name, null, false);
    }

    public boolean isColumn() {
        return column != null;
    }
}
