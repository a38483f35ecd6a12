package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The migrator's connections: read-write ones in the working schema (created when asked), SQLite ones that take the
 * write lock at BEGIN, and read-only ones that never create or change anything (dry runs, status, validate).
 */
final class MigratorConnections {
    private final MigratorSettings settings;
    private final Dialect dialect;

    MigratorConnections(MigratorSettings settings) {
        this.settings = settings;
        this.dialect = settings.dialect();
    }

    Connection open() throws SQLException {
        Connection c = connect();
        if (!WorkingSchema.enter(dialect, c, settings.schema(), settings.createSchema())) {
            c.close();
            throw new MigrationProblem((dialect == Dialect.POSTGRESQL ? "Schema " : "Database ") + settings.schema() + " does not exist at "
                    + settings.connection().shownUrl() + "; create it, or let Cairn create it (-Ddb.createSchema=true)");
        }
        return c;
    }

    private Connection connect() throws SQLException {
        Properties extra = new Properties();
        if (dialect == Dialect.SQLITE) {
            // BEGIN IMMEDIATE: the history is re-read under the write lock, so concurrent migrators apply each version once
            extra.setProperty("transaction_mode", "IMMEDIATE");
            extra.setProperty("busy_timeout", String.valueOf(settings.lockTimeout().toMillis()));
        }
        try {
            return settings.connection().open(extra);
        } catch (SQLException e) {
            throw new MigrationProblem("Cannot connect to " + settings.connection().shownUrl() + ": " + settings.connection().mask(e.getMessage()), e);
        }
    }

    /** Whether opening a connection creates the database: a SQLite file that does not exist yet. */
    boolean createsFile() {
        if (dialect != Dialect.SQLITE) return false;
        Optional<Path> file = SqliteFiles.fileOf(settings.connection().url());
        return file.isPresent() && !Files.exists(file.get());
    }

    /**
     * A connection that cannot change the database; empty when there is nothing to read yet (version 0): a SQLite file
     * that does not exist, a schema or database not created yet.
     */
    Optional<Connection> openReadOnly() throws SQLException {
        if (dialect == Dialect.SQLITE) {
            if (createsFile()) return Optional.empty();
            Properties p = new Properties();
            p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            try {
                return Optional.of(settings.connection().open(p));
            } catch (SQLException e) {
                throw new MigrationProblem("Cannot open " + settings.connection().shownUrl() + ": " + e.getMessage(), e);
            }
        }
        Connection c = connect();
        if (!WorkingSchema.enter(dialect, c, settings.schema(), false)) {
            c.close();
            return Optional.empty();
        }
        c.setReadOnly(true);
        return Optional.of(c);
    }

    /** A database error as the user sees it: the driver's message, any password in it masked. */
    MigrationProblem databaseError(SQLException e) {
        return new MigrationProblem("Database error: " + settings.connection().mask(e.getMessage()), e);
    }

    static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) c.rollback();
        } catch (SQLException ignored) {
            // the connection is going away
        }
    }
}
