package dev.cairn.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code db:status}: the plan as a report, reading the database without changing it (a missing one is at version 0). */
final class Status {
    private final MigratorContext context;

    Status(MigratorContext context) {
        this.context = context;
    }

    MigrationStatus run() {
        if (context.connections().createsFile()) {
            context.log().info("There is no database at " + context.connections().databaseFile().orElseThrow()
                    + " yet (version 0; db:upgrade creates it). If it should exist, check db.url.");
        }
        try (Connection c = context.connections().openReadOnly().orElse(null)) {
            MigrationPlan plan = context.plan(c);
            List<String> problems = new ArrayList<>(plan.incompleteProblems());
            problems.addAll(plan.changedFiles());
            problems.addAll(plan.outOfOrder()); // allowed or not
            List<MigrationFile> pending = plan.pending();
            Map<Long, String> irreversible = new HashMap<>();
            for (MigrationFile f : pending) {
                ReplayedMigration m = context.replayed(f.version());
                DownMigration down = m == null ? null : context.downOf(m);
                if (down != null && !down.isReversible()) irreversible.put(f.version(), down.irreversible());
            }
            List<MigrationState> migrations = plan.migrations().stream().map(e -> MigrationState.of(e, irreversible.get(e.version()))).toList();
            return new MigrationStatus(plan.currentVersion(), plan.applied(), pending, problems, irreversible, migrations);
        } catch (SQLException e) {
            throw context.connections().databaseError(e);
        }
    }
}
