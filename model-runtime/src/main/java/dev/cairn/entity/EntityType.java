package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the runtime knows of one table: its name, its typed columns in table order, its primary key, and how to make
 * an entity; {@link #map} is the row mapper and {@link #bind} the parameter binder. Generated classes hold one
 * instance each ({@code User.META}).
 *
 * @param <E> the entity class
 */
public class EntityType<E extends Entity> {
    private final String table;
    private final List<TypedColumn<E, ?>> columns;
    private final List<TypedColumn<E, ?>> primaryKey;
    private final Supplier<E> factory;
    private final int[] keyIndexes;
    private final TypedColumn<E, ?> version;

    protected EntityType(String table, List<TypedColumn<E, ?>> columns, List<TypedColumn<E, ?>> primaryKey, Supplier<E> factory) {
        this.table = Objects.requireNonNull(table, "table");
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.factory = Objects.requireNonNull(factory, "factory");
        this.keyIndexes = new int[this.primaryKey.size()];
        for (int i = 0; i < keyIndexes.length; i++) {
            keyIndexes[i] = this.columns.indexOf(this.primaryKey.get(i));
            if (keyIndexes[i] < 0) throw new IllegalArgumentException("Key column " + this.primaryKey.get(i) + " is not a column of " + table);
        }
        TypedColumn<E, ?> v = null;
        for (TypedColumn<E, ?> c : this.columns) {
            if (!c.isVersion()) continue;
            if (v != null) throw new IllegalArgumentException(table + " has two version columns, " + v + " and " + c);
            v = c;
        }
        this.version = v;
    }

    public final String table() {
        return table;
    }

    public final List<TypedColumn<E, ?>> columns() {
        return columns;
    }

    /** The primary key columns; empty for a table without one (such rows can be read and inserted, not updated). */
    public final List<TypedColumn<E, ?>> primaryKey() {
        return primaryKey;
    }

    /** The optimistic-locking version column, or null when the table has none. */
    public final TypedColumn<E, ?> versionColumn() {
        return version;
    }

    public final E newEntity() {
        return factory.get();
    }

    /**
     * Reads the current row, whose columns are this type's {@link #columns()} in order, into a new entity that
     * remembers them as its stored values.
     */
    public final E map(ResultSet row) throws SQLException {
        E entity = factory.get();
        entity.store(Entity.LOADING);
        Object[] stored = new Object[columns.size()];
        for (int i = 0; i < stored.length; i++) {
            columns.get(i).readInto(entity, row, i + 1);
            stored[i] = copy(columns.get(i).get(entity));
        }
        entity.store(stored);
        return entity;
    }

    /** Remembers the entity's current values as the ones its row holds (after an insert or update). */
    final void storeCurrent(E entity) {
        Object[] stored = new Object[columns.size()];
        for (int i = 0; i < stored.length; i++) stored[i] = copy(columns.get(i).get(entity));
        entity.store(stored);
    }

    /** The stored value of a column; the entity must be persisted. */
    final Object stored(E entity, TypedColumn<E, ?> column) {
        return entity.stored()[columns.indexOf(column)];
    }

    /** The columns whose value differs from the stored one. */
    final List<TypedColumn<E, ?>> changed(E entity) {
        Object[] stored = entity.stored();
        List<TypedColumn<E, ?>> out = new ArrayList<>();
        for (int i = 0; i < stored.length; i++) {
            if (!Objects.deepEquals(stored[i], columns.get(i).get(entity))) out.add(columns.get(i));
        }
        return out;
    }

    /** The key the entity's row has: stored when it is persisted, else its current values; one value per key column. */
    final List<Object> storedKey(Entity entity) {
        Object[] stored = entity.stored();
        Object[] key = new Object[keyIndexes.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = stored != null ? stored[keyIndexes[i]] : get(primaryKey.get(i), entity);
        }
        return Arrays.asList(key);
    }

    /** The key of a row the entity's stored values hold (or null when a part is null), for the identity map. */
    final Object identity(E entity) {
        Object[] stored = entity.stored();
        if (stored == null || keyIndexes.length == 0) return null;
        if (keyIndexes.length == 1) return stored[keyIndexes[0]];
        Object[] key = new Object[keyIndexes.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = stored[keyIndexes[i]];
            if (key[i] == null) return null;
        }
        return Arrays.asList(key);
    }

    /** The entity as this type's class; it is one, since a session files entities by type. */
    @SuppressWarnings("unchecked")
    final E cast(Entity entity) {
        return (E) entity;
    }

    @SuppressWarnings("unchecked")
    private Object get(TypedColumn<E, ?> column, Entity entity) {
        return column.get((E) entity);
    }

    private static Object copy(Object value) {
        if (value instanceof byte[] b) return b.clone();
        if (value instanceof Object[] a) return a.clone();
        return value;
    }

    /** Binds the entity's values of {@code which} from parameter {@code index} on; returns the next free index. */
    public final int bind(E entity, List<TypedColumn<E, ?>> which, PreparedStatement statement, int index) throws SQLException {
        for (TypedColumn<E, ?> c : which) c.bindFrom(entity, statement, index++);
        return index;
    }

    @Override
    public String toString() {
        return table;
    }
}
