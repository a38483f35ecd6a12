package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index of a table.
 *
 * @param where  the predicate of a partial index (canonical text), or null
 * @param method the access method when not the dialect's default (PostgreSQL {@code gin}, MySQL {@code FULLTEXT}), or null
 * @param include the columns PostgreSQL's {@code INCLUDE (…)} stores in the index beside its keys, in order; empty if none
 * @param implicit whether MySQL/MariaDB made the index by itself for a foreign key: InnoDB remembers it (a later key
 *                 that can serve the foreign key replaces such an index, see {@code TableDraft}) from one statement,
 *                 and one migration, to the next, but no catalog view shows it, so it is not part of what the index
 *                 is: {@link #equals} and {@link #hashCode} leave it out, and drift cannot report it
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String where, String method, List<String> include,
                    boolean implicit) {
    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        include = include == null ? List.of() : List.copyOf(include);
    }

    /** An index declared by the DDL (not made by the engine for a foreign key). */
    public Index(String name, boolean unique, List<IndexKey> keys, String where, String method, List<String> include) {
        this(name, unique, keys, where, method, include, false);
    }

    /** An index without INCLUDE columns. */
    public Index(String name, boolean unique, List<IndexKey> keys, String where, String method) {
        this(name, unique, keys, where, method, List.of());
    }

    /** The index MySQL/MariaDB makes for a foreign key on {@code columns} that no key serves. */
    public static Index implicitFor(String name, List<String> columns) {
        return new Index(name, false, columns.stream().map(IndexKey::column).toList(), null, null, List.of(), true);
    }

    public Index withName(String newName) {
        return new Index(newName, unique, keys, where, method, include, implicit);
    }

    public Index withKeys(List<IndexKey> newKeys) {
        return new Index(name, unique, newKeys, where, method, include, implicit);
    }

    public Index withWhere(String newWhere) {
        return new Index(name, unique, keys, newWhere, method, include, implicit);
    }

    public Index withInclude(List<String> newInclude) {
        return new Index(name, unique, keys, where, method, newInclude, implicit);
    }

    /** What the catalog shows of the index: all but {@link #implicit}. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Index i && unique == i.unique && name.equals(i.name) && keys.equals(i.keys) && Objects.equals(where, i.where)
                && Objects.equals(method, i.method) && include.equals(i.include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unique, keys, where, method, include);
    }

    @Override
    public String toString() {
        return "Index[name=" + name + ", unique=" + unique + ", keys=" + keys + ", where=" + where + ", method=" + method
                + ", include=" + include + (implicit ? ", implicit" : "") + "]";
    }

    /** The names of the whole columns this index covers (expression and column-prefix parts left out). */
    public List<String> columnNames() {
        return keys.stream().filter(IndexKey::isWholeColumn).map(IndexKey::column).toList();
    }
}
