package dev.cairn.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

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
 * Where the database is spread over servers that each keep their own session locks (a MariaDB Galera cluster, where
 * {@code GET_LOCK} is local to a node; CockroachDB or YugabyteDB would be the same), {@link #clusterWide} says so and
 * the migrator takes a lease lock instead: a row in a small table of its own, claimed by a replicated write and timed
 * by {@link #epochMillisNow the database clock}.
 */
public interface SessionLock {

    /**
     * Takes the lock named {@code name} on the connection's session, outside a transaction, waiting up to
     * {@code timeout}; false when another session still holds it then.
     */
    boolean acquire(Connection c, String name, Duration timeout) throws SQLException, InterruptedException;

    /** Releases the lock {@link #acquire} took. */
    void release(Connection c, String name) throws SQLException;

    /**
     * Whether {@link #acquire} keeps out a migrator connected to any server of the database {@code c} reaches; false on
     * a cluster whose nodes each keep their own locks (MariaDB with {@code wsrep_on}).
     */
    boolean clusterWide(Connection c) throws SQLException;

    /** An SQL expression of the database clock: milliseconds since 1970-01-01 UTC, as an integer. */
    String epochMillisNow();

    /**
     * After the lease lock was claimed on {@code c}: makes the session's reads wait for every write the cluster
     * committed before them (Galera's causal reads), so the history it reads next is the cluster's.
     */
    void readWhatTheClusterCommitted(Connection c) throws SQLException;

    /** The server's id of {@code c}'s session (a backend pid, a connection id), as a running history row records its owner; empty where there is none. */
    Optional<String> sessionId(Connection c) throws SQLException;

    /** Whether the session {@link #sessionId} named is still connected to this database (and may still be working). */
    boolean sessionAlive(Connection c, String sessionId) throws SQLException;
}
