package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts an existing database under version control at {@code -Ddb.version=N}, after checking that its live schema
 * equals the schema the migrations describe at N.
 */
@Mojo(name = "baseline", requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class BaselineMojo extends AbstractDatabaseMojo {

    /** The version the database is at. */
    @Parameter(property = "db.version", required = true)
    private long version;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        run(m -> m.baseline(version));
    }
}
