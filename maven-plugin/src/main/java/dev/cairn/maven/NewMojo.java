package dev.cairn.maven;

import dev.cairn.migrate.NewMigration;
import dev.cairn.sql.CairnProblem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Creates the next migration file from a template ({@code mvn db:new -Dname="add posts"}) and prints its path. No
 * default phase: a command-line goal (bound in a build it would add a file on every run).
 */
@Mojo(name = "new", requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class NewMojo extends AbstractMigrationFolderMojo {

    /** What the migration does, in a few words; it becomes the file name (required; {@code -Dname} works too). */
    @Parameter(property = "db.name")
    private String name;

    /** The same as {@code db.name}, shorter on the command line: {@code -Dname="add posts"}. */
    @Parameter(property = "name")
    private String shortName;

    /** {@code sequence} (001, 002, …) or {@code timestamp} (yyyyMMddHHmmss, UTC). */
    @Parameter(property = "db.versionStyle", defaultValue = "sequence")
    private String versionStyle;

    @Override
    protected void runGoal() throws MojoFailureException {
        NewMigration.Style style = versionStyle(versionStyle);
        String name = migrationName(this.name, shortName);
        try {
            Path file = NewMigration.create(migrations.toPath(), name, style, Clock.systemUTC(), encoding());
            getLog().info("Created " + file);
        } catch (CairnProblem e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
