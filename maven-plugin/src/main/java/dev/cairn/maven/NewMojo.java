package dev.cairn.maven;

import dev.cairn.migrate.MigrationFileProblem;
import dev.cairn.migrate.NewMigration;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/** Creates the next migration file from a template ({@code mvn db:new -Dname="add posts"}) and prints its path. */
@Mojo(name = "new", requiresProject = true, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** What the migration does, in a few words; it becomes the file name. */
    @Parameter(property = "name", required = true)
    private String name;

    /** The folder that holds the migration files. */
    @Parameter(property = "db.migrations", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    private File migrations;

    /** {@code sequence} (001, 002, …) or {@code timestamp} (yyyyMMddHHmmss, UTC). */
    @Parameter(property = "db.versionStyle", defaultValue = "sequence")
    private String versionStyle;

    @Override
    public void execute() throws MojoFailureException {
        NewMigration.Style style;
        try {
            style = NewMigration.Style.valueOf(versionStyle.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("db.versionStyle must be sequence or timestamp, not " + versionStyle);
        }
        try {
            Path file = NewMigration.create(migrations.toPath(), name, style, Clock.systemUTC());
            getLog().info("Created " + file);
        } catch (MigrationFileProblem e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
