package dev.cairn.dialect;

/**
 * A table rebuild that must not commit: a trigger it dropped cannot be created again, or rows would reference rows
 * that do not exist. The message says what and what to do; the migrator rolls back and reports it.
 */
public final class TableRebuildRefused extends Exception {
    public TableRebuildRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
