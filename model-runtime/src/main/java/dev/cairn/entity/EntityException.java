package dev.cairn.entity;

/** A failure of the entity runtime; a database error keeps its {@link java.sql.SQLException} as the cause. */
public class EntityException extends RuntimeException {
    public EntityException(String message) {
        super(message);
    }

    public EntityException(String message, Throwable cause) {
        super(message, cause);
    }
}
