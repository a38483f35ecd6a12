package dev.cairn.maven;

import dev.cairn.migrate.MigrationProblem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A database goal with a machine-readable report ({@code db:status}, {@code db:validate}, {@code db:upgrade},
 * {@code db:downgrade}): {@code -Ddb.format=json} writes it ({@link ReportJson}) to {@code db.output}, or to standard
 * output on one line (where Maven's log goes too: run {@code mvn -q} for the JSON alone).
 */
abstract class AbstractReportingMojo extends AbstractDatabaseMojo {

    /** {@code text} (the log) or {@code json}: the report as JSON (see the README, "Machine-readable output"). */
    @Parameter(property = "db.format", defaultValue = "text")
    private String format;

    /** With {@code db.format=json}: the file to write the JSON to (else standard output, on one line). */
    @Parameter(property = "db.output")
    private File output;

    /** Whether the report goes out as JSON; an unknown format is the user's mistake. */
    protected boolean json() throws MojoFailureException {
        return switch (format == null ? "text" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new MojoFailureException("Unknown db.format " + format + "; use text or json");
        };
    }

    @Override
    protected boolean runsOverFleet() {
        return true;
    }

    @Override
    protected void fleetReport(dev.cairn.migrate.FleetReport report) {
        try {
            if (json()) write(ReportJson.fleet(report));
        } catch (MojoFailureException e) {
            throw new MigrationProblem(e.getMessage());
        }
    }

    /** Writes the JSON report to {@code db.output}, or to standard output; over a fleet the fleet's report replaces each database's. */
    protected void report(Map<String, Object> report) {
        if (fleetRun()) return;
        write(report);
    }

    private void write(Map<String, Object> report) {
        String text = Json.write(report);
        if (output == null) {
            System.out.println(text);
            return;
        }
        try {
            if (output.getAbsoluteFile().getParentFile() != null) Files.createDirectories(output.getAbsoluteFile().getParentFile().toPath());
            Files.writeString(output.toPath(), text + "\n");
            getLog().info("Wrote the " + report.get("goal") + " report (JSON) to " + output);
        } catch (IOException e) {
            throw new MigrationProblem("Cannot write the report to " + output + ": " + e.getMessage(), e);
        }
    }
}
