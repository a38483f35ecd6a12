package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.SchemaChange;

/** Where an upgrade commits, for its {@link TransactionScope}. */
final class CommitPoints {
    private final TransactionScope scope;
    private final Dialect dialect;

    CommitPoints(TransactionScope scope, Dialect dialect) {
        this.scope = scope;
        this.dialect = dialect;
    }

    /** Whether the transaction commits right after {@code m} (otherwise the next migration joins it). */
    boolean after(ReplayedMigration m) {
        return scope == TransactionScope.MIGRATION || dialect == Dialect.POSTGRESQL && addsEnumLabels(m);
    }

    /** {@code ALTER TYPE … ADD VALUE}: PostgreSQL refuses to use the new label before the transaction that added it commits. */
    private static boolean addsEnumLabels(ReplayedMigration m) {
        for (ReplayStep step : m.steps()) {
            for (SchemaChange change : step.changes()) {
                if (change instanceof SchemaChange.EnumTypeAltered altered
                        && !altered.before().values().containsAll(altered.after().values())) return true;
            }
        }
        return false;
    }
}
