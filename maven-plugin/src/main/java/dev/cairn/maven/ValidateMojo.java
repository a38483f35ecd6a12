package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the migration files against the history table (edited, missing, out of order), that every migration
 * replays, and that the live schema equals the schema the applied migrations describe (the drift check,
 * {@code db.driftCheck}); fails the build on any problem. Default phase: validate.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.VALIDATE, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class ValidateMojo extends AbstractDatabaseMojo {
    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        run(m -> m.validate());
    }
}
