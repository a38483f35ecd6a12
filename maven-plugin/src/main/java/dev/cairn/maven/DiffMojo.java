package dev.cairn.maven;

import dev.cairn.migrate.NewMigration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.charset.Charset;
import java.time.Clock;

/**
 * Compares the live database with the schema its applied migrations describe and writes the difference as the next
 * migration file ({@code mvn db:diff -Dname="add about me"}), printed for review; says so when there is none. No default phase: a command-line goal, like db:new.
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class DiffMojo extends AbstractDatabaseMojo {

    /** What the migration does, in a few words; it becomes the file name (required; {@code -Dname} works too). */
    @Parameter(property = "db.name")
    private String name;

    /** The same as {@code db.name}, shorter on the command line: {@code -Dname="add posts"}. */
    @Parameter(property = "name")
    private String shortName;

    /** {@code sequence} (001, 002, …) or {@code timestamp} (yyyyMMddHHmmss, UTC). */
    @Parameter(property = "db.versionStyle", defaultValue = "sequence")
    private String versionStyle;

    /**
     * Record the new migration as applied in the database it was read from (it already holds the change), so that
     * database neither applies it again nor reports drift. Off: the file is only written.
     */
    @Parameter(property = "db.recordDiff", defaultValue = "true")
    private boolean recordDiff;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        NewMigration.Style style = versionStyle(versionStyle);
        String name = migrationName(this.name, shortName);
        Charset encoding = encoding();
        run(m -> m.diff(migrations.toPath(), name, style, Clock.systemUTC(), recordDiff, encoding));
    }
}
