package dev.cairn.migrate;

import dev.cairn.dialect.MigrationRules;

/** Where an upgrade commits, for its {@link TransactionScope}. */
final class CommitPoints {
    private final TransactionScope scope;
    private final MigrationRules rules;

    CommitPoints(TransactionScope scope, MigrationRules rules) {
        this.scope = scope;
        this.rules = rules;
    }

    /**
     * Whether the transaction commits right after {@code m} (otherwise the next migration joins it): per migration,
     * or when the engine needs a commit before what {@code m} made can be used (see {@link MigrationRules#needsCommitAfter}).
     */
    boolean after(ReplayedMigration m) {
        return scope == TransactionScope.MIGRATION || rules.needsCommitAfter(m.changes());
    }
}
