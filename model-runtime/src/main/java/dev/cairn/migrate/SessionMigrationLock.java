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
 * The engine's {@link SessionLock} on the history table of the schema or database the connection works in; it belongs
 * to the session, so a migrator that dies leaves none behind. Its owner is the session ({@code session <id>}): a running
 * row's owner is live while the server still has that session.
 */
final class SessionMigrationLock implements MigrationLock {
    static final String OWNER_PREFIX = "session ";

    private final SessionLock lock;
    private final Connection connection;
    private final String name;
    private final String owner;

    private SessionMigrationLock(SessionLock lock, Connection connection, String name, String owner) {
        this.lock = lock;
        this.connection = connection;
        this.name = name;
        this.owner = owner;
    }

    /** Takes the lock, waiting up to {@code timeout}; call it outside a transaction. */
    static SessionMigrationLock acquire(Engine engine, Connection connection, String historyTable, Duration timeout) throws SQLException {
        String name = lockName(engine.connections().currentNamespace(connection), historyTable);
        try {
            if (!engine.lock().acquire(connection, name, timeout)) {
                throw new MigrationProblem("Another migrator holds the lock on this database; gave up after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationProblem("Interrupted while waiting for the migration lock");
        }
        String owner = engine.lock().sessionId(connection).map(id -> OWNER_PREFIX + id).orElse(null);
        return new SessionMigrationLock(engine.lock(), connection, name, owner);
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
    public String owner() {
        return owner;
    }

    /** A session other than this one that the server still has; an owner of another kind (a lease) holds no session here. */
    @Override
    public boolean ownerIsLive(Connection c, String other) throws SQLException {
        if (other == null || !other.startsWith(OWNER_PREFIX) || other.equals(owner)) return false;
        return lock.sessionAlive(c, other.substring(OWNER_PREFIX.length()));
    }

    @Override
    public void ensureHeld() {
        // a session lock lasts as long as the session
    }

    @Override
    public void close() throws SQLException {
        lock.release(connection, name);
    }
}
