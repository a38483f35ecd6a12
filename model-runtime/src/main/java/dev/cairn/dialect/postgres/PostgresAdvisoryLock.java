package dev.cairn.dialect.postgres;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A session-level advisory lock on the hash of the name, tried every 200 ms until the timeout. From PostgreSQL 14 on,
 * the server checks every second that the client is still there, so a killed migrator's backend ends (releasing the
 * lock) instead of finishing its statement.
 */
final class PostgresAdvisoryLock implements SessionLock {
    static final PostgresAdvisoryLock INSTANCE = new PostgresAdvisoryLock();

    private PostgresAdvisoryLock() {
    }

    @Override
    public boolean acquire(Connection c, String name, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        if (c.getMetaData().getDatabaseMajorVersion() >= 14) {
            try (Statement s = c.createStatement()) {
                s.execute("SET client_connection_check_interval = 1000");
            }
        }
        while (true) {
            try (PreparedStatement p = c.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) return true;
                }
            }
            if (System.nanoTime() > deadline) return false;
            Thread.sleep(200);
        }
    }

    @Override
    public void release(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
            p.setString(1, name);
            p.execute();
        }
    }
}
