package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;

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

    /** One file, one write lock. */
    @Override
    public boolean clusterWide(Connection c) {
        return true;
    }

    @Override
    public String epochMillisNow() {
        return "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }

    @Override
    public void readWhatTheClusterCommitted(Connection c) {
        // one file
    }

    /** No server, no sessions: a migration never runs statement by statement here, so no running row names one. */
    @Override
    public Optional<String> sessionId(Connection c) {
        return Optional.empty();
    }

    @Override
    public boolean sessionAlive(Connection c, String sessionId) {
        return false;
    }
}
