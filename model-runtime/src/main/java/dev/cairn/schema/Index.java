package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index of a table.
 *
 * @param where  the predicate of a partial index (canonical text), or null
 * @param method the access method when not the dialect's default (PostgreSQL {@code gin}, MySQL {@code FULLTEXT}), or null
 * @param include the columns PostgreSQL's {@code INCLUDE (…)} stores in the index beside its keys, in order; empty if none
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String where, String method, List<String> include) {
    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        include = include == null ? List.of() : List.copyOf(include);
    }

    /** An index without INCLUDE columns. */
    public Index(String name, boolean unique, List<IndexKey> keys, String where, String method) {
        this(name, unique, keys, where, method, List.of());
    }

    public Index withName(String newName) {
        return new Index(newName, unique, keys, where, method, include);
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, newKeys, where, method, include);
    }

    public Index withWhere(String newWhere) {
        return new Index(name, unique, keys, newWhere, method, include);
    }

    public Index withInclude(List<String> newInclude) {
        return new Index(name, unique, keys, where, method, newInclude);
    }

    /** The names of the whole columns this index covers (expression and column-prefix parts left out). */
    public List<String> columnNames() {
        return keys.stream().filter(IndexKey::isWholeColumn).map(IndexKey::column).toList();
    }
}
