package dev.cairn.dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * How the migrator opens this engine's databases and puts a connection where the migrations work
 * ({@code engine.connections()}).
 */
public interface ConnectionRules {

    /**
     * The file a JDBC URL names when the database is a file (SQLite, {@code jdbc:sqlite:app.db}; none for an
     * in-memory database), which opening a connection creates when it does not exist; empty for the servers.
     */
    Optional<Path> databaseFile(String url);

    /**
     * Driver properties for a connection that changes the database. SQLite: take the write lock at {@code BEGIN}
     * ({@code BEGIN IMMEDIATE}, so the history is re-read under it and concurrent migrators apply each version once)
     * and wait up to {@code lockTimeout} for it. The servers need none.
     */
    Properties forChanges(Duration lockTimeout);

    /**
     * Prepares a connection of an application's pool (a {@code DataSource}, which the migrator cannot open with the
     * properties of {@link #forChanges}) to work as one opened with them would, and returns what puts back what this
     * and {@link #enterNamespace} change in the session before it returns to the pool. SQLite: {@code BEGIN IMMEDIATE}
     * and the busy timeout; PostgreSQL: the {@code search_path}. MySQL and MariaDB: nothing (the current database is the
     * JDBC catalog, which the caller restores with the other JDBC states).
     */
    default PooledSession borrow(Connection c, Duration lockTimeout) throws SQLException {
        return PooledSession.UNCHANGED;
    }

    /**
     * Driver properties for a connection that must not change anything: SQLite opens the file read-only
     * ({@code open_mode=1}). The servers need none: see {@link #makeReadOnly}.
     */
    Properties forReading();

    /**
     * Makes a connection opened {@link #forReading} read-only, once it is in its working schema. The servers:
     * {@link Connection#setReadOnly}; SQLite: nothing, the file was opened read-only (its driver refuses the change
     * afterwards).
     */
    void makeReadOnly(Connection c) throws SQLException;

    /**
     * Puts the connection into the namespace {@code name} that the migrations and the history table live in, creating
     * it first when {@code create}; false when it does not exist and was not to be created (the connection is left as
     * it was). PostgreSQL: a schema, entered by {@code search_path}; MySQL and MariaDB: a database, entered by
     * {@link Connection#setCatalog} (not {@code USE}: the drivers track the current database only this way). SQLite
     * has none to enter: true.
     */
    boolean enterNamespace(Connection c, String name, boolean create) throws SQLException;

    /** What the engine calls such a namespace, for messages: "schema" (PostgreSQL), "database" (the others). */
    String namespaceNoun();

    /** The namespace the connection works in: the schema (PostgreSQL), the database (MySQL, MariaDB); null on SQLite. */
    String currentNamespace(Connection c) throws SQLException;

    /** The Maven coordinates of the engine's JDBC driver, to name in "no driver" errors: {@code org.postgresql:postgresql}. */
    String driverArtifact();

    /**
     * What a failure to open or use a database at {@code url} means, in the user's terms, naming the file or folder
     * at fault and what to do (SQLite: a missing folder, a file that is not a database, a read-only file); empty
     * when the driver's own message says enough.
     */
    default Optional<String> explain(SQLException e, String url) {
        return Optional.empty();
    }

    /**
     * Drops the namespace {@code name} that {@link #enterNamespace} created, with everything in it (a scratch database's,
     * see {@code db.devUrl}). SQLite has none: its scratch database is a file, deleted by the caller.
     */
    void dropNamespace(Connection c, String name) throws SQLException;
}
