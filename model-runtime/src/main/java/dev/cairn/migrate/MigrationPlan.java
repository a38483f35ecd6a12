package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Where each migration stands, worked out once from the migration files and one reading of the history table (as
 * Flyway's {@code MigrationInfoService} does): applied, applied but edited or missing since, pending, or pending but
 * older than the newest applied one; beside them the migrations a migrator left running or partial. The commands read
 * it: which migrations an upgrade to a target applies, which a downgrade reverts, what status reports and what stops a
 * command. A command that takes the lock reads the history again under it, and plans again from that reading.
 */
final class MigrationPlan {

    /** Where one migration stands, by its file and its history row. */
    enum State {
        /** Applied, and its file is as it was then. */
        APPLIED,
        /** Applied, but its file was edited since: the database did not get what the file now says. */
        EDITED,
        /** Applied, but its file is gone. */
        MISSING,
        /** Not applied yet (or left incomplete, see {@link IncompleteMigration}). */
        PENDING,
        /** Not applied, but older than the newest applied migration: applied only when out-of-order migrations are allowed. */
        OUT_OF_ORDER
    }

    /** One migration: its file (null when {@link State#MISSING}), its history row (null when not applied), its state. */
    record Entry(long version, MigrationFile file, AppliedMigration applied, State state) {
    }

    private final List<MigrationFile> files;
    private final List<AppliedMigration> applied;
    private final List<IncompleteMigration> incomplete;
    private final boolean allowOutOfOrder;
    private final Set<Long> appliedVersions = new HashSet<>();
    private final long current;
    private final List<Entry> entries;

    private MigrationPlan(List<MigrationFile> files, List<AppliedMigration> applied, List<IncompleteMigration> incomplete,
                          boolean allowOutOfOrder) {
        this.files = files;
        this.applied = applied;
        this.incomplete = incomplete;
        this.allowOutOfOrder = allowOutOfOrder;
        for (AppliedMigration a : applied) appliedVersions.add(a.version());
        this.current = applied.stream().mapToLong(AppliedMigration::version).max().orElse(0);
        this.entries = entries();
    }

    /**
     * @param files      the migration files, in version order
     * @param applied    the completed history rows, in version order
     * @param incomplete the rows of migrations that started and did not complete
     */
    static MigrationPlan of(List<MigrationFile> files, List<AppliedMigration> applied, List<IncompleteMigration> incomplete,
                            boolean allowOutOfOrder) {
        return new MigrationPlan(files, applied, incomplete, allowOutOfOrder);
    }

    /** Every migration the files or the applied rows know, by version. */
    private List<Entry> entries() {
        Map<Long, MigrationFile> fileByVersion = new HashMap<>();
        for (MigrationFile f : files) fileByVersion.put(f.version(), f);
        TreeMap<Long, Entry> byVersion = new TreeMap<>();
        for (AppliedMigration a : applied) {
            MigrationFile f = fileByVersion.get(a.version());
            State state = f == null ? State.MISSING : f.matchesChecksum(a.checksum()) ? State.APPLIED : State.EDITED;
            byVersion.put(a.version(), new Entry(a.version(), f, a, state));
        }
        for (MigrationFile f : files) {
            if (!byVersion.containsKey(f.version())) {
                byVersion.put(f.version(), new Entry(f.version(), f, null, f.version() < current ? State.OUT_OF_ORDER : State.PENDING));
            }
        }
        return List.copyOf(byVersion.values());
    }

    /** Every migration the files or the applied rows know, by version, with its state. */
    List<Entry> migrations() {
        return entries;
    }

    /**
     * The applied migrations whose file's written {@code -- migrate:down} part differs from the down their history row
     * stored (written or changed since it was applied, or the row had none), by version, with that part's script as
     * {@code writtenScript} gives it.
     */
    Map<Long, String> rewrittenDowns(Function<MigrationFile, String> writtenScript) {
        Map<Long, String> out = new TreeMap<>();
        for (Entry e : entries) {
            if (e.state() != State.APPLIED || !e.file().hasWrittenDown()) continue;
            String script = writtenScript.apply(e.file());
            if (!script.isBlank() && !script.equals(e.applied().downSql())) out.put(e.version(), script);
        }
        return out;
    }

    /** This plan with {@code downs} as the stored downs of those versions (see {@link #rewrittenDowns}). */
    MigrationPlan withStoredDowns(Map<Long, String> downs) {
        if (downs.isEmpty()) return this;
        List<AppliedMigration> rows = new ArrayList<>();
        for (AppliedMigration a : applied) {
            String down = downs.get(a.version());
            rows.add(down == null ? a : new AppliedMigration(a.version(), a.description(), a.fileName(), a.checksum(), down, null,
                    a.appliedAt(), a.appliedBy(), a.executionMillis(), a.schemaHash()));
        }
        return new MigrationPlan(files, rows, incomplete, allowOutOfOrder);
    }

    /** The newest applied version; 0 for an empty history. */
    long currentVersion() {
        return current;
    }

    /** The newest migration file's version; 0 when there are none. */
    long newestVersion() {
        return files.isEmpty() ? 0 : files.get(files.size() - 1).version();
    }

    List<AppliedMigration> applied() {
        return applied;
    }

    Set<Long> appliedVersions() {
        return Set.copyOf(appliedVersions);
    }

    boolean isApplied(long version) {
        return appliedVersions.contains(version);
    }

    /** Whether the history records anything, complete or not. */
    boolean hasHistory() {
        return !applied.isEmpty() || !incomplete.isEmpty();
    }

    /** The files not applied, out of order or not (a migration left running or partial included), in version order. */
    List<MigrationFile> pending() {
        List<MigrationFile> out = new ArrayList<>();
        for (Entry e : entries) if (e.state() == State.PENDING || e.state() == State.OUT_OF_ORDER) out.add(e.file());
        return out;
    }

    /**
     * What an upgrade to {@code goal} applies, in order: the pending migrations up to it, those out of order only when
     * that is allowed (otherwise they are a {@link #problems problem}).
     */
    List<MigrationFile> toApply(long goal) {
        List<MigrationFile> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.version() > goal) break;
            if (e.state() == State.PENDING || e.state() == State.OUT_OF_ORDER && allowOutOfOrder) out.add(e.file());
        }
        return out;
    }

    /** An upgrade goes up: {@code goal} must not be below the current version. */
    void requireNotBelowCurrent(long goal) {
        if (goal < current) {
            throw new MigrationProblem("The database is at version " + current + ", above the target " + goal + "; use db:downgrade to go down");
        }
    }

    /**
     * What stops an upgrade, a validation or a diff: applied migrations edited or missing since, then pending ones out
     * of order (unless allowed).
     */
    List<String> problems() {
        List<String> out = changedFiles();
        if (!allowOutOfOrder) out.addAll(outOfOrder());
        return out;
    }

    /** Applied migrations whose file was edited or is missing. */
    List<String> changedFiles() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.state() == State.MISSING) {
                out.add("version " + e.version() + " (" + e.applied().fileName() + ") is applied but its file is missing; restore the file");
            } else if (e.state() == State.EDITED) {
                out.add(e.file().displayName() + " was edited after it was applied: checksum now " + e.file().checksum()
                        + ", when applied " + e.applied().checksum() + "; undo the edit and put the change in a new migration"
                        + " (writing or changing its -- migrate:down part is fine: only the part before it counts)");
            }
        }
        return out;
    }

    /** Pending migrations older than the newest applied one, allowed or not. */
    List<String> outOfOrder() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.state() == State.OUT_OF_ORDER) {
                out.add(e.file().displayName() + " (version " + e.version() + ") is pending but older than the applied version " + current
                        + "; give it a newer version, or allow out-of-order migrations (-Ddb.outOfOrder=true)");
            }
        }
        return out;
    }

    /** Migrations left running or partial, as status and validate report them. */
    List<String> incompleteProblems() {
        return incomplete.stream().map(IncompleteMigration::problem).toList();
    }

    /** The downs their migrators left half-run (MySQL/MariaDB reverting rows), which a downgrade finishes first. */
    List<IncompleteMigration> interruptedDowns() {
        return incomplete.stream().filter(IncompleteMigration::isReverting).toList();
    }

    /** As {@link #incompleteProblems}, without the interrupted downs: what a downgrade cannot go past. */
    List<String> problemsBesidesInterruptedDowns() {
        return incomplete.stream().filter(r -> !r.isReverting()).map(IncompleteMigration::problem).toList();
    }

    /**
     * The version a downgrade goes to when a down was left half-run: the newest completed version (finishing that down
     * reaches it) when {@code target} is null or that version, else {@link #downgradeGoal}'s answer.
     */
    long downgradeGoalAfterInterruptedDown(Long target) {
        if (target == null || target == current) return current;
        if (target > current) {
            IncompleteMigration down = interruptedDowns().get(0);
            throw new MigrationProblem("The down of version " + down.version() + " (" + down.fileName() + ") was left half-run, so a downgrade"
                    + " finishes it and reaches version " + current + " at least; the target " + target + " is above that: give " + current
                    + " or a lower version, or run db:upgrade to finish the down and apply version " + down.version() + " again");
        }
        return downgradeGoal(target);
    }

    /**
     * The version a downgrade goes to: {@code target}, which must be an applied version below the current one or 0, or
     * the applied version below the current one when null.
     */
    long downgradeGoal(Long target) {
        long goal = target == null ? applied.stream().mapToLong(AppliedMigration::version).filter(v -> v < current).max().orElse(0) : target;
        if (goal >= current) throw new MigrationProblem("The database is at version " + current + "; the downgrade target " + goal + " is not below it;"
                + " give a lower version (0 reverts everything), or run db:upgrade to go up");
        if (goal != 0 && !appliedVersions.contains(goal)) {
            throw new MigrationProblem("Version " + goal + " is not applied; the applied versions are " + applied.stream().map(AppliedMigration::version).toList()
                    + "; give one of them, or 0");
        }
        return goal;
    }

    /** The applied version {@code steps} below the current one; 0 when fewer are applied. */
    long versionStepsBelow(int steps) {
        return applied.stream().mapToLong(AppliedMigration::version).filter(v -> v < current).boxed()
                .sorted(Comparator.reverseOrder()).skip(steps - 1L).findFirst().orElse(0L);
    }

    /** What a downgrade to {@code goal} reverts, newest first; every one must have its down SQL stored. */
    List<AppliedMigration> toRevert(long goal) {
        return toRevert(goal, Set.of());
    }

    /**
     * What a downgrade to {@code goal} reverts, newest first; every one must have its down SQL stored, but for the
     * versions in {@code skipDownOf}, which pass without one.
     */
    List<AppliedMigration> toRevert(long goal, Set<Long> skipDownOf) {
        List<AppliedMigration> out = applied.stream().filter(a -> a.version() > goal)
                .sorted(Comparator.comparingLong(AppliedMigration::version).reversed()).toList();
        for (AppliedMigration a : out) {
            if (a.downSql() == null && !skipDownOf.contains(a.version())) {
                throw new MigrationProblem("Cannot downgrade past version " + a.version() + " (" + a.fileName() + "): "
                        + (a.irreversible() == null ? "no down SQL was recorded" : a.irreversible())
                        + ". Write that part in the file (it is stored at the next downgrade), or, if it can never be written, pass"
                        + " -Ddb.skipDownOf=" + a.version() + " to remove the version from the history and leave its changes in place");
            }
        }
        return out;
    }
}
