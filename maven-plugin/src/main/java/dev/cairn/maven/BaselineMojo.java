package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Puts an existing database under version control at {@code -Ddb.baselineVersion=N}, after checking that its live schema
 * equals the schema the migrations describe at N. Default phase: pre-integration-test (list it before db:upgrade).
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class BaselineMojo extends AbstractDatabaseMojo {

    /** The version the database is at (required). */
    @Parameter(property = "db.baselineVersion")
    private Long baselineVersion;

    /** Deprecated name of {@code db.baselineVersion} (read with a warning). */
    @Parameter(property = "db.version")
    private Long version;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        Long v = VersionProperties.baseline(baselineVersion, version, getLog()::warn);
        if (v == null) throw new MojoFailureException("db:baseline needs the version the database is at: add -Ddb.baselineVersion=N");
        run(m -> m.baseline(v));
    }
}
