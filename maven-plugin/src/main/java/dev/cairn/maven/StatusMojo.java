package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** Prints the current version, the applied migrations with their dates, the pending ones, irreversible ones and edited files. */
@Mojo(name = "status", requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class StatusMojo extends AbstractDatabaseMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run(m -> m.status().lines().forEach(getLog()::info));
    }
}
