package dev.cairn.migrate;

import dev.cairn.dialect.TableRebuild;
import dev.cairn.sql.SqlStatement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.cairn.migrate.MigratorContext.check;
import static dev.cairn.migrate.MigratorContext.label;

/**
 * {@code db:upgrade}: applies the plan's pending migrations up to a target, under the lock, a migration and its history
 * row in one transaction, by default one for the whole upgrade ({@link TransactionScope}, {@link CommitPoints});
 * statement by statement where the engine's DDL commits by itself ({@link StepwiseMigration}). The dry run prints
 * what the plan would run.
 */
final class Upgrade {
    private final MigratorContext context;
    private final MigratorSettings settings;
    private final MigrationLog log;
    private final HistoryTable history;
    private final MigratorConnections connections;
    private final StepwiseMigration stepwise;
    /** What this run applied, for {@link #report}; and the version it started from. */
    private final List<MigrationRun.Step> steps = new ArrayList<>();
    private long from;

    Upgrade(MigratorContext context) {
        this.context = context;
        this.settings = context.settings();
        this.log = context.log();
        this.history = context.history();
        this.connections = context.connections();
        this.stepwise = new StepwiseMigration(context);
    }

    /** As {@link #run}, and what it applied, with the times. */
    MigrationRun report(Long target) {
        long start = System.nanoTime();
        long reached = run(target);
        return new MigrationRun(from, reached, steps, (System.nanoTime() - start) / 1_000_000);
    }

    /** Applies pending migrations up to {@code target} (the newest when null); returns the version reached. */
    long run(Long target) {
        boolean createsFile = connections.createsFile();
        try {
            return runOn(target);
        } catch (RuntimeException e) {
            if (createsFile) connections.deleteIfCreatedEmpty(log); // a failed first upgrade leaves no empty database file
            throw e;
        }
    }

