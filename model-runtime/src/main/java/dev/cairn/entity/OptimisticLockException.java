package dev.cairn.entity;

/**
 * An update or delete found its row at another version than the entity was loaded with, or found it gone: another
 * transaction changed or deleted the row since. Nothing was written; load the row again and reapply the change.
 */
public class OptimisticLockException extends EntityException {
    private final String table;
    private final Object expectedVersion;

    public OptimisticLockException(String message, String table, Object expectedVersion) {
        super(message);
        this.table = table;
        this.expectedVersion = expectedVersion;
    }

    /** The table of the row. */
    public String table() {
        return table;
    }

    /** The version the entity was loaded with, which the row no longer has. */
    public Object expectedVersion() {
        return expectedVersion;
    }
}
