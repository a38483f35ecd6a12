package dev.cairn.maven;

import dev.cairn.migrate.MigrationProblem;
import dev.cairn.migrate.StaircaseReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Tries every migration up, down and up again on a scratch database that it creates and removes, and compares the
 * live schema with the migrations after each step (the staircase); fails the build at the first migration whose up or
 * down does not give the schema the migrations describe, naming its version, the step and what differs. The
 * configured database is never written: on PostgreSQL, MySQL and MariaDB a {@code cairn_test_…} schema or database is
 * made on its server (or on {@code db.devUrl}'s), on SQLite a temporary file. Default phase: integration-test.
 */
@Mojo(name = "test", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.INTEGRATION_TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class TestMigrationsMojo extends AbstractReportingMojo {

    /** A JUnit XML report of the run (one test case per migration), for CI servers: e.g. {@code target/cairn-reports/TEST-migrations.xml}. */
    @Parameter(property = "db.test.junitXml")
    private File junitXml;

    /**
     * Generated rows kept in every table (numbers, strings, dates, foreign keys that hold): after each down the rows of
     * the tables and columns its up kept must be those before the up, which catches a down or a table rebuild that loses
     * data. 0 compares the schema only.
     */
    @Parameter(property = "db.test.rows", defaultValue = "3")
    private int rows;

    @Override
    protected boolean runsOverFleet() {
        return false;
    }

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        boolean json = json();
        run(m -> {
            StaircaseReport report = m.testMigrations(rows);
            if (json) report(ReportJson.staircase(report));
            if (junitXml != null) writeJUnitXml(report);
            if (report.passed()) {
                long untested = report.steps().stream().filter(s -> s.outcome() == StaircaseReport.Outcome.DOWN_NOT_TESTED).count();
                getLog().info("Tested " + report.steps().size() + " migrations up, down and up again" + (untested == 0 ? "" : " (" + untested
                        + " without a down to test)") + " in " + report.totalMillis() + " ms");
                return;
            }
            StaircaseReport.Step f = report.firstFailure().orElseThrow();
            throw new MigrationProblem("db:test: version " + f.version() + " (" + f.file() + ") fails after its " + f.phase() + ":\n  "
                    + f.problem().replace("\n", "\n  "));
        });
    }

    private void writeJUnitXml(StaircaseReport report) {
        try {
            if (junitXml.getAbsoluteFile().getParentFile() != null) Files.createDirectories(junitXml.getAbsoluteFile().getParentFile().toPath());
            Files.writeString(junitXml.toPath(), StaircaseJUnitXml.of(report));
            getLog().info("Wrote the JUnit XML report of db:test to " + junitXml);
        } catch (IOException e) {
            throw new MigrationProblem("Cannot write the JUnit XML report to " + junitXml + ": " + e.getMessage(), e);
        }
    }
}
