package dev.cairn.entity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    protected EntityType(String table, List<TypedColumn<E, ?>> columns, List<TypedColumn<E, ?>> primaryKey, Supplier<E> factory) {
        this.table = Objects.requireNonNull(table, "table");
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.factory = Objects.requireNonNull(factory, "factory");
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

    public final E newEntity() {
        return factory.get();
    }

    /** Reads the current row, whose columns are this type's {@link #columns()} in order. */
    public final E map(ResultSet row) throws SQLException {
        E entity = factory.get();
        for (int i = 0; i < columns.size(); i++) columns.get(i).readInto(entity, row, i + 1);
        return entity;
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
