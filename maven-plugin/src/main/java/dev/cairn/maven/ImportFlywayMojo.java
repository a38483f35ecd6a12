package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Moves a database that Flyway migrated under Cairn, in one command: reads {@code flyway_schema_history}, refuses failed
 * or pending rows, checks that the live schema equals the migrations' replay at Flyway's newest version, and records
 * the applied migrations in Cairn's history with their derived downs; Flyway's table is left as it is. The migrations
 * stay in Flyway's layout ({@code V1.1__x.sql}, {@code R__x.sql}; {@code src/main/resources/db/migration} is read when
 * {@code db/migrations} does not exist). No default phase: run it once, by hand, then db:upgrade as usual.
 */
@Mojo(name = "import-flyway", requiresDependencyResolution = ResolutionScope.TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class ImportFlywayMojo extends AbstractDatabaseMojo {

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        run(m -> m.importFlyway());
    }
}
