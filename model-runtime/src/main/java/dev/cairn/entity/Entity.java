package dev.cairn.entity;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The base of generated entity classes. It remembers the session that loaded or saved the entity, so relationship
 * accessors can load lazily through it; an entity made with {@code new}, or whose session is closed, is detached.
 * It also remembers the row as the database holds it (its <em>stored</em> values, taken on load, insert and update),
 * so that an update writes only the columns that changed, by the key as loaded, and checks the version it loaded.
 * <p>
 * Its members are few and their names are reserved: generated accessors never use them. Its fields are
 * {@code transient} and its two {@code is…} methods {@code @java.beans.Transient}, so that a serialiser (Jackson, Gson,
 * Java serialisation) sees the row's columns only.
 */
public abstract class Entity {
    /** Stored while {@link EntityType#map} fills a new entity in, so that the setters it calls record nothing. */
    static final Object[] LOADING = new Object[0];

    private transient Session session;
    private transient Object[] stored;
    private transient Set<TypedColumn<?, ?>> assigned;
    private transient RelationCache relations;

    /** The metadata of this entity's table. */
    public abstract EntityType<?> entityType();

    /** Whether the entity belongs to an open session, so its relationship accessors can load. */
    @java.beans.Transient // session state, no property of the row: serialisers leave it out
    public final boolean isAttached() {
        return session != null && session.isOpen();
    }

    /** Whether the entity is a row of its table: loaded or inserted (and not deleted) by a session. */
    @java.beans.Transient
    public final boolean isPersisted() {
        return stored != null && stored != LOADING;
    }

    final void attach(Session owner) {
        if (session != owner) relations = null;
        this.session = owner;
    }

    final Object[] stored() {
        return isPersisted() ? stored : null;
    }

    final void store(Object[] values) {
        this.stored = values;
        this.assigned = null;
    }

    /**
     * Called by a generated setter of a column with a default: a null set on purpose is written as NULL by the
     * insert, while a column never set is left to the database's default.
     */
    protected final void assigned(TypedColumn<?, ?> column) {
        if (stored != null) return;
        if (assigned == null) assigned = new HashSet<>(4);
        assigned.add(column);
    }

    /** Forgets that a setter was called for the column (an insert that was taken back set it). */
    final void unassign(TypedColumn<?, ?> column) {
        if (assigned != null) assigned.remove(column);
    }

    final boolean wasAssigned(TypedColumn<?, ?> column) {
        return assigned != null && assigned.contains(column);
    }

    /**
     * Called by a generated setter of a primary-key column: once the entity is a row, its key is fixed, since an
     * update finds the row by the key it was loaded with.
     *
     * @throws IllegalStateException when the entity is persisted and the value differs from the stored one
     */
    protected final void keyChange(TypedColumn<?, ?> column, Object value) {
        if (!isPersisted()) return;
        int at = entityType().columns().indexOf(column);
        if (at >= 0 && !java.util.Objects.deepEquals(stored[at], value)) {
            throw new IllegalStateException("The key of " + entityType().table() + " row " + entityType().storedKey(this)
                    + " is fixed once the row exists (" + column.name() + " " + stored[at] + " → " + value + "); insert a new row "
                    + "with the new key and delete this one to move it");
        }
    }

    /**
     * The value of a relationship cached in this entity, loaded by {@code load} when the cache has none for these
     * foreign-key values or the session has written since.
     */
    protected final <T> T cached(String relation, Object keyValues, Supplier<T> load) {
        Session s = session(relation);
        if (relations == null) relations = new RelationCache();
        return relations.get(relation, keyValues, s.writes(), load);
    }

    /** Remembers {@code value} as the relationship's value for these foreign-key values (a batch include, a setter). */
    final void cache(String relation, Object keyValues, Object value, long writes) {
        if (relations == null) relations = new RelationCache();
        relations.put(relation, keyValues, value, writes);
    }

    /** Forgets the cached value of one relationship (a setter that points it elsewhere). */
    protected final void uncache(String relation) {
        if (relations != null) relations.remove(relation);
    }

    /**
     * The session that loaded this entity, for the relationship accessor {@code relation}.
     *
     * @throws DetachedEntityException when there is none or it is closed
     */
    protected final Session session(String relation) {
        if (session == null) {
            throw new DetachedEntityException(getClass().getSimpleName() + "." + relation + " loads through the session that "
                    + "loaded or inserted this " + getClass().getSimpleName() + ", and this one has none (it was made with new "
                    + "and not inserted); insert it, or load it with session.find(…), first");
        }
        if (!session.isOpen()) {
            throw new DetachedEntityException(getClass().getSimpleName() + "." + relation + " loads through the session that "
                    + "loaded this " + getClass().getSimpleName() + ", and that session is closed; load it again in an open "
                    + "session, or call the accessor before closing it");
        }
        return session;
    }

    /**
     * The key of another entity, to point a foreign key at it: refuses one that is not saved yet, whose key the
     * database has not assigned.
     */
    protected static <T> T keyOf(Entity target, T key, String relation) {
        if (key == null) {
            throw new IllegalArgumentException(relation + ": the " + target.getClass().getSimpleName() + " has no key yet (it is not "
                    + "inserted); insert it first, then point at it");
        }
        return key;
    }
}
