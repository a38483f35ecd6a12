package dev.cairn.entity;

/**
 * The base of generated entity classes. It remembers the session that loaded or saved the entity, so relationship
 * accessors can load lazily through it; an entity made with {@code new}, or whose session is closed, is detached.
 * <p>
 * Its members are few and their names are reserved: generated accessors never use them.
 */
public abstract class Entity {
    private Session session;

    /** The metadata of this entity's table. */
    public abstract EntityType<?> entityType();

    /** Whether the entity belongs to an open session, so its relationship accessors can load. */
    public final boolean isAttached() {
        return session != null && session.isOpen();
    }

    final void attach(Session owner) {
        this.session = owner;
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
}
