package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts an existing database under version control at {@code -Ddb.version=N}, after checking that its live schema
 * equals the schema the migrations describe at N. Default phase: pre-integration-test (list it before db:upgrade).
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class BaselineMojo extends AbstractDatabaseMojo {

    /** The version the database is at. */
    @Parameter(property = "db.version", required = true)
    private long version;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        run(m -> m.baseline(version));
    }
}
