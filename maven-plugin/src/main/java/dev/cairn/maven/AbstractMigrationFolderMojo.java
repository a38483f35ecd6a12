package dev.cairn.maven;

import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.NewMigration;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * What every goal shares: the folder of migration files, {@code db.skip}, and the warning about {@code db.*} properties
 * no goal reads. A user's mistake the runtime finds is a {@link dev.cairn.sql.CairnProblem}; the goals report it as a
 * build failure with its message alone (no cause: Maven would print the parser's internals after it).
 */
abstract class AbstractMigrationFolderMojo extends AbstractMojo {

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** This goal's name as typed: {@code db:upgrade}. */
    protected String goalName() {
        return plugin.getGoalPrefix() + ":" + mojoExecution.getGoal();
    }

    /** This plugin's descriptor (its plugin.xml): the parameters every goal knows. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

    /** Do nothing: no database is opened, no file is read or written (CI jobs that build without a database). */
    @Parameter(property = "db.skip", defaultValue = "false")
    private boolean skip;

    /** The project folder; migration paths in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /**
     * The folder that holds the migration files, named {@code <version>_<description>.sql} (or in Flyway's layout,
     * {@code V<version>__<description>.sql} and {@code R__<description>.sql}).
     */
    @Parameter(property = "db.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    protected File migrations;

    /**
     * The encoding of the migration files (db:new and db:diff write new ones in it too); the checksums cover their text,
     * so they do not change when the encoding that reads the same text does.
     */
    @Parameter(property = "db.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Skips the goal on {@code db.skip}; otherwise warns once a build about unknown {@code db.*} properties and runs it. */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String goal = plugin.getGoalPrefix() + ":" + mojoExecution.getGoal();
        if (skip) {
            getLog().info("Skipping Cairn " + goal + " (db.skip=true)");
            return;
        }
        for (UnknownProperties.Unknown unknown : UnknownProperties.of(KnownProperties.of(plugin))
                .find(session.getUserProperties(), session.getSystemProperties(), project.getProperties())) {
            if (OncePerBuild.first(session, "unknown-property:" + unknown.name())) getLog().warn(unknown.message());
        }
        runGoal();
    }

    /** What the goal does. */
    protected abstract void runGoal() throws MojoExecutionException, MojoFailureException;

    /** The migration files, in version order (a naming mistake is a MigrationFileProblem). */
    protected List<MigrationFile> loadMigrations() throws MojoFailureException {
        File folder = migrationsFolder();
        return MigrationDirectory.load(folder.toPath(), Paths.relativePrefix(basedir, folder), encoding());
    }

    /**
     * {@code db.migrations}; when that is the default folder and does not exist, Flyway's {@code src/main/resources/db/migration}
     * if there is one (a project moving from Flyway keeps its files where they are).
     */
    protected File migrationsFolder() {
        File flyway = new File(basedir, "src/main/resources/db/migration");
        boolean isDefault = migrations.getAbsoluteFile().equals(new File(basedir, "src/main/resources/db/migrations").getAbsoluteFile());
        return isDefault && !migrations.exists() && flyway.isDirectory() ? flyway : migrations;
    }

    /** {@code db.encoding}, by default the project's source encoding, else UTF-8. */
    protected Charset encoding() throws MojoFailureException {
        return MigrationEncoding.of(encoding);
    }

    /** The name of a new migration: {@code db.name}, else {@code name}; one of them is required. */
    protected static String migrationName(String dbName, String name) throws MojoFailureException {
        String chosen = dbName != null && !dbName.isBlank() ? dbName : name;
        if (chosen == null || chosen.isBlank()) throw new MojoFailureException("Name the new migration: add -Ddb.name=\"add posts\" (or -Dname=…)");
        return chosen;
    }

    /** The {@code db.versionStyle} of a new migration: {@code sequence} or {@code timestamp}. */
    protected static NewMigration.Style versionStyle(String name) throws MojoFailureException {
        try {
            return NewMigration.Style.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("db.versionStyle must be sequence or timestamp, not " + name);
        }
    }
}
