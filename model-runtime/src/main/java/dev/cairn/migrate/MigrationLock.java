package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.SessionLock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Keeps a second migrator out while one works, with the engine's {@link SessionLock} on the history table of the
 * schema or database the connection works in.
 */
final class MigrationLock implements AutoCloseable {
    private final SessionLock lock;
    private final Connection connection;
    private final String name;

    private MigrationLock(SessionLock lock, Connection connection, String name) {
        this.lock = lock;
        this.connection = connection;
        this.name = name;
    }

    /** Takes the lock, waiting up to {@code timeout}; call it outside a transaction. */
    static MigrationLock acquire(Engine engine, Connection connection, String historyTable, Duration timeout) throws SQLException {
        String name = lockName(engine.connections().currentNamespace(connection), historyTable);
        try {
            if (!engine.lock().acquire(connection, name, timeout)) {
                throw new MigrationProblem("Another migrator holds the lock on this database; gave up after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationProblem("Interrupted while waiting for the migration lock");
        }
        return new MigrationLock(engine.lock(), connection, name);
    }

    /** {@code cairn:<namespace>.<table>}; MySQL limits lock names to 64 characters, so a longer one is hashed. */
    private static String lockName(String namespace, String historyTable) {
        String name = "cairn:" + (namespace == null ? "" : namespace + ".") + historyTable;
        if (name.length() <= 64) return name;
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "cairn:" + HexFormat.of().formatHex(sha).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        lock.release(connection, name);
    }
}
