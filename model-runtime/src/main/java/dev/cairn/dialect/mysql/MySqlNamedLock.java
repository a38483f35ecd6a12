package dev.cairn.dialect.mysql;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET_LOCK}, which waits up to the timeout (whole seconds, at least one) by itself; tied to the session. On a
 * Galera cluster ({@code wsrep_on}) it is local to the node, so it is not {@link #clusterWide}.
 */
final class MySqlNamedLock implements SessionLock {
    static final MySqlNamedLock INSTANCE = new MySqlNamedLock();

    private MySqlNamedLock() {
    }

    @Override
    public boolean acquire(Connection c, String name, Duration timeout) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            p.setString(1, name);
            p.setLong(2, Math.max(1, timeout.toSeconds()));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }

    @Override
    public void release(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            p.setString(1, name);
            p.execute();
        }
    }

    @Override
    public boolean clusterWide(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT @@wsrep_on")) {
            return !(r.next() && r.getInt(1) == 1);
        } catch (SQLException e) {
            if (e.getErrorCode() == 1193) return true; // MySQL: no such variable, no cluster of that kind
            throw e;
        }
    }

    @Override
    public String epochMillisNow() {
        return "CAST(UNIX_TIMESTAMP(NOW(6)) * 1000 AS SIGNED)";
    }

    @Override
    public void readWhatTheClusterCommitted(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET SESSION wsrep_sync_wait = 1");
        }
    }

    @Override
    public Optional<String> sessionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT CONNECTION_ID()")) {
            r.next();
            return Optional.of(r.getString(1));
        }
    }

    @Override
    public boolean sessionAlive(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND DB <=> DATABASE()")) {
            p.setLong(1, Long.parseLong(sessionId));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }
}
