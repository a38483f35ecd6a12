package dev.cairn.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.cairn.migrate.MigratorContext.check;

/**
 * {@code db:validate}: every migration replays, every written down part gives back the schema before its up part
 * ({@link WrittenDownCheck}), and the plan has no problem (files edited, missing or out of order, migrations left
 * incomplete); then the live schema is what the applied migrations describe. A problem is an exception.
 */
final class Validate {
    private final MigratorContext context;

    Validate(MigratorContext context) {
        this.context = context;
    }

    /** The report; throws only when the database cannot be read. */
    ValidationReport report() {
        try (Connection c = context.connections().openReadOnly().orElse(null)) {
            MigrationPlan plan = context.plan(c);
            List<String> problems = new ArrayList<>(plan.problems());
            boolean filesMatch = problems.isEmpty();
            problems.addAll(plan.incompleteProblems());
            problems.addAll(new WrittenDownCheck(context.engine().dialect()).problems(context.replayed()));
            // with an applied file edited, the replayed schema is not what was applied: a drift report would only repeat it
            List<String> drift = c != null && filesMatch ? context.drift().problems(c, plan) : List.of();
            return new ValidationReport(plan.currentVersion(), context.replayed().size(), plan.applied().size(), problems, drift);
        } catch (SQLException e) {
            throw context.connections().databaseError(e);
        }
    }

    /** A problem is an exception. */
    void run() {
        ValidationReport report = report();
        List<String> problems = new ArrayList<>(report.problems());
        problems.addAll(report.drift());
        check(problems);
        context.log().info("Validated " + report.replayed() + " migrations against " + report.applied()
                + " applied; the database is at version " + report.currentVersion());
    }
}
