package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Column;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code db:downgrade}: reverts applied migrations, newest first, each with the down SQL its history row stored (so
 * an edited or missing file does not stop it), one transaction each (where the engine's DDL commits by itself,
 * statement by statement: a down failing half-way is redone, see {@link StepwiseDown}); says first which tables and
 * columns lose their data.
 */
final class Downgrade {
    private final MigratorContext context;
    private final MigrationLog log;
    private final Engine engine;
    private final HistoryTable history;
    private final MigratorConnections connections;
    /** What this run reverted, for {@link #report}; and the version it started from. */
    private final List<MigrationRun.Step> steps = new ArrayList<>();
    private long from;

    Downgrade(MigratorContext context) {
        this.context = context;
        this.log = context.log();
        this.engine = context.engine();
        this.history = context.history();
        this.connections = context.connections();
    }

    /** As {@link #run(DowngradeTarget, boolean, Set)} (not a dry run), and what it reverted, with the times. */
    MigrationRun report(DowngradeTarget request, Set<Long> skipDownOf) {
        long start = System.nanoTime();
        long reached = run(request, false, skipDownOf);
        return new MigrationRun(from, reached, steps, (System.nanoTime() - start) / 1_000_000);
    }

    /** Down to {@code request}'s version or steps (one step when neither; 0 = empty); returns the version reached. */
    long run(DowngradeTarget request, boolean dryRun, Set<Long> skipDownOf) {
        return run(request, dryRun, skipDownOf, null);
    }

