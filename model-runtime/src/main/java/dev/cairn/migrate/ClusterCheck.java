package dev.cairn.migrate;

import dev.cairn.dialect.ClusterRules;
import dev.cairn.dialect.ClusterRules.Cluster;
import dev.cairn.dialect.ClusterRules.Finding;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Before an upgrade runs anything: when the database is a cluster ({@link ClusterRules#detect}), every statement of
 * the migrations to apply is checked against its rules ({@link ClusterRules#check}). What the cluster would refuse or
 * get wrong stops the upgrade with every such statement's file:line:column; the rest are warnings.
 */
final class ClusterCheck {
    private ClusterCheck() {
    }

    static void before(MigratorContext context, Connection c, List<MigrationFile> todo) throws SQLException {
        ClusterRules rules = context.engine().cluster();
        Optional<Cluster> cluster = rules.detect(c);
        if (cluster.isEmpty()) return;
        context.log().info("The database is a " + cluster.get().kind() + " cluster of " + cluster.get().nodes() + " nodes: the migration "
                + "lock is a lease in " + context.history().leaseTableName() + " (" + context.settings().lockLease().toSeconds()
                + " s, renewed while this migrator works), and DDL runs in total order isolation (each DDL statement holds every node's commits while it runs)");
        List<Finding> refused = new ArrayList<>();
        for (MigrationFile f : todo) {
            ReplayedMigration m = context.replayed(f.version());
            Schema before = m.before();
            for (ReplayStep step : m.steps()) {
                Schema after = before;
                for (SchemaChange change : step.changes()) after = change.applyTo(after);
                for (Finding finding : rules.check(cluster.get(), step.statement(), before, after)) {
                    if (finding.refused()) refused.add(finding);
                    else context.log().warn(finding.describe());
                }
                before = after;
            }
        }
        if (!refused.isEmpty()) {
            throw new MigrationProblem("Cannot upgrade on this " + cluster.get().kind() + " cluster; nothing was run:\n"
                    + String.join("\n", refused.stream().map(Finding::describe).toList()));
        }
    }
}
