package dev.cairn.maven;

import dev.cairn.dialect.Dialect;
import dev.cairn.lint.LintConfig;
import dev.cairn.lint.LintFinding;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.lint.Severity;
import dev.cairn.migrate.ConnectionSettings;
import dev.cairn.migrate.DevDatabase;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.sql.CairnProblem;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lints the migrations without a database: replays them all, then checks each statement of the new ones with the
 * history replay knows (the schema before it, which migration created each table) for locks that stop the application,
 * data loss, changes the running application breaks on, and hygiene; see docs/LINT.md for the rules. A
 * {@code -- cairn:allow <rule> <reason>} comment suppresses a rule on the next statement. Fails the build on a finding at
 * {@code db.lint.failOn} or above. Default phase: validate.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, configurator = "cairn-masking")
public class LintMojo extends AbstractMigrationsMojo {

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code info}, or {@code none}. */
    @Parameter(property = "db.lint.failOn", defaultValue = "error")
    private String failOn;

    /** Rule levels as {@code rule=level} pairs, comma-separated; a level is {@code off}, {@code info}, {@code warning} or {@code error}. */
    @Parameter(property = "db.lint.rules")
    private String rules;

    /** Rule levels in the POM, one element per rule: {@code <drop-table>off</drop-table>}. {@code db.lint.rules} wins over it. */
    @Parameter
    private Map<String, String> ruleLevels;

    /** The rule sets to run, comma-separated (locking, data-loss, compatibility, hygiene, suppression); all when not set. */
    @Parameter(property = "db.lint.ruleSets")
    private String ruleSets;

    /** Lints only the migrations after this version (the ones a pull request adds); all of them when not set. All are replayed. */
    @Parameter(property = "db.lint.baseVersion")
    private Long baseVersion;

    /**
     * Lints only the migrations the database at {@code db.url} has not applied yet (those after its current version):
     * what the next {@code db:upgrade} there would run. Read-only; overrides {@code db.lint.baseVersion}.
     */
    @Parameter(property = "db.lint.pending", defaultValue = "false")
    private boolean pending;

    /** The user for {@code db.lint.pending}'s database. */
    @Parameter(property = "db.user")
    private String user;

    /** The password for {@code db.lint.pending}'s database. */
    @Parameter(property = "db.password")
    private String password;

        /** Lints every migration, even with {@code db.lint.baseVersion}. */
    @Parameter(property = "db.lint.all", defaultValue = "false")
    private boolean allMigrations;

    /** {@code text} (the log: file:line:column, rule, message and fix), {@code json} or {@code sarif} (SARIF 2.1.0). */
    @Parameter(property = "db.lint.format", defaultValue = "text")
    private String lintFormat;

    /** With {@code db.lint.format=json} or {@code sarif}: the file to write the report to (else standard output). */
    @Parameter(property = "db.output")
    private File output;

    @Override
    protected void runGoal() throws MojoExecutionException, MojoFailureException {
        announceDefaultDialect();
        Dialect d = dialect();
        String format = lintFormat == null ? "text" : lintFormat.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif").contains(format)) throw new MojoFailureException("Unknown db.lint.format " + lintFormat + "; use text, json or sarif");
        Severity threshold = failOn == null || failOn.isBlank() || failOn.strip().equalsIgnoreCase("none") ? null : severity(failOn);
        LintReport report;
        try {
            LintConfig config = config();
            if (pending) {
                long applied = Migrator.configure().url(url).user(user).password(password).dialect(d).migrations(loadMigrations())
                        .backups(false, 0).log(line -> { }).build().status().currentVersion();
                getLog().info("db:lint: the database at " + new ConnectionSettings(url, user, password).shownUrl() + " is at version " + applied
                        + "; linting the migrations after it (db.lint.pending)");
                config = config.withBaseVersion(applied).withAll(false);
            }
            report = new Linter(d, config).lint(MigrationReplay.of(d, loadMigrations(), DevDatabase.at(devUrl, null, null)));
        } catch (CairnProblem e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("db:lint configuration: " + e.getMessage());
        }
        switch (format) {
            case "json" -> write(Json.write(ReportJson.lint(report, d.id())));
            case "sarif" -> write(Json.write(LintSarif.of(report, plugin.getVersion())));
            default -> log(report);
        }
        if (threshold == null) return;
        List<LintFinding> failing = report.atLeast(threshold);
        if (!failing.isEmpty()) {
            throw new MojoFailureException("db:lint found " + failing.size() + " problem" + (failing.size() == 1 ? "" : "s") + " at "
                    + threshold.id() + " or above (db.lint.failOn):\n  " + String.join("\n  ", failing.stream().map(LintFinding::toString).toList())
                    + "\nFix them, or suppress one with a comment above its statement: -- cairn:allow <rule> <reason>");
        }
    }

    private LintConfig config() {
        LintConfig c = LintConfig.defaults().withBaseVersion(baseVersion).withAll(allMigrations).withRuleSets(ruleSets);
        if (ruleLevels != null) {
            for (Map.Entry<String, String> e : ruleLevels.entrySet()) c = c.withRule(e.getKey(), e.getValue());
        }
        return c.withRules(rules);
    }

    private static Severity severity(String name) throws MojoFailureException {
        try {
            return Severity.named(name);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("db.lint.failOn: " + e.getMessage() + ", or none");
        }
    }

    private void log(LintReport report) {
        for (LintFinding f : report.findings()) {
            if (f.severity() == Severity.INFO) getLog().info(f.toString());
            else getLog().warn(f.toString());
        }
        getLog().info("db:lint: " + report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s") + " ("
                + report.count(Severity.ERROR) + " error, " + report.count(Severity.WARNING) + " warning, " + report.count(Severity.INFO)
                + " info) in " + report.migrationsLinted() + " of " + report.migrationsReplayed() + " migrations, " + report.suppressed()
                + " suppressed, " + report.rules().size() + " rules");
    }

    private void write(String text) throws MojoExecutionException {
        if (output == null) {
            System.out.println(text);
            return;
        }
        try {
            if (output.getAbsoluteFile().getParentFile() != null) Files.createDirectories(output.getAbsoluteFile().getParentFile().toPath());
            Files.writeString(output.toPath(), text + "\n");
            getLog().info("Wrote the lint report to " + output);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the lint report to " + output + ": " + e.getMessage(), e);
        }
    }
}
