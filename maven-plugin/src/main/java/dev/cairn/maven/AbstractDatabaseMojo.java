package dev.cairn.maven;

import dev.cairn.migrate.ConnectionSettings;
import dev.cairn.migrate.Fleet;
import dev.cairn.migrate.FleetReport;
import dev.cairn.migrate.FleetTarget;
import dev.cairn.migrate.MigrationLog;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.MigratorSettings;
import dev.cairn.migrate.TransactionScope;
import dev.cairn.sql.CairnProblem;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import javax.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The parameters every goal that talks to a database shares, turned into {@link MigratorSettings} by
 * {@code Migrator.configure()}; the goals themselves only call the {@link Migrator}. Those goals resolve the project's
 * test class path ({@code requiresDependencyResolution = TEST}, as Flyway's): the JDBC driver may be a dependency of
 * the project or of the plugin ({@link ProjectDrivers}).
 */
abstract class AbstractDatabaseMojo extends AbstractMigrationsMojo {

    /** Injected by Maven's container (JSR-330: maven-plugin-annotations' {@code @Component} is deprecated). */
    @Inject
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

    /**
     * On a cluster whose nodes keep their own locks (MariaDB Galera): seconds the migration lock stays claimed without
     * being renewed. The migrator renews it every quarter of that while it works; another takes it over only once it ran
     * out. Make it longer than the longest pause the cluster may take (a long DDL statement holds every node's commits).
     */
    @Parameter(property = "db.lockLease", defaultValue = "60")
    private int lockLease;

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

    /**
     * A fleet: run the goal on each of these databases instead of one (issue 19). On SQLite, files or globs relative to
     * the project ({@code data/tenants/*.db}); on PostgreSQL schemas, on MySQL/MariaDB databases of the configured server,
     * where {@code *} matches any run of characters ({@code tenant_*}). Comma-separated. Goals: upgrade, downgrade,
     * status, validate.
     */
    @Parameter(property = "db.targets")
    private List<String> targets;

    /** A fleet from a query on the configured connection: the first column of each row names a schema, database or SQLite file. */
    @Parameter(property = "db.targetsQuery")
    private String targetsQuery;

    /** With a fleet: how many databases are worked on at once. */
    @Parameter(property = "db.parallel", defaultValue = "4")
    private int parallel;

    /** With a fleet: stop starting databases once one failed (the build fails at the end either way). */
    @Parameter(property = "db.failFast", defaultValue = "false")
    private boolean failFast;

    /** Whether this goal may run over a fleet ({@code db.targets}, {@code db.targetsQuery}). */
    protected boolean runsOverFleet() {
        return false;
    }

    /** Whether this run is over a fleet: the goal's own per-database report is then left out for the fleet's. */
    protected boolean fleetRun() {
        return (targets != null && targets.stream().anyMatch(t -> t != null && !t.isBlank())) || (targetsQuery != null && !targetsQuery.isBlank());
    }

    /** After a fleet run: the goal's report of it (JSON, where the goal has one). */
    protected void fleetReport(FleetReport report) {
    }

    /** Runs a migrator command, turning the user's mistakes into build failures without stack traces. */
    protected void run(MigratorCommand command) throws MojoExecutionException, MojoFailureException {
        Server login = login();
        if (defaultUrl() && OncePerBuild.first(session, "default-url:" + url)) {
            getLog().info(DefaultDatabase.connecting(basedir, project.getArtifactId()));
        }
        try {
            MigratorSettings settings = Migrator.configure().migrations(loadMigrations()).dialect(dialect())
                    .url(url).user(user != null ? user : login.getUsername()).password(password != null ? password : login.getPassword())
                    .historyTable(historyTable).backups(backup, backupsKept).allowOutOfOrder(outOfOrder)
                    .lockTimeout(Duration.ofSeconds(lockTimeout)).lockLease(Duration.ofSeconds(lockLease)).driftCheck(driftCheck).schema(schema, createSchema)
                    .transactionScope(TransactionScope.named(transaction)).devUrl(devUrl).settings();
            try (ProjectDrivers drivers = projectDrivers()) {
                if (fleetRun()) {
                    runFleet(settings, command);
                    return;
                }
                command.run(new Migrator(settings, maskedLog(settings.connection())));
            }
        } catch (CairnProblem e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    private void runFleet(MigratorSettings settings, MigratorCommand command) throws MojoFailureException {
        String goal = goalName();
        if (!runsOverFleet()) throw new MojoFailureException(goal + " does not run over a fleet (db.targets, db.targetsQuery): only db:upgrade, "
                + "db:downgrade, db:status and db:validate do");
        List<FleetTarget> fleet = Fleet.resolve(settings, targets == null ? List.of() : targets, targetsQuery, basedir.toPath());
        FleetReport report = new Fleet(settings, fleet, parallel, failFast, maskedLog(settings.connection())).run(goal, command::run);
        fleetReport(report);
        if (!report.ok()) {
            throw new MojoFailureException(goal + " failed on " + report.failed().size() + " of " + report.results().size() + " databases:\n  "
                    + String.join("\n  ", report.failed().stream().map(r -> r.target() + ": " + r.error().lines().findFirst().orElse("")).toList()));
        }
    }

    /** The JDBC drivers among the project's dependencies (the goals resolve its test class path, runtime included). */
    private ProjectDrivers projectDrivers() throws MojoExecutionException {
        try {
            ProjectDrivers drivers = ProjectDrivers.register(project.getTestClasspathElements(), getClass().getClassLoader());
            if (!drivers.driverNames().isEmpty()) getLog().debug("JDBC drivers from the project's dependencies: " + drivers.driverNames());
            return drivers;
        } catch (DependencyResolutionRequiredException | SQLException e) {
            throw new MojoExecutionException("Cannot read the JDBC drivers of the project's dependencies: " + e.getMessage(), e);
        }
    }

    /** The username and password of {@code db.server} in settings.xml, decrypted; an empty server when none is named. */
    private Server login() throws MojoExecutionException {
        if (server == null || server.isBlank()) return new Server();
        Server s = session.getSettings().getServer(server);
        if (s == null) throw new MojoExecutionException("There is no <server> with id " + server + " in settings.xml");
        SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(s));
        for (SettingsProblem p : r.getProblems()) {
            if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("Cannot decrypt the password of server " + server + ": " + p.getMessage());
            }
        }
        return r.getServer();
    }

    /** The Maven log, with the password masked in every message (the migrator's own messages never hold it). */
    private MigrationLog maskedLog(ConnectionSettings connection) {
        return new MigrationLog() {
            @Override
            public void info(String message) {
                getLog().info(connection.mask(message));
            }

            @Override
            public void warn(String message) {
                getLog().warn(connection.mask(message));
            }
        };
    }

    @FunctionalInterface
    interface MigratorCommand {
        void run(Migrator migrator);
    }
}
