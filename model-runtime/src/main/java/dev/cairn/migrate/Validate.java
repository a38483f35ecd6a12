package dev.cairn.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.cairn.migrate.MigratorContext.check;

/**
 * {@code db:validate}: every migration replays, and the plan has no problem (files edited, missing or out of order,
 * migrations left incomplete); then the live schema is what the applied migrations describe. A problem is an exception.
 */
final class Validate {
    private final MigratorContext context;

    Validate(MigratorContext context) {
        this.context = context;
    }

    void run() {
        try (Connection c = context.connections().openReadOnly().orElse(null)) {
            MigrationPlan plan = context.plan(c);
            List<String> problems = new ArrayList<>(plan.problems());
            boolean filesMatch = problems.isEmpty();
            problems.addAll(plan.incompleteProblems());
            // with an applied file edited, the replayed schema is not what was applied: a drift report would only repeat it
            if (c != null && filesMatch) problems.addAll(context.drift().problems(c, plan));
            check(problems);
            context.log().info("Validated " + context.replayed().size() + " migrations against " + plan.applied().size()
                    + " applied; the database is at version " + plan.currentVersion());
        } catch (SQLException e) {
            throw context.connections().databaseError(e);
        }
    }
}
