package dev.cairn.dialect.mysql;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** {@code GET_LOCK}, which waits up to the timeout (whole seconds, at least one) by itself; tied to the session. */
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
}
