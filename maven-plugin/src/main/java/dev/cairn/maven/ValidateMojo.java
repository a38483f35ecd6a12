package dev.cairn.maven;

import dev.cairn.migrate.MigrationProblem;
import dev.cairn.migrate.ValidationReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the migration files against the history table (edited, missing, out of order), that every migration
 * replays, and that the live schema equals the schema the applied migrations describe (the drift check,
 * {@code db.driftCheck}); fails the build on any problem. Default phase: validate.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.VALIDATE, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class ValidateMojo extends AbstractReportingMojo {
    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        boolean json = json();
        run(m -> {
            if (!json) {
                m.validate();
                return;
            }
            ValidationReport report = m.validation();
            report(ReportJson.validation(report));
            List<String> problems = new ArrayList<>(report.problems());
            problems.addAll(report.drift());
            if (!problems.isEmpty()) throw new MigrationProblem("Validation failed:\n  " + String.join("\n  ", problems)); // as without JSON
        });
    }
}
