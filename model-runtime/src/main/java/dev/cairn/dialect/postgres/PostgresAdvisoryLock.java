package dev.cairn.dialect.postgres;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

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

    /** A session lock of one server: a standby takes no writes, so no migrator can work through it. */
    @Override
    public boolean clusterWide(Connection c) {
        return true;
    }

    @Override
    public String epochMillisNow() {
        return "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";
    }

    @Override
    public void readWhatTheClusterCommitted(Connection c) {
        // one server: every read sees what was committed before it
    }

    @Override
    public Optional<String> sessionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return Optional.of(r.getString(1));
        }
    }

    @Override
    public boolean sessionAlive(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND datname = current_database()")) {
            p.setInt(1, Integer.parseInt(sessionId));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }
}
