package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

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

    /**
     * Takes the lock of the history table in the connection's current schema (PostgreSQL) or database (MySQL/MariaDB),
     * waiting up to {@code timeout}; call it outside a transaction.
     */
    static MigrationLock acquire(Dialect dialect, Connection connection, String historyTable, Duration timeout) throws SQLException {
        MigrationLock lock = new MigrationLock(dialect, connection, lockName(dialect, connection, historyTable));
        lock.take(timeout);
        return lock;
    }

    /** {@code cairn:<schema>.<table>}; MySQL limits lock names to 64 characters, so a longer one is hashed. */
    private static String lockName(Dialect dialect, Connection c, String historyTable) throws SQLException {
        String namespace = dialect == Dialect.POSTGRESQL ? c.getSchema() : dialect.isMySqlFamily() ? c.getCatalog() : null;
        String name = "cairn:" + (namespace == null ? "" : namespace + ".") + historyTable;
        if (name.length() <= 64) return name;
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "cairn:" + HexFormat.of().formatHex(sha).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void take(Duration timeout) throws SQLException {
        if (dialect == Dialect.SQLITE) return;
        long deadline = System.nanoTime() + timeout.toNanos();
        if (dialect == Dialect.POSTGRESQL) {
            if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
                // a killed migrator's backend notices within a second and ends, releasing the lock, instead of finishing its statement
                try (Statement s = connection.createStatement()) {
                    s.execute("SET client_connection_check_interval = 1000");
                }
            }
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
