package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Column;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code db:downgrade}: reverts applied migrations, newest first, each with the down SQL its history row stored (so
 * an edited or missing file does not stop it), one transaction each (on MySQL/MariaDB, whose DDL commits by itself,
 * statement by statement: a down failing half-way is redone, see {@link StepwiseDown}); says first which tables and
 * columns lose their data.
 */
final class Downgrade {
    private final MigratorSettings settings;
    private final MigrationLog log;
    private final Dialect dialect;
    private final HistoryTable history;
    private final MigratorConnections connections;
    private final Supplier<List<ReplayedMigration>> replayed;

    /** @param replayed the replayed migrations, or none when the files do not replay (the stored downs still work) */
    Downgrade(MigratorSettings settings, MigrationLog log, HistoryTable history, MigratorConnections connections,
              Supplier<List<ReplayedMigration>> replayed) {
        this.settings = settings;
        this.log = log;
        this.dialect = settings.dialect();
        this.history = history;
        this.connections = connections;
        this.replayed = replayed;
    }

    /** Down to {@code target} (one version below the current when null; 0 = empty); returns the version reached. */
    long run(Long target, boolean dryRun) {
        try (Connection c = dryRun ? connections.openReadOnly().orElse(null) : connections.open()) {
            List<AppliedMigration> applied = c == null ? List.of() : history.read(c);
            List<IncompleteMigration> incomplete = c == null ? List.of() : history.incomplete(c);
            if (!incomplete.isEmpty()) throw new MigrationProblem("Cannot downgrade: " + incomplete.get(0).problem());
            long current = Migrator.currentVersion(applied);
            if (current == 0) {
                log.info("The database is at version 0; nothing to downgrade.");
                log.info("Current database version: 0");
                return 0;
            }
            // the stored downs do not depend on the files: an edited or missing file is worth a warning, not a stop
            List<String> historyProblems = new HistoryCheck(replayed.get(), applied, true).problems();
            for (String problem : historyProblems) log.warn(problem);
            long goal = target == null ? previousVersion(applied, current) : target;
            if (goal >= current) throw new MigrationProblem("The database is at version " + current + "; the downgrade target " + goal + " is not below it");
            if (goal != 0 && applied.stream().noneMatch(a -> a.version() == goal)) {
                throw new MigrationProblem("Version " + goal + " is not applied; the applied versions are " + applied.stream().map(AppliedMigration::version).toList());
            }
            List<AppliedMigration> toRevert = applied.stream().filter(a -> a.version() > goal).sorted((a, b) -> Long.compare(b.version(), a.version())).toList();
            for (AppliedMigration a : toRevert) {
                if (a.downSql() == null) {
                    throw new MigrationProblem("Cannot downgrade past version " + a.version() + " (" + a.fileName() + "): "
                            + (a.irreversible() == null ? "no down SQL was recorded" : a.irreversible()));
                }
            }
            for (String loss : dataLoss(toRevert)) log.warn("Downgrading to version " + goal + " drops " + loss + " and the data in it");
            if (dryRun) {
                for (AppliedMigration a : toRevert) {
                    log.info("-- down of " + a.fileName() + " (version " + a.version() + ")");
                    log.info(a.downSql().strip());
                    log.info("DELETE FROM " + history.name() + " WHERE version = " + a.version() + ";");
                }
                log.info("Dry run: nothing was changed. The database stays at version " + current);
                return current;
            }
            SqliteBackups.beforeChange(settings, log, c, current);
            try (MigrationLock lock = MigrationLock.acquire(dialect, c, history.name(), settings.lockTimeout())) {
                c.setAutoCommit(false);
                StatementSplitter splitter = new StatementSplitter(Engines.of(dialect).syntax());
                StepwiseDown stepwise = StepwiseDown.applies(dialect) ? new StepwiseDown(dialect, history, settings.connection(), log) : null;
                // a failing down is redone from the model only when the files are the ones that were applied
                Map<Long, ReplayedMigration> models = historyProblems.isEmpty() ? byVersion() : Map.of();
                long reached = current;
                for (AppliedMigration a : toRevert) {
                    SqliteRebuildRun rebuild = SqliteRebuildRun.applies(dialect, a.downSql()) ? SqliteRebuildRun.begin(c) : null;
                    try {
                        Set<Long> versions = history.appliedVersions(c);
                        if (!versions.contains(a.version())) continue; // another migrator did it
                        log.info("Reverting " + a.version() + " " + a.description() + " …");
                        long start = System.nanoTime();
                        List<SqlStatement> down = splitter.split("down of " + a.fileName(), a.downSql());
                        if (stepwise != null) stepwise.run(c, a, down, models.get(a.version()));
                        else StatementRunner.run(c, down, settings.connection());
                        if (rebuild != null) rebuild.finish(c);
                        history.delete(c, a.version());
                        c.commit();
                        reached = versions.stream().mapToLong(Long::longValue).filter(v -> v < a.version()).max().orElse(0);
                        log.info("  reverted " + a.version() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms; database version: " + reached);
                    } catch (RuntimeException | SQLException e) {
                        MigratorConnections.rollbackQuietly(c);
                        throw e;
                    } finally {
                        if (rebuild != null) rebuild.restore(c);
                    }
                }
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

    /** The replayed migrations by version; none when the files do not replay. */
    private Map<Long, ReplayedMigration> byVersion() {
        Map<Long, ReplayedMigration> byVersion = new LinkedHashMap<>();
        for (ReplayedMigration m : replayed.get()) byVersion.put(m.version(), m);
        return byVersion;
    }

    /** The tables and columns the migrations being reverted created, which their downs drop. */
    private List<String> dataLoss(List<AppliedMigration> toRevert) {
        Map<Long, ReplayedMigration> byVersion = byVersion();
        List<String> out = new ArrayList<>();
        for (AppliedMigration a : toRevert) {
            ReplayedMigration m = byVersion.get(a.version());
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


    private static long previousVersion(List<AppliedMigration> applied, long below) {
        return applied.stream().mapToLong(AppliedMigration::version).filter(v -> v < below).max().orElse(0);
    }
}
