package dev.cairn.entity;

import dev.cairn.dialect.EntitySql;
import dev.cairn.dialect.EntitySql.BatchInsert;
import dev.cairn.dialect.EntitySql.InsertReadBack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
    private final Map<EntityType<?>, Map<Object, Entity>> identities = new HashMap<>();
    private boolean open = true;
    private long writes;

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

    /**
     * Discards the transaction's changes. The session forgets the rows it held, since they may no longer be as the
     * entities say: load again what you go on with.
     */
    public void rollback() {
        checkOpen();
        identities.clear();
        writes++;
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
     * Inserts the entity. A column it leaves null that the database fills in (identity, default) is left out of the
     * insert, and so is a computed one; a column with a default whose setter was called with null is written as NULL.
     * Every column the database filled in is read back into the entity ({@code RETURNING} where the engine has it, by
     * the generated key elsewhere), so the entity holds the row as stored. A required column left null is refused
     * before the statement runs. Returns the entity, now persisted and attached to this session.
     *
     * @throws EntityException when a required column is null, or the database refuses the row
     */
    public <E extends Entity> E insert(E entity) {
        return atomically(false, () -> insertOne(entity));
    }

    private <E extends Entity> E insertOne(E entity) {
        EntityType<E> type = typeOf(entity);
        if (entity.isPersisted()) {
            throw new EntityException("This " + type.table() + " row " + type.storedKey(entity) + " is inserted already; update it");
        }
        TypedColumn<E, ?> version = type.versionColumn();
        if (version != null && !version.isDefaulted() && version.get(entity) == null) setFirstVersion(entity, version);
        List<TypedColumn<E, ?>> given = new ArrayList<>(type.columns().size());
        List<TypedColumn<E, ?>> filledIn = new ArrayList<>(2);
        for (TypedColumn<E, ?> c : type.columns()) (c.omittedFromInsert(entity) ? filledIn : given).add(c);
        for (TypedColumn<E, ?> c : given) requireValue(type, c, entity);
        InsertReadBack readBack = filledIn.isEmpty() ? null : engineSql.insertReadBack();
        String text = readBack == InsertReadBack.RETURNING_CLAUSE ? statements.insertReturning(type, given, filledIn)
                : statements.insert(type, given);
        try (PreparedStatement p = prepareInsert(text, readBack, filledIn)) {
            type.bind(entity, given, p, 1);
            if (readBack == InsertReadBack.RETURNING_CLAUSE) {
                try (ResultSet r = query(p, text)) {
                    readRow(r, type, filledIn, entity);
                }
            } else {
                execute(p, text);
                if (readBack != null) readGeneratedKeys(p, type, filledIn, entity, readBack);
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
        if (readBack == InsertReadBack.GENERATED_KEY_THEN_SELECT) {
            List<TypedColumn<E, ?>> rest = filledIn.stream().filter(c -> !c.isGenerated()).toList();
            if (!rest.isEmpty() && !type.primaryKey().isEmpty()) reread(type, rest, entity, type.storedKey(entity));
        }
        type.storeCurrent(entity);
        entity.attach(this);
        remember(type, entity);
        writes++;
        return entity;
    }

    /**
     * Inserts the entity, or where its table already has a row with the same primary key, updates that row instead:
     * {@code INSERT … ON CONFLICT (key) DO UPDATE} on PostgreSQL and SQLite, {@code ON DUPLICATE KEY UPDATE} on MySQL and
     * MariaDB. See {@link #upsert(Entity, TypedColumn[])}.
     */
    public <E extends Entity> E upsert(E entity) {
        return upsert(entity, keyOf(typeOf(entity), "upsert"));
    }

    /**
     * Inserts the entity, or where its table already has a row with the same values in {@code uniqueColumns} (the
     * primary key or the columns of a unique constraint or index), updates that row instead: the columns the entity
     * gives are written, except the key's and the unique columns, a version column goes up by one, and columns the
     * entity leaves to the database keep the row's values. Either way the entity then holds the row as stored (its
     * key and every other column read back), persisted and attached to this session. On MySQL and MariaDB a conflict
     * with any unique key of the table updates, since their statement cannot name one.
     *
     * @throws IllegalArgumentException when no unique columns are given, or one is not a column of the entity's table
     * @throws EntityException          when the entity is persisted already, a unique column or a required one has no
     *                                  value, or the database refuses the row
     */
    @SafeVarargs
    public final <E extends Entity> E upsert(E entity, TypedColumn<E, ?>... uniqueColumns) {
        return upsert(entity, List.of(uniqueColumns));
    }

    private <E extends Entity> E upsert(E entity, List<TypedColumn<E, ?>> conflict) {
        EntityType<E> type = typeOf(entity);
        if (entity.isPersisted()) {
            throw new EntityException("This " + type.table() + " row " + type.storedKey(entity) + " is inserted already; update it");
        }
        if (conflict.isEmpty()) throw new IllegalArgumentException("An upsert needs the unique columns a row may meet another on");
        for (TypedColumn<E, ?> c : conflict) {
            if (!type.columns().contains(c)) throw new IllegalArgumentException(c.name() + " is not a column of " + type.table());
        }
        TypedColumn<E, ?> version = type.versionColumn();
        if (version != null && !version.isDefaulted() && version.get(entity) == null) setFirstVersion(entity, version);
        List<TypedColumn<E, ?>> given = new ArrayList<>(type.columns().size());
        for (TypedColumn<E, ?> c : type.columns()) if (!c.omittedFromInsert(entity)) given.add(c);
        for (TypedColumn<E, ?> c : conflict) {
            if (!given.contains(c) || c.get(entity) == null) {
                throw new EntityException(type.table() + "." + c.name() + " is a unique column of the upsert and has no value: set "
                        + "it, or insert the row");
            }
        }
        for (TypedColumn<E, ?> c : given) requireValue(type, c, entity);
        List<TypedColumn<E, ?>> set = new ArrayList<>(given);
        set.removeAll(conflict);
        set.removeAll(type.primaryKey());
        set.remove(version);
        boolean returning = engineSql.insertReadBack() != InsertReadBack.GENERATED_KEY_THEN_SELECT;
        String text = statements.upsert(type, given, conflict, set, version, returning ? type.columns() : List.of());
        return atomically(false, () -> {
            try (PreparedStatement p = connection().prepareStatement(text)) {
                type.bind(entity, given, p, 1);
                if (returning) {
                    try (ResultSet r = query(p, text)) {
                        readRow(r, type, type.columns(), entity);
                    }
                } else {
                    execute(p, text);
                }
            } catch (SQLException e) {
                throw failure(text, e);
            }
            if (!returning) {
                List<Object> values = new ArrayList<>(conflict.size());
                for (TypedColumn<E, ?> c : conflict) values.add(c.get(entity));
                rereadBy(type, type.columns(), conflict, values, entity);
            }
            type.storeCurrent(entity);
            entity.attach(this);
            remember(type, entity);
            writes++;
            return entity;
        });
    }

    /**
     * Runs one write call so that its failure leaves the transaction as it was before the call: inside a savepoint, rolled
     * back to when the call throws, where the engine would otherwise abort the whole transaction (PostgreSQL, every
     * write) or where the call runs several statements ({@link #insertAll}, {@link #updateAll}, on every engine).
     */
    private <R> R atomically(boolean severalStatements, java.util.function.Supplier<R> write) {
        checkOpen();
        if (!severalStatements && !engineSql.failedStatementAbortsTransaction()) return write.get();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new EntityException("Cannot set a savepoint: " + e.getMessage() + " [SQLState " + e.getSQLState() + "]", e);
        }
        R result;
        try {
            result = write.get();
        } catch (RuntimeException | Error e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new EntityException("Cannot release a savepoint: " + e.getMessage() + " [SQLState " + e.getSQLState() + "]", e);
        }
        return result;
    }

    /** Rows per JDBC batch of {@link #insertAll} and {@link #updateAll}. */
    private static final int BATCH = 1000;

    /** The columns an insert of one row gives and the ones the database fills in; rows alike share a statement. */
    private record InsertShape<E extends Entity>(EntityType<E> type, List<TypedColumn<E, ?>> given, List<TypedColumn<E, ?>> filledIn) {
    }

    /**
     * Inserts the entities as {@link #insert} does each, in JDBC batches of rows that give the same columns (one
     * statement per batch of 1000 where the driver returns the generated keys of a batch; on SQLite one prepared
     * statement for all). What the database filled in is read back into each entity.
     *
     * @return the entities, in the order given
     */
    public <E extends Entity> List<E> insertAll(Collection<E> entities) {
        Map<InsertShape<?>, List<Entity>> groups = new LinkedHashMap<>();
        InsertShape<E> last = null;
        List<Entity> lastGroup = null;
        for (E entity : entities) {
            EntityType<E> type = typeOf(entity);
            if (entity.isPersisted()) {
                throw new EntityException("This " + type.table() + " row " + type.storedKey(entity) + " is inserted already; update it");
            }
            TypedColumn<E, ?> version = type.versionColumn();
            if (version != null && !version.isDefaulted() && version.get(entity) == null) setFirstVersion(entity, version);
            // most rows leave the same columns to the database as the row before: then no new shape is made
            if (last == null || last.type() != type || !sameShape(last, entity)) {
                List<TypedColumn<E, ?>> given = new ArrayList<>(type.columns().size());
                List<TypedColumn<E, ?>> filledIn = new ArrayList<>(2);
                for (TypedColumn<E, ?> c : type.columns()) (c.omittedFromInsert(entity) ? filledIn : given).add(c);
                last = new InsertShape<>(type, given, filledIn);
                lastGroup = groups.computeIfAbsent(last, k -> new ArrayList<>());
            }
            for (TypedColumn<E, ?> c : last.given()) requireValue(type, c, entity);
            lastGroup.add(entity);
        }
        atomically(true, () -> {
            try {
                for (Map.Entry<InsertShape<?>, List<Entity>> g : groups.entrySet()) insertGroup(g.getKey(), g.getValue());
            } catch (RuntimeException | Error e) {
                // the savepoint takes the rows back: so does every entity what it was given
                for (Map.Entry<InsertShape<?>, List<Entity>> g : groups.entrySet()) clearFilledIn(g.getKey(), g.getValue());
                throw e;
            }
            for (Map.Entry<InsertShape<?>, List<Entity>> g : groups.entrySet()) attachInserted(g.getKey().type(), g.getValue());
            writes++;
            return null;
        });
        return entities instanceof List<E> l ? l : List.copyOf(entities);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Entity> void clearFilledIn(InsertShape<E> shape, List<Entity> entities) {
        for (Entity e : entities) {
            for (TypedColumn<E, ?> c : shape.filledIn()) {
                c.set((E) e, null);
                e.unassign(c);
            }
        }
    }

    private <E extends Entity> void attachInserted(EntityType<E> type, List<Entity> entities) {
        Map<Object, Entity> known = identities.computeIfAbsent(type, t -> new HashMap<>());
        for (Entity entity : entities) {
            E e = type.cast(entity);
            type.storeCurrent(e);
            e.attach(this);
            Object key = type.identity(e);
            if (key != null) known.put(key, e);
        }
    }

    private static <E extends Entity> boolean sameShape(InsertShape<E> shape, E entity) {
        for (TypedColumn<E, ?> c : shape.filledIn()) if (!c.omittedFromInsert(entity)) return false;
        for (TypedColumn<E, ?> c : shape.given()) if (c.omittedFromInsert(entity)) return false;
        return true;
    }

    @SuppressWarnings("unchecked")
    private <E extends Entity> void insertGroup(InsertShape<E> shape, List<Entity> entities) {
        EntityType<E> type = shape.type();
        List<E> rows = (List<E>) (List<?>) entities;
        List<TypedColumn<E, ?>> filledIn = shape.filledIn();
        InsertReadBack readBack = filledIn.isEmpty() ? null : engineSql.insertReadBack();
        BatchInsert how = engineSql.batchInsert();
        if (readBack == null || how == BatchInsert.JDBC_BATCH_WITH_KEYS) {
            insertBatches(type, shape.given(), filledIn, readBack, rows);
        } else if (how == BatchInsert.MULTI_ROW_RETURNING && !shape.given().isEmpty()) {
            insertMultiRow(type, shape.given(), filledIn, rows);
        } else if (how == BatchInsert.BATCH_THEN_ROWID_RANGE && type.primaryKey().size() == 1
                && filledIn.contains(type.primaryKey().get(0)) && type.primaryKey().get(0).isGenerated() && !hasTriggers(type)) {
            insertThenRowidRange(type, shape.given(), filledIn, rows);
        } else {
            insertOneByOne(type, shape.given(), filledIn, readBack, rows);
        }
    }

    private <E extends Entity> void insertBatches(EntityType<E> type, List<TypedColumn<E, ?>> given, List<TypedColumn<E, ?>> filledIn,
                                                  InsertReadBack readBack, List<E> rows) {
        String text = statements.insert(type, given);
        boolean byName = readBack == InsertReadBack.GENERATED_KEYS_BY_NAME;
        List<TypedColumn<E, ?>> keys = readBack == null ? List.of() : byName ? filledIn
                : filledIn.stream().filter(TypedColumn::isGenerated).toList();
        try (PreparedStatement p = keys.isEmpty() ? connection().prepareStatement(text)
                : byName ? connection().prepareStatement(text, filledIn.stream().map(TypedColumn::name).toArray(String[]::new))
                : connection().prepareStatement(text, Statement.RETURN_GENERATED_KEYS)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<E> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                for (E e : chunk) {
                    type.bind(e, given, p, 1);
                    p.addBatch();
                }
                long start = System.nanoTime();
                p.executeBatch();
                database.statementRan(text, start);
                if (keys.isEmpty()) continue;
                try (ResultSet r = p.getGeneratedKeys()) {
                    for (E e : chunk) {
                        if (!r.next()) throw new EntityException("The database returned fewer generated keys than rows for " + type.table());
                        for (int i = 0; i < keys.size(); i++) keys.get(i).readInto(e, r, i + 1);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
        if (!byName && readBack != null) {
            List<TypedColumn<E, ?>> rest = filledIn.stream().filter(c -> !c.isGenerated()).toList();
            if (!rest.isEmpty() && !type.primaryKey().isEmpty()) for (E e : rows) reread(type, rest, e, type.storedKey(e));
        }
    }

    /**
     * Multi-row inserts of up to {@link #BATCH} rows (fewer when the row is wide) with RETURNING, rows in the order given;
     * one prepared statement serves every full chunk, another the rest.
     */
    private <E extends Entity> void insertMultiRow(EntityType<E> type, List<TypedColumn<E, ?>> given, List<TypedColumn<E, ?>> filledIn,
                                                   List<E> rows) {
        int perStatement = Math.max(1, Math.min(BATCH, 30_000 / given.size()));
        String text = null;
        PreparedStatement p = null;
        int prepared = 0;
        try {
            try {
                for (int from = 0; from < rows.size(); from += perStatement) {
                    List<E> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
                    if (chunk.size() != prepared) {
                        if (p != null) p.close();
                        text = statements.insertRows(type, given, chunk.size(), filledIn);
                        p = connection().prepareStatement(text);
                        prepared = chunk.size();
                    }
                    int next = 1;
                    for (E e : chunk) next = type.bind(e, given, p, next);
                    try (ResultSet r = query(p, text)) {
                        for (E e : chunk) readRow(r, type, filledIn, e);
                    }
                }
            } finally {
                if (p != null) p.close();
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    /**
     * A batch without keys, then the keys computed from {@code last_insert_rowid()}: while one connection holds the write
     * lock, its plain inserts into a rowid table take consecutive rowids above every existing one. That is checked per
     * batch: the connection's count of changed rows grew by the batch's size (no trigger wrote) and the first key is above
     * the table's largest before. Columns filled in besides the key are read back by the key range. A table with
     * triggers is inserted row by row with RETURNING.
     */
    private <E extends Entity> void insertThenRowidRange(EntityType<E> type, List<TypedColumn<E, ?>> given,
                                                         List<TypedColumn<E, ?>> filledIn, List<E> rows) {
        TypedColumn<E, ?> key = type.primaryKey().get(0);
        List<TypedColumn<E, ?>> rest = filledIn.stream().filter(c -> c != key).toList();
        boolean readRange = !rest.isEmpty() || (key.type() != ValueTypes.LONG && key.type() != ValueTypes.INTEGER);
        String rangeText = statements.rowRange(type, key, rest);
        String text = statements.insert(type, given);
        try (PreparedStatement p = connection().prepareStatement(text);
             PreparedStatement state = connection().prepareStatement(engineSql.lastRowidQuery());
             PreparedStatement range = !readRange ? null : connection().prepareStatement(rangeText)) {
            long[] before = lastRowidAndChanges(state);
            long above = maxKey(type, key);
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<E> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
                for (E e : chunk) {
                    type.bind(e, given, p, 1);
                    p.addBatch();
                }
                long start = System.nanoTime();
                p.executeBatch();
                database.statementRan(text, start);
                long[] after = lastRowidAndChanges(state);
                long first = after[0] - chunk.size() + 1;
                if (after[1] - before[1] != chunk.size() || first <= above) {
                    throw new EntityException("The rows inserted into " + type.table() + " did not take consecutive keys above the "
                            + "largest one before, or other rows changed meanwhile; the keys cannot be read back: roll back");
                }
                before = after;
                above = after[0];
                if (range == null) {
                    long id = first;
                    for (E e : chunk) setKey(key, e, id++);
                    continue;
                }
                range.setLong(1, first);
                range.setLong(2, after[0]);
                try (ResultSet r = query(range, rangeText)) {
                    for (E e : chunk) {
                        if (!r.next()) throw new EntityException("The rows inserted into " + type.table() + " did not take consecutive keys");
                        key.readInto(e, r, 1);
                        for (int i = 0; i < rest.size(); i++) rest.get(i).readInto(e, r, i + 2);
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    private static long[] lastRowidAndChanges(PreparedStatement state) throws SQLException {
        try (ResultSet r = state.executeQuery()) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    /** The largest key of the table, {@link Long#MIN_VALUE} when it has no row. */
    private <E extends Entity> long maxKey(EntityType<E> type, TypedColumn<E, ?> key) throws SQLException {
        try (Statement s = connection().createStatement(); ResultSet r = s.executeQuery(statements.maxKey(type, key))) {
            r.next();
            long max = r.getLong(1);
            return r.wasNull() ? Long.MIN_VALUE : max;
        }
    }

    /** Whether the table has a trigger, which may write rows a batch cannot account for. */
    private boolean hasTriggers(EntityType<?> type) {
        String text = engineSql.triggersQuery();
        try (PreparedStatement p = connection().prepareStatement(text)) {
            p.setString(1, type.table());
            p.setString(2, type.table());
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Entity, T> void setKey(TypedColumn<E, T> key, E entity, long value) {
        key.set(entity, (T) (key.type() == ValueTypes.INTEGER ? (Object) Math.toIntExact(value) : (Object) value));
    }

    private <E extends Entity> void insertOneByOne(EntityType<E> type, List<TypedColumn<E, ?>> given, List<TypedColumn<E, ?>> filledIn,
                                                   InsertReadBack readBack, List<E> rows) {
        String text = readBack == InsertReadBack.RETURNING_CLAUSE ? statements.insertReturning(type, given, filledIn)
                : statements.insert(type, given);
        try (PreparedStatement p = prepareInsert(text, readBack, filledIn)) {
            for (E e : rows) {
                type.bind(e, given, p, 1);
                if (readBack == InsertReadBack.RETURNING_CLAUSE) {
                    try (ResultSet r = query(p, text)) {
                        readRow(r, type, filledIn, e);
                    }
                } else {
                    execute(p, text);
                    readGeneratedKeys(p, type, filledIn, e, readBack);
                }
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
        if (readBack == InsertReadBack.GENERATED_KEY_THEN_SELECT) {
            List<TypedColumn<E, ?>> rest = filledIn.stream().filter(c -> !c.isGenerated()).toList();
            if (!rest.isEmpty() && !type.primaryKey().isEmpty()) for (E e : rows) reread(type, rest, e, type.storedKey(e));
        }
    }

    /** The columns one update writes, and whether it checks a version; rows alike share a statement. */
    private record UpdateShape<E extends Entity>(EntityType<E> type, List<TypedColumn<E, ?>> values) {
    }

    /**
     * Updates the entities as {@link #update} does each (only changed columns, by the key as loaded, the version
     * checked), in JDBC batches of rows that change the same columns. Entities without changes run no statement.
     *
     * @throws OptimisticLockException when a versioned row was changed by another transaction; the rows of its batch
     *                                 are written or not as the transaction decides: roll back
     */
    public <E extends Entity> void updateAll(Collection<E> entities) {
        Map<UpdateShape<?>, List<Entity>> groups = new LinkedHashMap<>();
        for (E entity : entities) {
            EntityType<E> type = typeOf(entity);
            List<TypedColumn<E, ?>> key = keyOf(type, "update");
            requirePersisted(type, entity, "update");
            List<TypedColumn<E, ?>> changed = type.changed(entity);
            TypedColumn<E, ?> version = type.versionColumn();
            List<TypedColumn<E, ?>> values = new ArrayList<>(changed.size() + 1);
            for (TypedColumn<E, ?> c : changed) {
                if (key.contains(c)) {
                    throw new EntityException("The key of " + type.table() + " row " + type.storedKey(entity) + " changed; a row's key "
                            + "is fixed once it exists");
                }
                if (!c.isComputed() && c != version) values.add(c);
            }
            if (values.isEmpty()) continue;
            for (TypedColumn<E, ?> c : values) requireValue(type, c, entity);
            if (version != null) values.add(version);
            groups.computeIfAbsent(new UpdateShape<>(type, values), k -> new ArrayList<>()).add(entity);
        }
        List<Runnable> undo = new ArrayList<>();
        atomically(true, () -> {
            try {
                for (Map.Entry<UpdateShape<?>, List<Entity>> g : groups.entrySet()) undo.add(updateGroup(g.getKey(), g.getValue()));
            } catch (RuntimeException | Error e) {
                // the savepoint takes every group's rows back: so do the entities their versions
                undo.forEach(Runnable::run);
                throw e;
            }
            for (Map.Entry<UpdateShape<?>, List<Entity>> g : groups.entrySet()) storeUpdated(g.getKey().type(), g.getValue());
            writes++;
            return null;
        });
    }

    private <E extends Entity> void storeUpdated(EntityType<E> type, List<Entity> entities) {
        List<TypedColumn<E, ?>> computed = type.columns().stream().filter(TypedColumn::isComputed).toList();
        for (Entity entity : entities) {
            E e = type.cast(entity);
            if (!computed.isEmpty()) reread(type, computed, e, type.storedKey(e));
            type.storeCurrent(e);
            e.attach(this);
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends Entity> Runnable updateGroup(UpdateShape<E> shape, List<Entity> entities) {
        EntityType<E> type = shape.type();
        List<E> rows = (List<E>) (List<?>) entities;
        TypedColumn<E, ?> version = type.versionColumn();
        List<TypedColumn<E, ?>> key = type.primaryKey();
        String text = statements.update(type, shape.values(), key, version);
        List<Object> loadedVersions = new ArrayList<>(rows.size());
        for (E e : rows) {
            Object loaded = version == null ? null : type.stored(e, version);
            if (version != null) {
                if (loaded == null) throw new EntityException(type.table() + "." + version.name() + " is null in row " + type.storedKey(e));
                setNext(e, version, loaded);
            }
            loadedVersions.add(loaded);
        }
        try (PreparedStatement p = connection().prepareStatement(text)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                int to = Math.min(rows.size(), from + BATCH);
                for (int i = from; i < to; i++) {
                    E e = rows.get(i);
                    int next = type.bind(e, shape.values(), p, 1);
                    next = bindValues(key, type.storedKey(e), p, next);
                    if (version != null) bindValue(version, loadedVersions.get(i), p, next);
                    p.addBatch();
                }
                long start = System.nanoTime();
                int[] counts = p.executeBatch();
                database.statementRan(text, start);
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] != 0) continue;
                    E e = rows.get(from + i);
                    for (int j = 0; j < rows.size(); j++) if (version != null) setValue(rows.get(j), version, loadedVersions.get(j));
                    throw notFound(type, e, type.storedKey(e), version, loadedVersions.get(from + i), "update");
                }
            }
        } catch (SQLException e) {
            if (version != null) for (int j = 0; j < rows.size(); j++) setValue(rows.get(j), version, loadedVersions.get(j));
            throw failure(text, e);
        }
        return () -> {
            if (version != null) for (int j = 0; j < rows.size(); j++) setValue(rows.get(j), version, loadedVersions.get(j));
        };
    }

    private static <E extends Entity, T> void setFirstVersion(E entity, TypedColumn<E, T> version) {
        version.set(entity, Versions.first(version.type()));
    }

    private static <E extends Entity> void requireValue(EntityType<E> type, TypedColumn<E, ?> column, E entity) {
        if (column.isRequired() && column.get(entity) == null) {
            throw new EntityException(type.table() + "." + column.name() + " is required: set it (or the relation it belongs "
                    + "to) before saving this " + entity.getClass().getSimpleName());
        }
    }

    private PreparedStatement prepareInsert(String sql, InsertReadBack readBack, List<? extends TypedColumn<?, ?>> filledIn)
            throws SQLException {
        if (readBack == InsertReadBack.GENERATED_KEYS_BY_NAME) {
            // named, the columns come back in this order
            String[] columns = new String[filledIn.size()];
            for (int i = 0; i < columns.length; i++) columns[i] = filledIn.get(i).name();
            return connection().prepareStatement(sql, columns);
        }
        if (readBack == InsertReadBack.GENERATED_KEY_THEN_SELECT && filledIn.stream().anyMatch(TypedColumn::isGenerated)) {
            return connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        }
        return connection().prepareStatement(sql);
    }

    /**
     * Reads the generated keys: every filled-in column when they were asked for by name, else the auto-increment key,
     * the one value such a driver returns.
     */
    private static <E extends Entity> void readGeneratedKeys(PreparedStatement p, EntityType<E> type, List<TypedColumn<E, ?>> filledIn,
                                                             E entity, InsertReadBack readBack) throws SQLException {
        List<TypedColumn<E, ?>> keys = readBack == InsertReadBack.GENERATED_KEYS_BY_NAME ? filledIn
                : filledIn.stream().filter(TypedColumn::isGenerated).toList();
        if (keys.isEmpty()) return;
        try (ResultSet r = p.getGeneratedKeys()) {
            if (!r.next()) throw new EntityException("The database returned no generated key for " + type.table());
            for (int i = 0; i < keys.size(); i++) keys.get(i).readInto(entity, r, i + 1);
        }
    }

    private static <E extends Entity> void readRow(ResultSet r, EntityType<E> type, List<TypedColumn<E, ?>> columns, E entity)
            throws SQLException {
        if (!r.next()) throw new EntityException("The database returned no row for " + type.table());
        for (int i = 0; i < columns.size(); i++) columns.get(i).readInto(entity, r, i + 1);
    }

    /** Reads {@code columns} of the entity's row again, by its key: what the database filled in or computed. */
    private <E extends Entity> void reread(EntityType<E> type, List<TypedColumn<E, ?>> columns, E entity, List<Object> key) {
        String text = statements.reread(type, columns, type.primaryKey());
        try (PreparedStatement p = connection().prepareStatement(text)) {
            bindValues(type.primaryKey(), key, p, 1);
            try (ResultSet r = query(p, text)) {
                readRow(r, type, columns, entity);
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    /** Reads {@code columns} of the row whose {@code by} columns hold {@code values} into the entity. */
    private <E extends Entity> void rereadBy(EntityType<E> type, List<TypedColumn<E, ?>> columns, List<TypedColumn<E, ?>> by,
                                             List<Object> values, E entity) {
        String text = statements.reread(type, columns, by);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            bindValues(by, values, p, 1);
            try (ResultSet r = query(p, text)) {
                readRow(r, type, columns, entity);
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    /**
     * Writes the columns whose values changed since the entity was loaded, inserted or last updated, to the row with
     * the key it was loaded with; nothing when none changed. With a version column the row must still be at the
     * version loaded ({@code … AND version = ?}), and the update writes the next one. Computed columns are read again.
     *
     * @throws OptimisticLockException when another transaction changed (or deleted) a versioned row since
     * @throws EntityException         when no row has the key, or the entity was never inserted or loaded
     */
    public <E extends Entity> void update(E entity) {
        atomically(false, () -> {
            updateOne(entity);
            return null;
        });
    }

    private <E extends Entity> void updateOne(E entity) {
        EntityType<E> type = typeOf(entity);
        List<TypedColumn<E, ?>> key = keyOf(type, "update");
        requirePersisted(type, entity, "update");
        List<Object> loadedKey = type.storedKey(entity);
        List<TypedColumn<E, ?>> changed = type.changed(entity);
        for (TypedColumn<E, ?> c : changed) {
            if (key.contains(c)) {
                throw new EntityException("The key of " + type.table() + " row " + loadedKey + " changed to " + keyValues(type, entity)
                        + "; a row's key is fixed once it exists: insert a new row with the new key and delete this one to move it");
            }
        }
        TypedColumn<E, ?> version = type.versionColumn();
        List<TypedColumn<E, ?>> values = new ArrayList<>(changed.size() + 1);
        for (TypedColumn<E, ?> c : changed) if (!c.isComputed() && c != version) values.add(c);
        for (TypedColumn<E, ?> c : values) requireValue(type, c, entity);
        if (values.isEmpty()) return;
        Object loadedVersion = version == null ? null : type.stored(entity, version);
        if (version != null) {
            if (loadedVersion == null) throw new EntityException(type.table() + "." + version.name() + " is null in row " + loadedKey);
            setNext(entity, version, loadedVersion);
            values.add(version);
        }
        String text = statements.update(type, values, key, version);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            int next = type.bind(entity, values, p, 1);
            next = bindValues(key, loadedKey, p, next);
            if (version != null) bindValue(version, loadedVersion, p, next);
            if (execute(p, text) == 0) {
                if (version != null) setValue(entity, version, loadedVersion);
                throw notFound(type, entity, loadedKey, version, loadedVersion, "update");
            }
        } catch (SQLException e) {
            if (version != null) setValue(entity, version, loadedVersion);
            throw failure(text, e);
        }
        writes++;
        List<TypedColumn<E, ?>> computed = type.columns().stream().filter(TypedColumn::isComputed).toList();
        if (!computed.isEmpty()) reread(type, computed, entity, loadedKey);
        type.storeCurrent(entity);
        entity.attach(this);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Entity, T> void setNext(E entity, TypedColumn<E, T> version, Object loaded) {
        version.set(entity, Versions.next((T) loaded));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Entity, T> void setValue(E entity, TypedColumn<E, T> column, Object value) {
        column.set(entity, (T) value);
    }

    /**
     * Deletes the entity's row, found by the key it was loaded with (and, with a version column, at the version
     * loaded). The entity is then new again: it can be inserted anew.
     */
    public <E extends Entity> void delete(E entity) {
        atomically(false, () -> {
            deleteOne(entity);
            return null;
        });
    }

    private <E extends Entity> void deleteOne(E entity) {
        EntityType<E> type = typeOf(entity);
        List<TypedColumn<E, ?>> key = keyOf(type, "delete");
        List<Object> loadedKey = type.storedKey(entity);
        TypedColumn<E, ?> version = entity.isPersisted() ? type.versionColumn() : null;
        Object loadedVersion = version == null ? null : type.stored(entity, version);
        String text = statements.delete(type, key, version);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            int next = bindValues(key, loadedKey, p, 1);
            if (version != null) bindValue(version, loadedVersion, p, next);
            if (execute(p, text) == 0) throw notFound(type, entity, loadedKey, version, loadedVersion, "delete");
        } catch (SQLException e) {
            throw failure(text, e);
        }
        forget(type, entity);
        entity.store(null);
        writes++;
    }

    private static <E extends Entity> EntityException notFound(EntityType<E> type, E entity, List<Object> key, TypedColumn<E, ?> version,
                                                               Object loadedVersion, String operation) {
        if (version == null) return new EntityException("No row of " + type.table() + " has the key of " + entity);
        return new OptimisticLockException("Cannot " + operation + " " + type.table() + " row " + key + ": another transaction "
                + "changed or deleted it since it was loaded at " + version.name() + " " + loadedVersion + "; load it again and "
                + "reapply the change", type.table(), loadedVersion);
    }

    private static <E extends Entity> List<Object> keyValues(EntityType<E> type, E entity) {
        List<Object> out = new ArrayList<>();
        for (TypedColumn<E, ?> c : type.primaryKey()) out.add(c.get(entity));
        return out;
    }

    private static <E extends Entity> void requirePersisted(EntityType<E> type, E entity, String operation) {
        if (!entity.isPersisted()) {
            throw new EntityException("Cannot " + operation + " this " + type.table() + " row " + type.storedKey(entity)
                    + ": it was not loaded or inserted by a session (it is new); insert it, or load it and change that copy");
        }
    }

    private static <E> int bindValues(List<TypedColumn<E, ?>> columns, List<Object> values, PreparedStatement p, int index)
            throws SQLException {
        for (int i = 0; i < columns.size(); i++) bindValue(columns.get(i), values.get(i), p, index++);
        return index;
    }

    @SuppressWarnings("unchecked")
    private static <T> void bindValue(TypedColumn<?, T> column, Object value, PreparedStatement p, int index) throws SQLException {
        column.type().bind(p, index, (T) value);
    }

    /**
     * The entity with this primary key (its parts in key order, for a composite key). One already in the session is
     * returned without a query: a session holds one instance per row.
     *
     * @throws IllegalArgumentException when the number or the types of the key's parts do not match the key columns
     */
    public <E extends Entity> Optional<E> find(EntityType<E> type, Object... key) {
        List<TypedColumn<E, ?>> keyColumns = keyOf(type, "find");
        if (key.length != keyColumns.size()) {
            throw new IllegalArgumentException(type.table() + " has a key of " + keyColumns.size() + " column(s) "
                    + keyColumns + ", but " + key.length + " value(s) were given");
        }
        Object[] values = new Object[key.length];
        for (int i = 0; i < key.length; i++) values[i] = KeyValues.convert(type, keyColumns.get(i), key[i]);
        Map<Object, Entity> known = identities.get(type);
        if (known != null) {
            Entity e = known.get(values.length == 1 ? values[0] : Arrays.asList(values));
            if (e != null) return Optional.of(type.cast(e));
        }
        List<Condition> conditions = new ArrayList<>(key.length);
        for (int i = 0; i < key.length; i++) conditions.add(equal(keyColumns.get(i), values[i]));
        List<E> rows = list(type, conditions, List.of(), null);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public <E extends Entity> List<E> all(EntityType<E> type) {
        return list(type, List.of(), List.of(), null);
    }

    public <E extends Entity> Query<E> select(EntityType<E> type) {
        return new Query<>(this, type);
    }

    /** The entities {@code owner} is linked to through a many-to-many join table. */
    public <A extends Entity, B extends Entity> List<B> linked(ManyToMany<A, B> relation, A owner) {
        String text = statements.linked(relation);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            bindKey(relation.ownKey(), owner, p);
            return read(relation.target(), p, text);
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
        atomically(false, () -> {
            runLink(sql, relation, owner, other);
            return null;
        });
    }

    private <A extends Entity, B extends Entity> void runLink(String sql, ManyToMany<A, B> relation, A owner, B other) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            int next = bindKey(relation.ownKey(), owner, p);
            for (TypedColumn<B, ?> c : relation.targetKey()) c.bindFrom(other, p, next++);
            execute(p, sql);
            writes++;
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
        return list(type, conditions, order, limit, 0);
    }

    <E extends Entity> List<E> list(EntityType<E> type, List<Condition> conditions, List<Order> order, Integer limit, long offset) {
        if (offset > 0 && limit == null) throw new IllegalStateException("An offset needs a limit: add limit(…) or use page(…)");
        String text = statements.select(type, conditions, order, limit != null, offset > 0);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            int next = bindAll(conditions, p);
            if (limit != null) p.setInt(next++, limit);
            if (offset > 0) p.setLong(next, offset);
            return read(type, p, text);
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    /** Binds a statement's values from {@code index} on; returns the next free index. */
    @FunctionalInterface
    interface Binder {
        int bind(PreparedStatement statement, int index) throws SQLException;
    }

    /** How this session's statements name tables and columns. */
    SqlNames names() {
        return database.names();
    }

    /** The entities a query's statement selects (its columns are the type's, in order). */
    <E extends Entity> List<E> rows(String sql, Binder binder, EntityType<E> type) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            binder.bind(p, 1);
            return read(type, p, sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The first column of the statement's first row, or null when it has none. */
    <T> T single(String sql, Binder binder, ValueType<T> type) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            binder.bind(p, 1);
            try (ResultSet r = query(p, sql)) {
                return r.next() ? type.read(r, 1) : null;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The rows of a projection, each value read as its field's type. */
    List<Row> projected(String sql, Binder binder, List<Selectable<?>> fields) {
        try (PreparedStatement p = connection().prepareStatement(sql)) {
            binder.bind(p, 1);
            List<Row> out = new ArrayList<>();
            try (ResultSet r = query(p, sql)) {
                while (r.next()) {
                    Object[] values = new Object[fields.size()];
                    for (int i = 0; i < values.length; i++) values[i] = fields.get(i).valueType().read(r, i + 1);
                    out.add(new Row(fields, values));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * The entities a statement selects, read as the stream is consumed, {@code fetchSize} rows per round trip (0: the
     * driver's default). Closing the stream closes the statement. A row the session holds comes as its instance; the
     * others are attached but not remembered, so that a long stream does not fill the identity map.
     */
    <E extends Entity> Stream<E> stream(String sql, Binder binder, EntityType<E> type, int fetchSize) {
        PreparedStatement p;
        ResultSet rows;
        try {
            p = connection().prepareStatement(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
        try {
            if (fetchSize > 0) p.setFetchSize(fetchSize);
            binder.bind(p, 1);
            rows = query(p, sql);
        } catch (SQLException e) {
            try {
                p.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw failure(sql, e);
        }
        PreparedStatement statement = p;
        ResultSet result = rows;
        Spliterator<E> each = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super E> action) {
                try {
                    if (!result.next()) return false;
                    E loaded = type.map(result);
                    action.accept(streamed(type, loaded));
                    return true;
                } catch (SQLException e) {
                    throw failure(sql, e);
                }
            }
        };
        return StreamSupport.stream(each, false).onClose(() -> {
            try (statement; result) {
                // closing them is all
            } catch (SQLException e) {
                throw failure(sql, e);
            }
        });
    }

    /** The session's instance of a streamed row if it holds one, else the row, attached but not remembered. */
    private <E extends Entity> E streamed(EntityType<E> type, E loaded) {
        Object key = type.identity(loaded);
        Map<Object, Entity> known = key == null ? null : identities.get(type);
        Entity existing = known == null ? null : known.get(key);
        if (existing != null) return type.cast(existing);
        loaded.attach(this);
        return loaded;
    }

    long count(EntityType<?> type, List<Condition> conditions) {
        String text = statements.count(type, conditions);
        try (PreparedStatement p = connection().prepareStatement(text)) {
            bindAll(conditions, p);
            try (ResultSet r = query(p, text)) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(text, e);
        }
    }

    private <E extends Entity> List<E> read(EntityType<E> type, PreparedStatement p, String sql) throws SQLException {
        List<E> out = new ArrayList<>();
        try (ResultSet r = query(p, sql)) {
            while (r.next()) out.add(known(type, type.map(r)));
        }
        return out;
    }

    private ResultSet query(PreparedStatement p, String sql) throws SQLException {
        long start = System.nanoTime();
        ResultSet r = p.executeQuery();
        database.statementRan(sql, start);
        return r;
    }

    private int execute(PreparedStatement p, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows = p.executeUpdate();
        database.statementRan(sql, start);
        return rows;
    }

    /**
     * The session's instance of the row {@code loaded} holds: the one it already has (whose unsaved changes stay), or
     * {@code loaded}, attached and remembered.
     */
    <E extends Entity> E known(EntityType<E> type, E loaded) {
        Object key = type.identity(loaded);
        if (key == null) {
            loaded.attach(this);
            return loaded;
        }
        Map<Object, Entity> known = identities.computeIfAbsent(type, t -> new HashMap<>());
        Entity existing = known.putIfAbsent(key, loaded);
        if (existing != null) return type.cast(existing);
        loaded.attach(this);
        return loaded;
    }

    private <E extends Entity> void remember(EntityType<E> type, E entity) {
        Object key = type.identity(entity);
        if (key != null) identities.computeIfAbsent(type, t -> new HashMap<>()).put(key, entity);
    }

    private <E extends Entity> void forget(EntityType<E> type, E entity) {
        Map<Object, Entity> known = identities.get(type);
        Object key = type.identity(entity);
        if (known != null && key != null) known.remove(key, entity);
    }

    /** How many writes the session has run; a relationship cached before a write loads again. */
    long writes() {
        return writes;
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

    /** A condition comparing a key column with a value already checked to be of its type (a key passed to {@link #find}). */
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

    /** The database's refusal, as a {@link ConstraintViolationException} when it names a broken constraint. */
    private EntityException failure(String sql, SQLException e) {
        String message = e.getMessage() + " [SQLState " + e.getSQLState() + "]\n    " + sql;
        EntitySql.ConstraintKind kind = engineSql.constraintKind(e);
        if (kind == null) return new EntityException(message, e);
        return new ConstraintViolationException(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " constraint violated: "
                + message, ConstraintViolationException.Kind.valueOf(kind.name()), e);
    }
}
