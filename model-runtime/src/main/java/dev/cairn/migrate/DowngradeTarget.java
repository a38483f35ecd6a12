package dev.cairn.migrate;

/**
 * How far a downgrade goes: to {@code version} (0 = the empty database), down {@code steps} applied versions, or, with
 * neither, one step. A build that cannot ask its user (Maven in batch mode, CI) sets {@code explicitWhenLosingData}:
 * then the default step is refused, before anything changes, when it would drop a table or column, so that data is
 * only lost to a downgrade someone asked for by version or by count.
 */
public record DowngradeTarget(Long version, Integer steps, boolean explicitWhenLosingData) {

    public DowngradeTarget {
        if (version != null && steps != null) throw new MigrationProblem("Give the downgrade a target version or a number of steps, not both");
        if (steps != null && steps < 1) throw new MigrationProblem("The number of steps to downgrade must be 1 or more, not " + steps);
    }

    /** To {@code version}, or one step when null: what {@link Migrator#downgrade(Long, boolean)} takes. */
    public static DowngradeTarget to(Long version) {
        return new DowngradeTarget(version, null, false);
    }

    /** Neither a version nor a number of steps was given: the one step of the default. */
    boolean isDefault() {
        return version == null && steps == null;
    }
}