    /** As {@link #run(DowngradeTarget, boolean, Set)}; a dry run with a {@code scriptFile} also writes its SQL there ({@link DowngradeScript}). */
    long run(DowngradeTarget request, boolean dryRun, Set<Long> skipDownOf, Path scriptFile) {
        if (connections.createsFile()) { // nothing to downgrade, and no empty file to create
            log.info("There is no database at " + connections.databaseFile().orElseThrow() + " yet; nothing to downgrade.");
            log.info("Current database version: 0");
            return 0;
        }
        try (Connection c = dryRun ? connections.openReadOnly().orElse(null) : connections.open()) {
            if (!dryRun) connections.deleteLeftOverCopies(log);
            // the stored downs do not depend on the files: files that do not replay leave only the data-loss report out
            Map<Long, ReplayedMigration> replayed = replayedOrNone();
            MigrationPlan stored = context.plan(c, List.copyOf(replayed.values()));
            // a down part written or changed after its migration was applied replaces the stored down (stored under the lock)
            Map<Long, String> rewritten = stored.rewrittenDowns(context::writtenDownScript);
            MigrationPlan plan = stored.withStoredDowns(rewritten);
            if (!plan.problemsBesidesInterruptedDowns().isEmpty()) throw new MigrationProblem("Cannot downgrade: " + plan.problemsBesidesInterruptedDowns().get(0));
            List<IncompleteMigration> interrupted = plan.interruptedDowns();
            long current = plan.currentVersion();
            from = current;
            if (current == 0 && interrupted.isEmpty()) {
                log.info("The database is at version 0; nothing to downgrade.");
                log.info("Current database version: 0");
                return 0;
            }
            // an edited or missing file is worth a warning, not a stop
            List<String> changedFiles = plan.changedFiles();
            for (String problem : changedFiles) log.warn(problem);
            Long target = request.steps() == null ? request.version() : Long.valueOf(plan.versionStepsBelow(request.steps()));
            long goal = interrupted.isEmpty() ? plan.downgradeGoal(target) : plan.downgradeGoalAfterInterruptedDown(target);
            for (IncompleteMigration row : interrupted) {
                log.info((dryRun ? "-- " : "") + "The down of version " + row.version() + " (" + row.fileName() + ") was left half-run by a migrator"
                        + " that stopped; this downgrade finishes it first (how far it got is read from the live schema)");
            }
            List<AppliedMigration> toRevert = plan.toRevert(goal, skipDownOf);
            for (AppliedMigration a : toRevert) {
                if (a.downSql() == null) {
                    log.warn("SKIPPING THE DOWN of version " + a.version() + " (" + a.fileName() + "), as -Ddb.skipDownOf asks: it has none ("
                            + (a.irreversible() == null ? "none was recorded" : a.irreversible()) + "). Its history row is removed and its changes"
                            + " STAY in the database: the schema may now differ from version " + goal + "'s, which db:validate will report.");
                }
            }
            List<String> losses = dataLoss(toRevert, replayed);
            for (String loss : losses) log.warn("Downgrading to version " + goal + " drops " + loss + " and the data in it");
            List<String> unlisted = new ArrayList<>();
            for (AppliedMigration a : toRevert) {
                if (a.downSql() != null && !replayed.containsKey(a.version())) {
                    unlisted.add("what the down of version " + a.version() + " drops (its file is gone or does not replay)");
                    log.warn("The down of version " + a.version() + " (" + a.fileName() + ") may drop tables or columns and their data: its file is gone"
                            + " or does not replay, so what it drops cannot be listed. Review it first: db:downgrade -Ddb.dryRun=true");
                }
            }
            if (!dryRun && request.isDefault() && request.explicitWhenLosingData() && !(losses.isEmpty() && unlisted.isEmpty())) {
                List<String> lost = new ArrayList<>(losses);
                lost.addAll(unlisted);
                throw new MigrationProblem("Refusing to downgrade without a target in a build that cannot ask (batch mode or CI): the step from version "
                        + current + " to " + goal + " loses data (" + String.join(", ", lost) + "). To go ahead, add -Ddb.target=" + goal
                        + " or -Ddb.steps=1. Nothing was changed.");
            }
            if (dryRun) {
                for (Long v : rewritten.keySet()) log.info("-- version " + v + ": its -- migrate:down part differs from the stored down; a downgrade stores it first");
                for (AppliedMigration a : toRevert) {
                    log.info("-- down of " + a.fileName() + " (version " + a.version() + ")");
                    log.info(a.downSql() == null ? "-- (skipped: no down)" : a.downSql().strip());
                    log.info("DELETE FROM " + history.name() + " WHERE version = " + a.version() + ";");
                }
                if (scriptFile != null) writeScript(scriptFile, current, goal, toRevert, rewritten, interrupted);
                log.info("Dry run: nothing was changed. The database stays at version " + (interrupted.isEmpty() ? current
                        : interrupted.get(0).version() + ", its down half-run"));
                return current;
            }
            connections.backUpBeforeChange(c, current, log);
            try (MigrationLock lock = context.lock(c)) {
                c.setAutoCommit(false);
                if (!rewritten.isEmpty()) {
                    context.storeRewrittenDowns(c, stored, rewritten);
                    c.commit();
                }
                // a failing down is redone (and a half-run one finished) from the model only when the files are the ones that were applied
                Map<Long, ReplayedMigration> models = changedFiles.isEmpty() ? replayed : Map.of();
                finishInterruptedDowns(c, models);
                long reached = revert(c, toRevert, current, models);
                c.commit();
                log.info("Current database version: " + reached);
                return reached;
            } finally {
                MigratorConnections.rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    private void writeScript(Path file, long current, long goal, List<AppliedMigration> toRevert, Map<Long, String> rewritten,
                             List<IncompleteMigration> interrupted) {
        if (!interrupted.isEmpty()) {
            throw new MigrationProblem("Cannot write the downgrade as a file: the down of version " + interrupted.get(0).version()
                    + " was left half-run, and only the migrator can tell from the live schema how far it got; run db:downgrade");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, new DowngradeScript(context).of(current, goal, toRevert, rewritten));
        } catch (IOException e) {
            throw new MigrationProblem("Cannot write the dry run's SQL to " + file + ": " + e.getMessage(), e);
        }
        log.info("Wrote the SQL of the downgrade from version " + current + " to " + goal + " (history statements included) to " + file
                + ". Run it with: " + engine.clientScript().runWith());
    }

    /**
     * Under the lock: finishes the downs their migrators left half-run (re-read here: another migrator may have finished
     * them meanwhile), as {@link StepwiseDown#finish} does for an upgrade; their rows go, so the database is at the
     * version below.
     */
    private void finishInterruptedDowns(Connection c, Map<Long, ReplayedMigration> models) throws SQLException {
        List<IncompleteMigration> rows = history.incomplete(c).stream().filter(IncompleteMigration::isReverting).toList();
        if (rows.isEmpty()) return;
        c.commit();
        c.setAutoCommit(true);
        try {
            for (IncompleteMigration row : rows) new StepwiseDown(context).finish(c, row, models.get(row.version()), "downgrade");
        } finally {
            c.setAutoCommit(false);
        }
    }

    /** Under the lock: runs the downs, each with the removal of its history row; returns the version reached. */
    private long revert(Connection c, List<AppliedMigration> toRevert, long current, Map<Long, ReplayedMigration> models) throws SQLException {
        StatementSplitter splitter = new StatementSplitter(engine.syntax());
        StepwiseDown stepwise = StepwiseDown.applies(engine) ? new StepwiseDown(context) : null;
        long reached = current;
        for (AppliedMigration a : toRevert) {
            String downSql = a.downSql() == null ? "" : a.downSql(); // null: skipped on request (see Migrator#downgrade)
            TableRebuild rebuild = engine.migration().beginRebuild(c, downSql).orElse(null);
            try {
                Set<Long> versions = history.appliedVersions(c);
                if (!versions.contains(a.version())) continue; // another migrator did it
                log.info("Reverting " + a.version() + " " + a.description() + " …");
                long start = System.nanoTime();
                List<SqlStatement> down = splitter.split("down of " + a.fileName(), downSql);
                if (stepwise != null) stepwise.run(c, a, down, models.get(a.version()));
                else StatementRunner.run(c, down, context.settings().connection());
                TableRebuilds.finish(rebuild, c);
                history.delete(c, a.version());
                c.commit();
                reached = versions.stream().mapToLong(Long::longValue).filter(v -> v < a.version()).max().orElse(0);
                long ms = (System.nanoTime() - start) / 1_000_000;
                steps.add(new MigrationRun.Step(a.version(), a.description(), a.fileName(), ms, a.downSql() == null ? a.irreversible() : null));
                log.info("  reverted " + a.version() + " in " + ms + " ms; database version: " + reached);
            } catch (RuntimeException | SQLException e) {
                MigratorConnections.rollbackQuietly(c);
                throw e;
            } finally {
                TableRebuilds.restore(rebuild, c);
            }
        }
        return reached;
    }

    /** The replayed migrations by version; none when the files do not replay (the stored downs still work). */
    private Map<Long, ReplayedMigration> replayedOrNone() {
        List<ReplayedMigration> all;
        try {
            all = context.replayed();
        } catch (RuntimeException e) {
            return Map.of(); // the files may be broken
        }
        Map<Long, ReplayedMigration> byVersion = new LinkedHashMap<>();
        for (ReplayedMigration m : all) byVersion.put(m.version(), m);
        return byVersion;
    }

    /** The tables and columns the migrations being reverted created, which their downs drop. */
    private static List<String> dataLoss(List<AppliedMigration> toRevert, Map<Long, ReplayedMigration> replayed) {
        List<String> out = new ArrayList<>();
        for (AppliedMigration a : toRevert) {
            ReplayedMigration m = replayed.get(a.version());
            if (m == null) continue;
            for (ReplayStep step : m.steps()) {
                for (SchemaChange change : step.changes()) {
                    if (change instanceof SchemaChange.TableCreated t) out.add("table " + t.table().name());
                    if (change instanceof SchemaChange.TableAltered alt) {
                        for (Column col : alt.after().columns()) {
                            if (!alt.before().hasColumn(col.name())) out.add("column " + alt.after().name() + "." + col.name());
                        }
                    }
                }
            }
        }
        return out;
    }
}
