package dev.cairn.migrate;

/**
 * One migration as {@code db:status} reports it, from its file and its history row: {@code state} is {@code applied},
 * {@code edited} (applied, its file changed since), {@code missing} (applied, its file gone), {@code pending} or
 * {@code out-of-order} (pending, older than the newest applied one). Fields that do not apply are null: a missing
 * migration has no {@code file} or {@code checksum}, a pending one no {@code appliedChecksum}, {@code appliedAt} …;
 * {@code irreversible} is the reason a pending migration's down cannot be derived, or an applied one's row stores none.
 */
public record MigrationState(long version, String description, String state, String file, String checksum, String appliedChecksum,
                             String appliedAt, String appliedBy, Long executionMillis, String irreversible) {

    static MigrationState of(MigrationPlan.Entry e, String irreversibleIfPending) {
        MigrationFile f = e.file();
        AppliedMigration a = e.applied();
        String state = e.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new MigrationState(e.version(), f != null ? f.description() : a.description(), state, f == null ? null : f.displayName(),
                f == null ? null : f.checksum(), a == null ? null : a.checksum(), a == null ? null : a.appliedAt(), a == null ? null : a.appliedBy(),
                a == null ? null : a.executionMillis(), a == null ? irreversibleIfPending : a.downSql() == null ? a.irreversible() : null);
    }
}
