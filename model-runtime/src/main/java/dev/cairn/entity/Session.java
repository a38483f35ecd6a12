package dev.cairn.entity;

import dev.cairn.dialect.EntitySql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One unit of work on one connection, always inside a transaction: {@link #commit()} makes the changes durable,
 * {@link #rollback()} or closing without a commit discards them. Entities it loads or inserts are attached to it, so
 * their relationship accessors load through it while it is open. Not thread-safe.
 */
public final class Session implements AutoCloseable {
    private final Database database;
    private final Connection connection;
    private final SessionStatements statements;
    private final EntitySql engineSql;
    private boolean open = true;

    Session(Database database, Connection connection) {
        this.database = database;
        this.connection = connection;
        this.statements = database.statements();
        this.engineSql = database.engineSql();
    }

    public boolean isOpen() {
        return open;
    }

    /** The session's connection, for SQL the entity API does not cover; it is in the session's transaction. */
    public Connection connection() {
        checkOpen();
        return connection;
    }

    public void commit() {
        checkOpen();
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new EntityException("Commit failed: " + e.getMessage(), e);
        }
    }

    public void rollback() {
        checkOpen();
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw new EntityException("Rollback failed: " + e.getMessage(), e);
        }
    }

    /** Rolls back what was not committed and closes the connection; the entities it loaded become detached. */
    @Override
    public void close() {
        if (!open) return;
        open = false;
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new EntityException("Closing the session failed: " + e.getMessage(), e);
        }
    }

    /**
     * Inserts the entity. Columns it leaves null that the database fills in (identity, default) are left out of the
     * insert, and so are computed ones; what the database assigned is read back into the entity: on PostgreSQL every
     * such column (asked for by name, so the driver adds {@code RETURNING} them), elsewhere the auto-increment key, the
     * one value those drivers return. Returns the entity.
     */
    public <E extends Entity> E insert(E entity) {
        EntityType<E> type = typeOf(entity);
        List<TypedColumn<E, ?>> given = new ArrayList<>(type.columns().size());
        List<TypedColumn<E, ?>> filledIn = new ArrayList<>(2);
        for (TypedColumn<E, ?> c : type.columns()) (c.omittedFromInsert(entity) ? filledIn : given).add(c);
        List<TypedColumn<E, ?>> readBack = readBackAfterInsert(filledIn);
        String text = statements.insert(type, given);
        try (PreparedStatement p = prepareInsert(text, readBack)) {
            type.bind(entity, given, p, 1);
            p.executeUpdate();
            if (!readBack.isEmpty()) {
                try (ResultSet keys = p.getGeneratedKeys()) {
                    if (!keys.next()) throw new EntityException("The database returned no generated key for " + type.table());
                    for (int i = 0; i < readBack.size(); i++) readBack.get(i).readInto(entity, keys, i + 1);
                }
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
        entity.attach(this);
        return entity;
    }

    private <E> List<TypedColumn<E, ?>> readBackAfterInsert(List<TypedColumn<E, ?>> filledIn) {
        if (engineSql.returnsFilledInColumnsByName()) return filledIn;
        for (TypedColumn<E, ?> c : filledIn) if (c.isGenerated()) return List.of(c);
        return List.of();
    }

    private PreparedStatement prepareInsert(String sql, List<? extends TypedColumn<?, ?>> readBack) throws SQLException {
        if (readBack.isEmpty()) return connection().prepareStatement(sql);
        // named, the columns come back in this order
        if (engineSql.returnsFilledInColumnsByName()) {
            String[] columns = new String[readBack.size()];
            for (int i = 0; i < columns.length; i++) columns[i] = readBack.get(i).name();
            return connection().prepareStatement(sql, columns);
        }
        return connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
    }

    /** Writes every non-key column of the entity to its row, except computed ones. */
    public <E extends Entity> void update(E entity) {
        EntityType<E> type = typeOf(entity);
        List<TypedColumn<E, ?>> key = keyOf(type, "update");
        List<TypedColumn<E, ?>> values = type.columns().stream().filter(c -> !key.contains(c) && !c.isComputed()).toList();
        if (values.isEmpty()) return;
        String text = statements.update(type, values, key);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            int next = type.bind(entity, values, p, 1);
            type.bind(entity, key, p, next);
            if (p.executeUpdate() == 0) throw new EntityException("No row of " + type.table() + " has the key of " + entity);
        } catch (SQLException e) {
            throw failure(text, e);
        }
        entity.attach(this);
    }

    /** Deletes the entity's row. */
    public <E extends Entity> void delete(E entity) {
        EntityType<E> type = typeOf(entity);
        List<TypedColumn<E, ?>> key = keyOf(type, "delete");
        String text = statements.delete(type, key);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            type.bind(entity, key, p, 1);
            if (p.executeUpdate() == 0) throw new EntityException("No row of " + type.table() + " has the key of " + entity);
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    /** The entity with this primary key (its parts in key order, for a composite key). */
    public <E extends Entity> Optional<E> find(EntityType<E> type, Object... key) {
        List<TypedColumn<E, ?>> keyColumns = keyOf(type, "find");
        if (key.length != keyColumns.size()) {
            throw new IllegalArgumentException(type.table() + " has a key of " + keyColumns.size() + " column(s) "
                    + keyColumns + ", but " + key.length + " value(s) were given");
        }
        List<Condition> conditions = new ArrayList<>(key.length);
        for (int i = 0; i < key.length; i++) conditions.add(equal(keyColumns.get(i), key[i]));
        List<E> rows = list(type, conditions, List.of(), null);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public <E extends Entity> List<E> all(EntityType<E> type) {
        return list(type, List.of(), List.of(), null);
    }

    public <E extends Entity> Query<E> select(EntityType<E> type) {
        return new Query<>(this, type, List.of(), List.of(), null);
    }

    /** The entities {@code owner} is linked to through a many-to-many join table. */
    public <A extends Entity, B extends Entity> List<B> linked(ManyToMany<A, B> relation, A owner) {
        String text = statements.linked(relation);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            bindKey(relation.ownKey(), owner, p);
            return read(relation.target(), p);
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    /** Adds the row that links {@code owner} and {@code other} to the join table. */
    public <A extends Entity, B extends Entity> void link(ManyToMany<A, B> relation, A owner, B other) {
        runLinkStatement(statements.link(relation), relation, owner, other);
    }

    /** Removes the row that links {@code owner} and {@code other} from the join table. */
    public <A extends Entity, B extends Entity> void unlink(ManyToMany<A, B> relation, A owner, B other) {
        runLinkStatement(statements.unlink(relation), relation, owner, other);
    }

    private <A extends Entity, B extends Entity> void runLinkStatement(String sql, ManyToMany<A, B> relation, A owner, B other) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            int next = bindKey(relation.ownKey(), owner, p);
            for (TypedColumn<B, ?> c : relation.targetKey()) c.bindFrom(other, p, next++);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private static <A> int bindKey(List<TypedColumn<A, ?>> key, A owner, PreparedStatement p) throws SQLException {
        int next = 1;
        for (TypedColumn<A, ?> c : key) c.bindFrom(owner, p, next++);
        return next;
    }

    <E extends Entity> List<E> list(EntityType<E> type, List<Condition> conditions, List<Order> order, Integer limit) {
        String text = statements.select(type, conditions, order, limit != null);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            int next = bindAll(conditions, p);
            if (limit != null) p.setInt(next, limit);
            return read(type, p);
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    long count(EntityType<?> type, List<Condition> conditions) {
        String text = statements.count(type, conditions);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            bindAll(conditions, p);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    private <E extends Entity> List<E> read(EntityType<E> type, PreparedStatement p) throws SQLException {
        List<E> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                E e = type.map(r);
                e.attach(this);
                out.add(e);
            }
        }
        return out;
    }

    private static int bindAll(List<Condition> conditions, PreparedStatement p) throws SQLException {
        int next = 1;
        for (Condition c : conditions) next = c.bind(p, next);
        return next;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Entity> EntityType<E> typeOf(E entity) {
        return (EntityType<E>) entity.entityType();
    }

    /** A condition comparing a key column with a value given untyped (a key passed to {@link #find}). */
    @SuppressWarnings("unchecked")
    private static <T> Condition equal(TypedColumn<?, T> column, Object value) {
        return column.eq((T) value);
    }

    private static <E extends Entity> List<TypedColumn<E, ?>> keyOf(EntityType<E> type, String operation) {
        if (type.primaryKey().isEmpty()) {
            throw new EntityException("Cannot " + operation + " by key: table " + type.table() + " has no primary key");
        }
        return type.primaryKey();
    }

    private void checkOpen() {
        if (!open) throw new EntityException("The session is closed; open a new one with database.openSession()");
    }

    private static EntityException failure(String sql, SQLException e) {
        return new EntityException(e.getMessage() + "\n    " + sql, e);
    }
}
