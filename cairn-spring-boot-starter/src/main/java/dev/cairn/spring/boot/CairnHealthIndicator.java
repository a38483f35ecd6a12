package dev.cairn.spring.boot;

import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.ValidationReport;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code cairn} in {@code /actuator/health}: DOWN when the live schema drifted from its migrations (changed by hand) or
 * the history disagrees with the files (an applied file edited or missing, a migration left incomplete); UP otherwise,
 * with the version and the pending count.
 */
public class CairnHealthIndicator extends AbstractHealthIndicator {
    private final Migrator migrator;

    public CairnHealthIndicator(Migrator migrator) {
        super("Cairn validation failed");
        this.migrator = migrator;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ValidationReport report = migrator.validation();
        builder.withDetail("version", report.currentVersion()).withDetail("pending", report.replayed() - report.applied());
        if (!report.drift().isEmpty()) builder.withDetail("drift", report.drift());
        if (!report.problems().isEmpty()) builder.withDetail("problems", report.problems());
        if (report.valid()) builder.up();
        else builder.down();
    }
}
