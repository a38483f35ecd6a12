package dev.cairn.maven;

import dev.cairn.migrate.MigrationStatus;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the current version, the applied migrations with their dates, the pending ones, irreversible ones and edited
 * files. Default phase: pre-integration-test (beside db:upgrade; it runs after it when listed after it).
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class StatusMojo extends AbstractReportingMojo {
    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        boolean json = json();
        run(m -> {
            MigrationStatus status = m.status();
            if (json) report(ReportJson.status(status));
            else status.lines().forEach(getLog()::info);
        });
    }
}
