package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the migration files against the history table (edited, missing, out of order) and that every migration
 * replays; fails the build on any problem.
 */
@Mojo(name = "validate", requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class ValidateMojo extends AbstractDatabaseMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run(m -> m.validate());
    }
}
