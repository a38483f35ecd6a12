package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.sql.SqlStatement;

import java.util.List;
import java.util.Map;

/**
 * The SQL an upgrade would run, as a file for the engine's own client ({@link ClientScript}): the history table's
 * CREATE, the downs written after their migration was applied, then each pending migration with its history row,
 * grouped in transactions as {@link Upgrade} groups them ({@link CommitPoints}; statement by statement, the row written
 * first as running, where {@link StepwiseMigration} applies). The rows hold what a real upgrade writes, apart from
 * {@code applied_at} (the time the file runs) and {@code execution_ms} (0). Not written: the lock, the backup of a
 * SQLite file, the drift check (run db:validate first).
 */
final class UpgradeScript {
    static final String OWNER = "client script";

    private final MigratorContext context;

    UpgradeScript(MigratorContext context) {
        this.context = context;
    }

    /** The file's text for the migrations {@code todo} of {@code plan}, with the downs to store first. */
    String of(MigrationPlan plan, List<MigrationFile> todo, Map<Long, String> rewrittenDowns) {
        Engine engine = context.engine();
        HistoryTable history = context.history();
        long reached = todo.isEmpty() ? plan.currentVersion() : todo.get(todo.size() - 1).version();
        ClientScript script = new ClientScript(engine, "Cairn upgrade from version " + plan.currentVersion() + " to " + reached + " ("
                + engine.dialect().id() + "), written by db:upgrade -Ddb.dryRunOutput\nRun it with: " + engine.clientScript().runWith() + "\nThen db:validate checks the result.");
        script.enterNamespace(engine, context.settings().schema());
        script.begin();
        script.statement(history.createSql());
        for (Map.Entry<Long, String> d : rewrittenDowns.entrySet()) {
            script.comment("version " + d.getKey() + ": its -- migrate:down part was written or changed after it was applied");
            script.statement(history.updateDownStatement(script, d.getKey(), d.getValue()));
        }
        if (!rewrittenDowns.isEmpty()) script.commit();
        CommitPoints commitPoints = new CommitPoints(context.settings().transactionScope(), engine.migration());
        for (MigrationFile f : todo) {
            ReplayedMigration m = context.replayed(f.version());
            if (engine.migration().rebuildRestoresTriggers() && RebuildMarker.in(f.upSql())) {
                throw new MigrationProblem("Cannot write the upgrade as a file: " + f.displayName() + " rebuilds tables (" + RebuildMarker.LINE
                        + "), which the migrator runs with foreign keys off, re-creating the triggers the rebuild drops; run db:upgrade instead");
            }
            DownMigration down = context.downOf(m);
            AppliedMigration row = context.historyRow(m, down, 0);
            script.comment("");
            script.comment("version " + f.version() + ": " + f.displayName() + (down.isReversible() ? "" : " (irreversible: " + down.irreversible() + ")"));
            if (StepwiseMigration.applies(engine, m)) {
                script.commit();
                script.statement(history.insertStatement(script, row, true, OWNER));
                for (SqlStatement s : m.statements()) script.statement(s.sql());
                script.statement(history.markAppliedStatement(f.version()));
                continue;
            }
            script.begin();
            for (SqlStatement s : m.statements()) script.statement(s.sql());
            script.statement(history.insertStatement(script, row, false, null));
            if (commitPoints.after(m)) script.commit();
        }
        script.commit();
        return script.text();
    }
}
