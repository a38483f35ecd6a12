package dev.cairn.schema;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of a table's constraints or indexes in the order {@link Table} keeps them (by name, then by
 * content). A table copied with one change hands its lists to the new table's constructor, which sees this class and
 * need not check or sort them again: ordering unnamed parts (inline {@code REFERENCES}) by content means printing them.
 */
final class SortedParts<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] parts;

    private SortedParts(Object[] parts) {
        this.parts = parts;
    }

    /** @param ordered already in the order the table keeps */
    static <T> List<T> of(List<T> ordered) {
        for (T p : ordered) if (p == null) throw new NullPointerException("a table part is null");
        return new SortedParts<>(ordered.toArray());
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        return (T) parts[index];
    }

    @Override
    public int size() {
        return parts.length;
    }
}
