package dev.cairn.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One key part of an index: a column ({@code column} set) or an expression ({@code expression} set, canonical text).
 *
 * @param prefixLength for a column, the number of leading characters (or bytes) indexed, MySQL's and MariaDB's
 *                     {@code name(100)}; 0 for the whole column
 */
public record IndexKey(String column, String expression, boolean descending, int prefixLength) {
    private static final Pattern PREFIX_KEY_COLUMN = Pattern.compile("(.+)\\((\\d+)\\)");

    public IndexKey {
        if (prefixLength < 0 || prefixLength > 0 && column == null) throw new IllegalArgumentException("a prefix length needs a column: " + prefixLength);
    }

    public IndexKey(String column, String expression, boolean descending) {
        this(column, expression, descending, 0);
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, null, false, 0);
    }

    /** The first {@code length} characters of column {@code name}. */
    public static IndexKey prefix(String name, int length, boolean descending) {
        return new IndexKey(name, null, descending, length);
    }

    /** A column, whole or a prefix of it. */
    public boolean isColumn() {
        return column != null;
    }

    /** A whole column (what a foreign key or a unique lookup can use), not a prefix of one. */
    public boolean isWholeColumn() {
        return column != null && prefixLength == 0;
    }

    /** The same key on column {@code name} (a rename, or the column's declared spelling). */
    public IndexKey withColumn(String name) {
        return new IndexKey(name, null, descending, prefixLength);
    }

    /**
     * This column key as a unique constraint lists it ({@link UniqueConstraint#columns()}): the name, and
     * {@code (n)} after it for a prefix.
     */
    public String asKeyColumn() {
        return prefixLength == 0 ? column : column + "(" + prefixLength + ")";
    }

    /** A unique constraint's key column read back: {@code name(n)} is a prefix of column {@code name}, anything else a whole column. */
    public static IndexKey ofKeyColumn(String keyColumn) {
        Matcher m = PREFIX_KEY_COLUMN.matcher(keyColumn);
        return m.matches() ? prefix(m.group(1), Integer.parseInt(m.group(2)), false) : column(keyColumn);
    }
}
