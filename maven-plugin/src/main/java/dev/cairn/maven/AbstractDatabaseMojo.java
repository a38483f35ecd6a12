package dev.cairn.maven;

import dev.cairn.migrate.ConnectionSettings;
import dev.cairn.migrate.MigrationFileProblem;
import dev.cairn.migrate.MigrationLog;
import dev.cairn.migrate.MigrationProblem;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.MigratorSettings;
import dev.cairn.migrate.TransactionScope;
import dev.cairn.sql.SqlProblem;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.time.Duration;

/**
 * The parameters every goal that talks to a database shares, turned into {@link MigratorSettings}; the goals
 * themselves only call the {@link Migrator}.
 */
abstract class AbstractDatabaseMojo extends AbstractMigrationsMojo {


    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;


    /** Database user (PostgreSQL, MySQL/MariaDB). */
    @Parameter(property = "db.user")
    private String user;

    /** Database password; prefer {@code db.server} so it stays out of the POM and the command line. */
    @Parameter(property = "db.password")
    private String password;

    /** The id of a {@code <server>} in settings.xml whose username and (possibly encrypted) password to use. */
    @Parameter(property = "db.server")
    private String server;


    /** The folder that holds the migration files, named {@code <version>_<description>.sql}. */

    /** The table that records the applied versions. */
    @Parameter(property = "db.historyTable", defaultValue = "cairn_history")
    private String historyTable;

    /** Copy a SQLite file beside it before changing it. */
    @Parameter(property = "db.backup", defaultValue = "true")
    private boolean backup;

    /** How many backup copies of a SQLite file to keep. */
    @Parameter(property = "db.backupsKept", defaultValue = "5")
    private int backupsKept;

    /** Let a pending migration older than the newest applied one run (otherwise that is an error). */
    @Parameter(property = "db.outOfOrder", defaultValue = "false")
    private boolean outOfOrder;

    /** Seconds to wait for another migrator working on the same database. */
    @Parameter(property = "db.lockTimeout", defaultValue = "600")
    private int lockTimeout;

    /** Compare the live schema with the schema the migrations describe before acting (upgrade, validate). */
    @Parameter(property = "db.driftCheck", defaultValue = "true")
    private boolean driftCheck;

    /**
     * The PostgreSQL schema (or MySQL/MariaDB database) that holds the migrated tables and the history table, when it is
     * not the connection's current one.
     */
    @Parameter(property = "db.schema")
    private String schema;

    /** Create {@code db.schema} when it does not exist. */
    @Parameter(property = "db.createSchema", defaultValue = "false")
    private boolean createSchema;

    /**
     * How much of an upgrade one transaction holds on SQLite and PostgreSQL: {@code run}, every pending migration in
     * one transaction, so that a failure leaves the database as the upgrade found it; or {@code migration}, one
     * transaction each, so that a failure keeps the migrations before it. MySQL and MariaDB commit DDL themselves.
     */
    @Parameter(property = "db.transaction", defaultValue = "run")
    private String transaction;

    protected Migrator migrator() throws MojoExecutionException, MojoFailureException {
        String login = user, secret = password;
        if (server != null && !server.isBlank()) {
            Server s = session.getSettings().getServer(server);
            if (s == null) throw new MojoExecutionException("There is no <server> with id " + server + " in settings.xml");
            SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(s));
            for (SettingsProblem p : r.getProblems()) {
                if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("Cannot decrypt the password of server " + server + ": " + p.getMessage());
                }
            }
            Server decrypted = r.getServer();
            if (login == null) login = decrypted.getUsername();
            if (secret == null) secret = decrypted.getPassword();
        }
        ConnectionSettings connection = new ConnectionSettings(url, login, secret);
        try {
            var files = loadMigrations();
            MigratorSettings settings = new MigratorSettings(dialect(), connection, files, historyTable, backup, backupsKept,
                    outOfOrder, Duration.ofSeconds(lockTimeout), null, driftCheck, schema, createSchema,
                    TransactionScope.named(transaction));
            MigrationLog log = new MigrationLog() {
                @Override
                public void info(String message) {
                    getLog().info(connection.mask(message));
                }

                @Override
                public void warn(String message) {
                    getLog().warn(connection.mask(message));
                }
            };
            return new Migrator(settings, log);
        } catch (MigrationFileProblem | MigrationProblem e) { // a file mistake, or a setting such as an unknown db.transaction
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** Runs a migrator command, turning the user's mistakes into build failures without stack traces. */
    protected void run(MigratorCommand command) throws MojoExecutionException, MojoFailureException {
        Migrator m = migrator();
        try {
            command.run(m);
        } catch (SqlProblem | MigrationFileProblem | MigrationProblem | IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    @FunctionalInterface
    interface MigratorCommand {
        void run(Migrator migrator);
    }
}
