package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.time.Duration;

/**
 * No lock of its own: every migration runs in a {@code BEGIN IMMEDIATE} transaction (SQLite's write lock, see
 * {@link SqliteConnectionRules#forChanges}) that re-reads the history first.
 */
final class SqliteLock implements SessionLock {
    static final SqliteLock INSTANCE = new SqliteLock();

    private SqliteLock() {
    }

    @Override
    public boolean acquire(Connection c, String name, Duration timeout) {
        return true;
    }

    @Override
    public void release(Connection c, String name) {
        // nothing was taken
    }
}
