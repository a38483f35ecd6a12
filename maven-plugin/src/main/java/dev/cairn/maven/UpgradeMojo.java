package dev.cairn.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Upgrades the database to the newest migration, or to {@code -Ddb.target=N}: validates first, backs up a SQLite
 * file, applies the pending migrations (printing each and its time), by default all in one transaction on SQLite and
 * PostgreSQL ({@code db.transaction=migration}: one transaction per migration), then prints
 * {@code Current database version: N}. Default phase: pre-integration-test.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.TEST, defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, requiresProject = true, threadSafe = true, configurator = "cairn-masking")
public class UpgradeMojo extends AbstractReportingMojo {

    /** The version to upgrade to; the newest migration when not given. */
    @Parameter(property = "db.target")
    private Long target;

    /** Print the exact SQL (and each migration's down) and change nothing. */
    @Parameter(property = "db.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * A dry run that writes the exact SQL to this file instead, history-table statements and transactions included,
     * for the engine's own client: {@code sqlite3 app.db < FILE}, {@code psql -v ON_ERROR_STOP=1 -f FILE},
     * {@code mariadb DB < FILE}. Changes nothing; after the file ran, db:validate passes.
     */
    @Parameter(property = "db.dryRunOutput")
    private java.io.File dryRunOutput;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        boolean json = json();
        run(m -> {
            if (dryRunOutput != null) m.upgradeScript(target, dryRunOutput.toPath());
            else if (json && !dryRun) report(ReportJson.run("upgrade", m.upgradeReport(target)));
            else m.upgrade(target, dryRun);
        });
    }
}
