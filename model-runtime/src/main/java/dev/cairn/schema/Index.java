package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index of a table.
 *
 * @param where  the predicate of a partial index (canonical text), or null
 * @param method the access method when not the dialect's default (PostgreSQL {@code gin}, MySQL {@code FULLTEXT}), or null
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String where, String method) {
    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
    }

    public Index withName(String newName) {
        return new Index(newName, unique, keys, where, method);
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, newKeys, where, method);
    }

    public Index withWhere(String newWhere) {
        return new Index(name, unique, keys, newWhere, method);
    }

    /** The names of the whole columns this index covers (expression and column-prefix parts left out). */
    public List<String> columnNames() {
        return keys.stream().filter(IndexKey::isWholeColumn).map(IndexKey::column).toList();
    }
}
