package dev.cairn.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The lock that keeps a second migrator out of a database while one works ({@code engine.lock()}). It belongs to the
 * session, so a migrator that dies leaves none behind. The engines answer:
 * <ul>
 * <li>SQLite takes nothing: every migration runs in a {@code BEGIN IMMEDIATE} transaction (the write lock) that
 * re-reads the history first, which serialises migrators already;</li>
 * <li>PostgreSQL takes an advisory lock, polling, and has the server check the client every second (14 and later), so
 * that a killed migrator's backend ends and releases it instead of finishing its statement;</li>
 * <li>MySQL and MariaDB take a named lock ({@code GET_LOCK}), which waits by itself.</li>
 * </ul>
 */
public interface SessionLock {

    /**
     * Takes the lock named {@code name} on the connection's session, outside a transaction, waiting up to
     * {@code timeout}; false when another session still holds it then.
     */
    boolean acquire(Connection c, String name, Duration timeout) throws SQLException, InterruptedException;

    /** Releases the lock {@link #acquire} took. */
    void release(Connection c, String name) throws SQLException;
}
