package dev.cairn.migrate;

import dev.cairn.dialect.SessionLock;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps a second migrator out of a database while one works. Where the engine's {@link SessionLock} holds across every
 * server of the database ({@link SessionLock#clusterWide}), it is that lock ({@link SessionMigrationLock}); on a
 * cluster whose nodes keep their own locks (Galera), a {@link LeaseLock}: a row claimed by a replicated write, renewed
 * while the migrator works, taken over only when its lease ran out.
 * <p>
 * The lock names its holder ({@link #owner}), which a running history row records, so that a later migrator undoes a
 * half-applied migration only when its owner is gone ({@link #ownerIsLive}), never while it still works.
 */
interface MigrationLock extends AutoCloseable {

    /** Takes the lock for the history table of {@code context} on {@code c}, outside a transaction, waiting up to the lock timeout. */
    static MigrationLock acquire(MigratorContext context, Connection c) throws SQLException {
        if (context.engine().lock().clusterWide(c)) {
            return SessionMigrationLock.acquire(context.engine(), c, context.history().name(), context.settings().lockTimeout());
        }
        return LeaseLock.acquire(context, c);
    }

    /** Who holds the lock, as a running history row records it ({@code session 42}, {@code lease host/pid/…}); null where nothing names it. */
    String owner();

    /** Whether the migrator that {@code owner} names (another than this one) may still be working. */
    boolean ownerIsLive(Connection c, String owner) throws SQLException;

    /** Throws when the lock was lost meanwhile (a lease that ran out), so that nothing more runs without it. */
    void ensureHeld();

    @Override
    void close() throws SQLException;
}
