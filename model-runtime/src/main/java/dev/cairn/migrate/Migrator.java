package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Upgrades and downgrades a database with its migrations; the engine behind the {@code db:} goals and the runtime API.
 * Each command ({@link Upgrade}, {@link Downgrade}, {@link Status}, {@link Validate}, {@link Baseline}, {@link FlywayImport}, {@link Diff})
 * works from a {@link MigrationPlan}: where each migration stands, from the files and the history table. A migration
 * and its history row are applied in one transaction, by default one for the whole upgrade ({@link TransactionScope});
 * SQLite files are backed up first; a second migrator waits. A user's mistake is a {@link MigrationProblem} (or, for
 * SQL that does not replay, a {@link dev.cairn.sql.SqlProblem}): both are {@link dev.cairn.sql.CairnProblem}s.
 */
public final class Migrator {
    private final MigratorContext context;

    public Migrator(MigratorSettings settings, MigrationLog log) {
        this.context = new MigratorContext(settings, log);
    }

    /** A migrator whose migrations are already replayed (a fleet replays them once for all its targets). */
    Migrator(MigratorSettings settings, MigrationLog log, List<ReplayedMigration> replayed) {
        this(settings, log);
        context.replaceReplayed(replayed);
    }

    /** Sets up a migrator for an application: see {@link MigratorBuilder}. */
    public static MigratorBuilder configure() {
        return new MigratorBuilder();
    }

    public Dialect dialect() {
        return context.engine().dialect();
    }

    /** The migrations replayed (once): a migration that does not replay stops every command. */
    public List<ReplayedMigration> replayed() {
        return context.replayed();
    }

    public long headVersion() {
        List<ReplayedMigration> r = replayed();
        return r.isEmpty() ? 0 : r.get(r.size() - 1).version();
    }

    /**
     * Applies pending migrations up to {@code target} (the head when null); returns the version reached. A dry run
     * prints the SQL it would run, and each migration's down, and changes nothing.
     */
    public long upgrade(Long target, boolean dryRun) {
        Upgrade upgrade = new Upgrade(context);
        return command(() -> dryRun ? upgrade.dryRun(target) : upgrade.run(target));
    }

    /** As {@link #upgrade(Long, boolean)} (not a dry run), and what it applied: versions, each migration's time. */
    public MigrationRun upgradeReport(Long target) {
        return command(() -> new Upgrade(context).report(target));
    }

    /**
     * Writes the SQL an upgrade to {@code target} (the head when null) would run to {@code file}, the history table's
     * statements and transactions included, for the engine's own client to run; changes nothing. Returns the current
     * version.
     */
    public long upgradeScript(Long target, Path file) {
        return command(() -> new Upgrade(context).writeScript(target, file));
    }

    /** Reverts applied migrations down to {@code target} (one version below the current when null; 0 = empty). */
    public long downgrade(Long target, boolean dryRun) {
        return downgrade(target, dryRun, Set.of());
    }

    /**
     * Like {@link #downgrade(Long, boolean)}, and the applied versions in {@code skipDownOf} that have no down (an
     * irreversible migration whose down can never be written) are passed over: their history row is removed, their
     * changes stay in the database, and a warning says so. The way out of a dead end that needs no hand edit of the
     * history table; a version in the set that has a down is reverted as usual.
     */
    public long downgrade(Long target, boolean dryRun, Set<Long> skipDownOf) {
        return downgrade(DowngradeTarget.to(target), dryRun, skipDownOf);
    }

    /**
     * Like {@link #downgrade(Long, boolean, Set)}, to a version or down a number of steps; a default step that would
     * drop data is refused when the target asks for an explicit one (see {@link DowngradeTarget}).
     */
    public long downgrade(DowngradeTarget target, boolean dryRun, Set<Long> skipDownOf) {
        return command(() -> new Downgrade(context).run(target, dryRun, skipDownOf));
    }

    /** As {@link #downgrade(Long, boolean, Set)} (not a dry run), and what it reverted: versions, each down's time. */
    public MigrationRun downgradeReport(Long target, Set<Long> skipDownOf) {
        return downgradeReport(DowngradeTarget.to(target), skipDownOf);
    }

    /** As {@link #downgradeReport(Long, Set)}, to a version or down a number of steps ({@link DowngradeTarget}). */
    public MigrationRun downgradeReport(DowngradeTarget target, Set<Long> skipDownOf) {
        return command(() -> new Downgrade(context).report(target, skipDownOf));
    }