    private long runOn(Long target) {
        List<MigrationFile> files = settings.migrations(); // read meanwhile (see MigratorBuilder)
        if (connections.createsFile()) MigrationVersions.orNewest(files, target); // a mistake must not leave a new, empty file behind
        try (Connection c = connections.open()) {
            connections.deleteLeftOverCopies(log);
            // versions and checksums come from the files as read; the replay waits until there is something to apply,
            // so the no-op run (every migration applied) costs a read of the files and of the history, not a replay
            List<AppliedMigration> applied = history.readForCheck(c);
            MigrationPlan plan = MigrationPlan.of(files, applied, List.of(), settings.allowOutOfOrder());
            long goal = MigrationVersions.orNewest(files, target);
            from = plan.currentVersion();
            c.setAutoCommit(true);
            check(plan.problems());
            plan.requireNotBelowCurrent(goal);
            List<RepeatableMigration> repeatables = RepeatableMigration.of(files);
            boolean repeatablesChanged = !repeatables.isEmpty() && target == null
                    && !new RepeatableHistory(context.engine(), history).changed(c, repeatables).isEmpty();
            if (plan.toApply(goal).isEmpty() && !repeatablesChanged) {
                log.info("Nothing to migrate (the live schema was not compared with the migrations; db:validate does that).");
                log.info("Current database version: " + plan.currentVersion());
                return plan.currentVersion();
            }
            context.replayed();
            ClusterCheck.before(context, c, plan.toApply(goal));
            connections.backUpBeforeChange(c, plan.currentVersion(), log);
            try (MigrationLock lock = context.lock(c)) {
                c.setAutoCommit(false);
                history.create(c);
                recoverIncomplete(c, lock);
                return applyPending(c, goal, lock);
            } finally {
                MigratorConnections.rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    /** Under the lock: the history and the live schema are read as one consistent state, planned, and applied. */
    private long applyPending(Connection c, long goal, MigrationLock lock) throws SQLException {
        MigrationPlan plan = context.plan(c);
        check(plan.problems());
        check(context.drift().problems(c, plan));
        Map<Long, String> rewritten = plan.rewrittenDowns(context::writtenDownScript);
        if (!rewritten.isEmpty()) {
            context.storeRewrittenDowns(c, plan, rewritten);
            c.commit();
        }
        Set<Long> versions = new HashSet<>(plan.appliedVersions());
        List<MigrationFile> todo = plan.toApply(goal);
        CommitPoints commitPoints = new CommitPoints(settings.transactionScope(), context.engine().migration());
        int uncommitted = 0;
        for (int k = 0; k < todo.size(); k++) {
            ReplayedMigration m = context.replayed(todo.get(k).version());
            lock.ensureHeld();
            boolean committed = apply(c, m, commitPoints, uncommitted, lock);
            uncommitted = committed ? 0 : uncommitted + 1;
            versions.add(m.version());
            // after a commit, another migrator may have committed before our next transaction (SQLite's write lock is
            // per transaction): when the history holds more than this run wrote, plan again from it
            if (committed && history.appliedCount(c) != versions.size()) {
                plan = context.plan(c);
                versions = new HashSet<>(plan.appliedVersions());
                todo = plan.toApply(goal);
                k = -1;
            }
        }
        c.commit();
        long reached = versions.stream().mapToLong(Long::longValue).max().orElse(0);
        if (goal == plan.newestVersion()) applyRepeatables(c, reached);
        if (uncommitted > 1) log.info("Committed " + uncommitted + " migrations in one transaction");
        log.info("Current database version: " + reached);
        return reached;
    }

    /**
     * After the versioned migrations, at the head: the repeatable migrations whose text changed since last applied (or
     * never applied), in order, each with its row in {@code <history>_repeatable} in one transaction. They are replayed
     * over the head's schema first, so one that does not replay stops before anything runs.
     */
    private void applyRepeatables(Connection c, long reached) throws SQLException {
        RepeatableHistory applied = new RepeatableHistory(context.engine(), history);
        List<RepeatableMigration> changed = applied.changed(c, RepeatableMigration.of(settings.migrations()));
        if (changed.isEmpty()) return;
        ReplayedMigration head = context.replayed(reached);
        RepeatableReplay.over(context.engine().dialect(), head == null ? dev.cairn.schema.Schema.EMPTY : head.after(),
                changed.stream().map(RepeatableMigration::file).toList());
        applied.create(c);
        dev.cairn.sql.StatementSplitter splitter = new dev.cairn.sql.StatementSplitter(context.engine().syntax());
        for (RepeatableMigration r : changed) {
            log.info("Applying repeatable " + r.description() + " (" + r.file().displayName() + ") …");
            try {
                StatementRunner.run(c, MigrationReplay.upStatements(splitter, r.file()), settings.connection());
                applied.record(c, r, settings.appliedBy());
                c.commit();
            } catch (RuntimeException | SQLException e) {
                MigratorConnections.rollbackQuietly(c);
                log.warn("Repeatable " + r.file().displayName() + " failed and was rolled back; the database stays at version " + reached);
                throw e;
            }
        }
    }

    /**
     * Applies {@code m} in the open transaction, which already holds {@code uncommitted} migrations of this run;
     * returns whether it committed.
     */
    private boolean apply(Connection c, ReplayedMigration m, CommitPoints commitPoints, int uncommitted, MigrationLock lock) throws SQLException {
        DownMigration down = context.downOf(m);
        if (!down.isReversible()) {
            log.warn(label(m) + " will be irreversible once applied: " + down.irreversible()
                    + "; downgrading past it will need that part (it may be added later, or -Ddb.skipDownOf=" + m.version() + ")");
        }
        String downProblem = new WrittenDownCheck(context.engine().dialect()).problem(m);
        if (downProblem != null) log.warn(downProblem + "\n  (db:validate fails on this until the down part is fixed)");
        log.info("Applying " + label(m) + " …");
        long start = System.nanoTime();
        if (StepwiseMigration.applies(context.engine(), m)) {
            c.commit();
            c.setAutoCommit(true);
            try {
                stepwise.apply(c, m, context.historyRow(m, down, 0), lock.owner());
            } finally {
                if (!c.isClosed()) c.setAutoCommit(false); // a connection lost meanwhile: its failure is the one to report
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            steps.add(step(m, down, ms));
            log.info("  applied " + label(m) + " in " + ms + " ms");
            return true;
        }
        TableRebuild rebuild = context.engine().migration().beginRebuild(c, m.file().upSql()).orElse(null);
        boolean commit = rebuild != null || commitPoints.after(m);
        try {
            if (rebuild != null && history.read(c).stream().anyMatch(a -> a.version() == m.version())) return true; // another migrator did it
            StatementRunner.run(c, m.statements(), settings.connection());
            TableRebuilds.finish(rebuild, c);
            long ms = (System.nanoTime() - start) / 1_000_000;
            history.insert(c, context.historyRow(m, down, ms));
            if (commit) c.commit();
            steps.add(step(m, down, ms));
            log.info("  applied " + label(m) + " in " + ms + " ms");
            return commit;
        } catch (RuntimeException | SQLException e) {
            MigratorConnections.rollbackQuietly(c);
            if (e instanceof MigrationProblem p && connections.explained(p) != p) throw connections.explained(p);
            int lost = rebuild != null ? 0 : uncommitted;
            log.warn(label(m) + " failed and was rolled back" + (lost == 0 ? "" : ", with the " + (lost == 1 ? "migration" : lost + " migrations")
                    + " this run applied before it in the same transaction") + "; later migrations were not run. The database is at version "
                    + committedVersion(c));
            throw e;
        } finally {
            TableRebuilds.restore(rebuild, c);
        }
    }

    private static MigrationRun.Step step(ReplayedMigration m, DownMigration down, long ms) {
        return new MigrationRun.Step(m.version(), m.file().description(), m.file().displayName(), ms, down.isReversible() ? null : down.irreversible());
    }

    /** After a rollback: the version the database is at, or a question mark when even that cannot be read. */
    private String committedVersion(Connection c) {
        try {
            return String.valueOf(history.exists(c) ? history.appliedVersions(c).stream().mapToLong(Long::longValue).max().orElse(0) : 0);
        } catch (SQLException e) {
            return "? (" + settings.connection().mask(e.getMessage()) + ")";
        }
    }

    /**
     * Under the lock: a migration another migrator left running or partial (see {@link StepwiseMigration#recover}). A
     * running one is touched only when its owner is gone: while the migrator that wrote it may still be working (the
     * lock did not keep it out), this stops and says so, undoing nothing.
     */
    private void recoverIncomplete(Connection c, MigrationLock lock) throws SQLException {
        List<IncompleteMigration> incomplete = history.incomplete(c);
        if (incomplete.isEmpty()) return;
        for (IncompleteMigration row : incomplete) {
            if (!row.isPartial() && lock.ownerIsLive(c, row.owner())) {
                throw new MigrationProblem("Cannot upgrade: version " + row.version() + " (" + row.fileName() + ") is being applied by another "
                        + "migrator that is still working (" + row.owner() + "), although this one holds the lock; nothing was undone. Run "
                        + "db:upgrade again once it has finished, and make sure every migrator of this database uses the same history table.");
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try {
            for (IncompleteMigration row : incomplete) {
                if (row.isReverting()) new StepwiseDown(context).finish(c, row, context.replayed(row.version()), "upgrade");
                else stepwise.recover(c, row, context.replayed(row.version()));
            }
        } finally {
            c.setAutoCommit(false);
        }
    }

    /**
     * Writes what {@link #run} would run, history statements included, to {@code file} as a script for the engine's
     * client ({@link UpgradeScript}), changing nothing; returns the current version.
     */
    long writeScript(Long target, Path file) {
        context.replayed();
        long goal = MigrationVersions.orNewest(settings.migrations(), target);
        try (Connection c = connections.openReadOnly().orElse(null)) {
            MigrationPlan plan = context.plan(c);
            check(plan.problems());
            plan.requireNotBelowCurrent(goal);
            List<MigrationFile> todo = plan.toApply(goal);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, new UpgradeScript(context).of(plan, todo, plan.rewrittenDowns(context::writtenDownScript)));
            log.info("Wrote the SQL of the upgrade from version " + plan.currentVersion() + " to "
                    + (todo.isEmpty() ? plan.currentVersion() : todo.get(todo.size() - 1).version()) + " (" + todo.size() + " migrations, history"
                    + " statements included) to " + file + "; nothing was changed. Run it with: " + context.engine().clientScript().runWith());
            return plan.currentVersion();
        } catch (SQLException e) {
            throw connections.databaseError(e);
        } catch (IOException e) {
            throw new MigrationProblem("Cannot write the dry run's SQL to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Prints what {@link #run} would apply, and each migration's down, changing nothing; returns the current version. */
    long dryRun(Long target) {
        context.replayed();
        long goal = MigrationVersions.orNewest(settings.migrations(), target);
        try (Connection c = connections.openReadOnly().orElse(null)) {
            MigrationPlan plan = context.plan(c);
            check(plan.problems());
            plan.requireNotBelowCurrent(goal);
            List<MigrationFile> todo = plan.toApply(goal);
            List<RepeatableMigration> repeatables = goal != plan.newestVersion() ? List.of()
                    : c == null ? RepeatableMigration.of(settings.migrations()) : new RepeatableHistory(context.engine(), history).changed(c, RepeatableMigration.of(settings.migrations()));
            if (todo.isEmpty() && repeatables.isEmpty()) log.info("Nothing to migrate.");
            for (MigrationFile f : todo) {
                ReplayedMigration m = context.replayed(f.version());
                log.info("-- up of " + f.displayName() + " (version " + f.version() + ")");
                for (SqlStatement s : m.statements()) log.info(s.sql().strip() + ";");
                DownMigration down = context.downOf(m);
                log.info("-- its down (" + (down.written() ? "written" : "derived") + "), stored in " + history.name() + ":");
                if (down.isReversible()) for (String line : down.script().split("\n")) log.info("--   " + line);
                else log.info("--   irreversible: " + down.irreversible());
            }
            dev.cairn.sql.StatementSplitter splitter = new dev.cairn.sql.StatementSplitter(context.engine().syntax());
            for (RepeatableMigration r : repeatables) {
                log.info("-- repeatable " + r.file().displayName() + " (changed since last applied, or new; no down)");
                for (SqlStatement st : MigrationReplay.upStatements(splitter, r.file())) log.info(st.sql().strip() + ";");
            }
            log.info("Dry run: nothing was changed. The database stays at version " + plan.currentVersion()
                    + (todo.isEmpty() ? "" : "; upgrading would reach " + todo.get(todo.size() - 1).version()));
            return plan.currentVersion();
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }
}
