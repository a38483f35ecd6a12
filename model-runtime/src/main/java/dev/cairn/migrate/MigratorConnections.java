package dev.cairn.migrate;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.MigrationRules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * The migrator's connections: read-write ones in the working schema (created when asked), and read-only ones that
 * never create or change anything (dry runs, status, validate); the engine's {@link ConnectionRules} say how.
 */
final class MigratorConnections {
    private final MigratorSettings settings;
    private final ConnectionRules rules;
    private final MigrationRules migration;

    MigratorConnections(MigratorSettings settings, Engine engine) {
        this.settings = settings;
        this.rules = engine.connections();
        this.migration = engine.migration();
    }

    Connection open() throws SQLException {
        Connection c = connect(rules.forChanges(settings.lockTimeout()));
        if (settings.schema() != null && !rules.enterNamespace(c, settings.schema(), settings.createSchema())) {
            c.close();
            String noun = rules.namespaceNoun();
            throw new MigrationProblem(Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + " " + settings.schema() + " does not exist at "
                    + settings.connection().shownUrl() + "; create it, or let Cairn create it (-Ddb.createSchema=true)");
        }
        return c;
    }

    private Connection connect(Properties properties) {
        try {
            return settings.connection().open(properties);
        } catch (SQLException e) {
            throw new MigrationProblem("Cannot connect to " + settings.connection().shownUrl() + ": " + settings.connection().mask(e.getMessage()), e);
        }
    }

    /** Whether opening a connection creates the database: a file that does not exist yet. */
    boolean createsFile() {
        Optional<Path> file = databaseFile();
        return file.isPresent() && !Files.exists(file.get());
    }

    /** The file the database is, if it is one. */
    Optional<Path> databaseFile() {
        return rules.databaseFile(settings.connection().url());
    }

    /**
     * A connection that cannot change the database; empty when there is nothing to read yet (version 0): a database
     * file that does not exist, a schema or database not created yet.
     */
    Optional<Connection> openReadOnly() throws SQLException {
        if (createsFile()) return Optional.empty();
        Connection c = connect(rules.forReading());
        if (settings.schema() != null && !rules.enterNamespace(c, settings.schema(), false)) {
            c.close();
            return Optional.empty();
        }
        rules.makeReadOnly(c);
        return Optional.of(c);
    }

    /** Before a command changes the database: a copy of it, when backups are on and the engine copies databases. */
    void backUpBeforeChange(Connection c, long version, MigrationLog log) throws SQLException {
        if (!settings.backup()) return;
        Optional<Path> copy = migration.backUp(c, settings.connection().url(), version, settings.backupsKept());
        if (copy.isPresent()) log.info("Backed up " + databaseFile().orElseThrow().getFileName() + " to " + copy.get().getFileName());
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