    /**
     * Writes the SQL a downgrade to {@code target} would run to {@code file} (as {@link #downgrade(Long, boolean, Set)}
     * with a dry run, which it also logs), history statements and transactions included, for the engine's own client to
     * run; changes nothing. Returns the current version.
     */
    public long downgradeScript(Long target, Set<Long> skipDownOf, Path file) {
        return downgradeScript(DowngradeTarget.to(target), skipDownOf, file);
    }

    /** As {@link #downgradeScript(Long, Set, Path)}, to a version or down a number of steps ({@link DowngradeTarget}). */
    public long downgradeScript(DowngradeTarget target, Set<Long> skipDownOf, Path file) {
        return command(() -> new Downgrade(context).run(target, true, skipDownOf, file));
    }

    /** Applied and pending migrations, checksum mismatches, irreversible ones. */
    public MigrationStatus status() {
        return command(() -> new Status(context).run());
    }

    /**
     * What {@link #validate} checks, as a report that holds the problems rather than throwing them (a migration that
     * does not replay still throws).
     */
    public ValidationReport validation() {
        return command(() -> new Validate(context).report());
    }

    /** Files against history (edited, missing, out of order), and every migration replays; a problem is an exception. */
    public void validate() {
        command(() -> {
            new Validate(context).run();
            return null;
        });
    }

    /**
     * Tries every migration's up and down on a scratch database that Cairn creates and removes ({@code db:test}): up,
     * down and up again, the live schema compared with the replay after each step. The configured database is never
     * written; its server (or the scratch database's, {@link MigratorBuilder#devUrl}) only hosts the scratch schema or
     * database, and on SQLite a temporary file serves. Three generated rows are kept in every table, and each down must
     * give them back.
     */
    public StaircaseReport testMigrations() {
        return testMigrations(3);
    }

    /**
     * As {@link #testMigrations()}, with {@code rowsPerTable} generated rows kept in every table: after each down the
     * rows of the tables and columns the up kept must be those before the up (0: the schema only).
     */
    public StaircaseReport testMigrations(int rowsPerTable) {
        return command(() -> new MigrationStaircase(context.settings(), context.log(), rowsPerTable, context.replayed()).run());
    }

    /** The live schema against the one the applied migrations describe, as lines (empty: they agree), whatever {@code db.driftCheck} says. */
    List<String> liveDifferences() {
        return command(() -> {
            try (java.sql.Connection c = context.connections().openReadOnly().orElseThrow()) {
                return context.drift().differences(c, context.plan(c)).differences();
            } catch (java.sql.SQLException e) {
                throw context.connections().databaseError(e);
            }
        });
    }

    /** Puts an existing database under version control at {@code version}, once its live schema equals the replayed one. */
    public void baseline(long version) {
        command(() -> {
            new Baseline(context).run(version);
            return null;
        });
    }

    /**
     * Puts a database Flyway migrated under Cairn: the migrations must be in Flyway's layout ({@code V1.1__x.sql},
     * {@code R__x.sql}); reads {@code flyway_schema_history}, refuses failed or pending rows, checks that the live schema
     * equals the replay at Flyway's newest version, and records each applied migration with its derived down (Flyway's
     * table is left as it is). Returns the Cairn version reached (the ordinal of Flyway's newest applied migration).
     */
    public long importFlyway() {
        return command(() -> new FlywayImport(context).run());
    }

    /**
     * Writes what the live database has beyond the migrations at its applied version as the next migration file in
     * {@code folder}, and logs it for review; empty when they agree. Pending migrations must be applied first: the new
     * file comes after the head.
     */
    public Optional<Path> diff(Path folder, String name, NewMigration.Style style, Clock clock) {
        return diff(folder, name, style, clock, false);
    }

    /**
     * As {@link #diff(Path, String, NewMigration.Style, Clock)}; with {@code recordApplied} the new migration is also
     * recorded as applied in the database it was read from, which already holds the change (so that database neither
     * re-applies it nor reports drift).
     */
    public Optional<Path> diff(Path folder, String name, NewMigration.Style style, Clock clock, boolean recordApplied) {
        return diff(folder, name, style, clock, recordApplied, StandardCharsets.UTF_8);
    }

    /** As {@link #diff(Path, String, NewMigration.Style, Clock, boolean)}, the folder's files read and written in {@code encoding}. */
    public Optional<Path> diff(Path folder, String name, NewMigration.Style style, Clock clock, boolean recordApplied, Charset encoding) {
        return command(() -> new Diff(context).run(folder, name, style, clock, recordApplied, encoding));
    }

    /** Runs a command; what the engine refuses to write (a renderer's IllegalArgumentException) is the user's problem too. */
    private static <T> T command(Supplier<T> command) {
        try {
            return command.get();
        } catch (IllegalArgumentException e) {
            throw new MigrationProblem(e.getMessage(), e);
        }
    }
}
