package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Keeps a second migrator out while one works. SQLite needs no lock of its own: every migration runs in a
 * {@code BEGIN IMMEDIATE} transaction that re-reads the history first. PostgreSQL takes a session-level advisory lock
 * (released when the session ends, so a crashed migrator leaves none); MySQL/MariaDB use {@code GET_LOCK}, likewise
 * tied to the session.
 */
final class MigrationLock implements AutoCloseable {
    private final Dialect dialect;
    private final Connection connection;
    private final String name;
    private boolean held;

    private MigrationLock(Dialect dialect, Connection connection, String name) {
        this.dialect = dialect;
        this.connection = connection;
        this.name = name;
    }

    static MigrationLock acquire(Dialect dialect, Connection connection, String historyTable, Duration timeout) throws SQLException {
        MigrationLock lock = new MigrationLock(dialect, connection, "cairn:" + historyTable);
        lock.take(timeout);
        return lock;
    }

    private void take(Duration timeout) throws SQLException {
        if (dialect == Dialect.SQLITE) return;
        long deadline = System.nanoTime() + timeout.toNanos();
        if (dialect == Dialect.POSTGRESQL) {
            while (true) {
                try (PreparedStatement p = connection.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                    p.setString(1, name);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        if (r.getBoolean(1)) break;
                    }
                }
                if (System.nanoTime() > deadline) throw new MigrationProblem("Another migrator holds the lock on this database; gave up after " + timeout.toSeconds() + " s");
                sleep();
            }
        } else {
            try (PreparedStatement p = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                p.setString(1, name);
                p.setLong(2, Math.max(1, timeout.toSeconds()));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getInt(1) != 1) throw new MigrationProblem("Another migrator holds the lock on this database; gave up after " + timeout.toSeconds() + " s");
                }
            }
        }
        held = true;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationProblem("Interrupted while waiting for the migration lock");
        }
    }

    @Override
    public void close() throws SQLException {
        if (!held) return;
        held = false;
        String sql = dialect == Dialect.POSTGRESQL ? "SELECT pg_advisory_unlock(hashtext(?))" : "SELECT RELEASE_LOCK(?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setString(1, name);
            p.execute();
        }
    }
}
