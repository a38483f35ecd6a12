package dev.cairn.maven;

import dev.cairn.migrate.DowngradeTarget;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;
import java.util.Set;

/**
 * Downgrades the database one version, to {@code -Ddb.target=N} (0 = the empty database) or {@code -Ddb.steps=N}
 * versions down, running the down SQL recorded when each migration was applied. It first says which tables and
 * columns will lose their data; in a build that cannot ask (batch mode or CI) the default one-version step is refused
 * when it would. Default
 * phase: post-integration-test (undoes what a db:upgrade before the integration tests did).
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class DowngradeMojo extends AbstractReportingMojo {

    /**
     * The version to downgrade to; one below the current when neither it nor {@code db.steps} is given. In a build that
     * cannot ask (batch mode, {@code -B}, or CI) that default step is refused when it would drop a table or column:
     * give {@code db.target} or {@code db.steps} there.
     */
    @Parameter(property = "db.target")
    private Long target;

    /** How many applied versions to revert, newest first (instead of {@code db.target}). */
    @Parameter(property = "db.steps")
    private Integer steps;

    /** Print the exact SQL and change nothing. */
    @Parameter(property = "db.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * A dry run that writes the exact SQL to this file instead, history-table statements and transactions included,
     * for the engine's own client: {@code sqlite3 app.db < FILE}, {@code psql -v ON_ERROR_STOP=1 -f FILE},
     * {@code mariadb DB < FILE}. Changes nothing; after the file ran, db:validate passes.
     */
    @Parameter(property = "db.dryRunOutput")
    private java.io.File dryRunOutput;

    /**
     * Versions (comma-separated) whose migration has no down and never will (an irreversible data change): the
     * downgrade passes over them — their history row is removed, their changes stay in the database — with a warning.
     * Only those versions; any other irreversible step still stops the downgrade.
     */
    @Parameter(property = "db.skipDownOf")
    private List<Long> skipDownOf;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        Set<Long> skip = skipDownOf == null ? Set.of() : Set.copyOf(skipDownOf);
        boolean json = json();
        DowngradeTarget to = new DowngradeTarget(target, steps, UnattendedBuild.is(session));
        run(m -> {
            if (dryRunOutput != null) m.downgradeScript(to, skip, dryRunOutput.toPath());
            else if (json && !dryRun) report(ReportJson.run("downgrade", m.downgradeReport(to, skip)));
            else m.downgrade(to, dryRun, skip);
        });
    }
}
