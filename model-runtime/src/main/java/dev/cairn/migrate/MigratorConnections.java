package dev.cairn.migrate;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.MigrationRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * The migrator's connections: read-write ones in the working schema (created when asked), and read-only ones that
 * never create or change anything (dry runs, status, validate); the engine's {@link ConnectionRules} say how. From an
 * application's {@code DataSource} each is a {@link BorrowedConnection}, put back as the pool lent it when closed.
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
            if (settings.connection().pooled()) return BorrowedConnection.of(settings.connection().open(), rules, settings.lockTimeout());
            return settings.connection().open(properties);
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).startsWith("No suitable driver")) {
                throw new MigrationProblem("No JDBC driver for " + settings.connection().shownUrl() + " is on the classpath: add "
                        + rules.driverArtifact() + " (to the plugin's <dependencies>, or to the application's)", e);
            }
            Optional<String> explained = rules.explain(e, settings.connection().url());
            if (explained.isPresent()) throw new MigrationProblem(settings.connection().mask(explained.get()), e);
            throw new MigrationProblem("Cannot connect to " + settings.connection().shownUrl() + ": " + settings.connection().mask(e.getMessage()), e);
        }
    }

    /**
     * After a command that created the database file failed: the file is deleted when nothing was committed to it (no
     * table in it), so a mistake does not leave an empty database behind.
     */
    void deleteIfCreatedEmpty(MigrationLog log) {
        if (settings.connection().pooled()) return; // the application's pool holds the file open
        Optional<Path> file = databaseFile();
        if (file.isEmpty() || !Files.exists(file.get())) return;
        try (Connection c = connect(rules.forReading()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            if (!r.next() || r.getInt(1) != 0) return;
        } catch (SQLException | RuntimeException e) {
            return;
        }
        try {
            Files.deleteIfExists(file.get());
            Files.deleteIfExists(file.get().resolveSibling(file.get().getFileName() + "-journal"));
            log.info("Removed " + file.get().getFileName() + ", which this run created and left empty");
        } catch (IOException e) {
            log.warn("Could not remove the empty " + file.get() + " this run created: " + e.getMessage());
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

    /** Before an upgrade or downgrade, whatever it has to do: the backup copies a killed migrator left half-written go. */
    void deleteLeftOverCopies(MigrationLog log) {
        for (Path p : migration.deleteLeftOverCopies(settings.connection().url())) {
            log.info("Deleted " + p.getFileName() + ", a backup copy left half-written by a migrator that was stopped while writing it");
        }
    }

    /** Before a command changes the database: a copy of it, when backups are on and the engine copies databases. */
    void backUpBeforeChange(Connection c, long version, MigrationLog log) throws SQLException {
        if (!settings.backup()) return;
        Optional<Path> copy = migration.backUp(c, settings.connection().url(), version, settings.backupsKept());
        if (copy.isPresent()) log.info("Backed up " + databaseFile().orElseThrow().getFileName() + " to " + copy.get().getFileName());
    }

    /**
     * A statement's failure whose cause the engine can say better than the statement (a read-only SQLite file is not
     * the fault of the statement that first writes): that explanation, with the statement's position; otherwise
     * {@code problem} itself.
     */
    MigrationProblem explained(MigrationProblem problem) {
        if (!(problem.getCause() instanceof SQLException e)) return problem;
        Optional<String> explained = rules.explain(e, settings.connection().url());
        if (explained.isEmpty()) return problem;
        String position = problem.getMessage().split(": the database refused the statement", 2)[0];
        return new MigrationProblem(settings.connection().mask(explained.get()) + " (found when " + position + " was run; nothing of this run"
                + " was kept)", e);
    }

    /** A database error as the user sees it: the driver's message, any password in it masked. */
    MigrationProblem databaseError(SQLException e) {
        Optional<String> explained = rules.explain(e, settings.connection().url());
        if (explained.isPresent()) return new MigrationProblem(settings.connection().mask(explained.get()), e);
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
