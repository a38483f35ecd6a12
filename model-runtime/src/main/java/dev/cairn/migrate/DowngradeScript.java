package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.List;
import java.util.Map;

/**
 * The SQL a downgrade would run, as a file for the engine's own client ({@link ClientScript}): the downs written after
 * their migration was applied stored first, then each stored down with the removal of its history row, one
 * transaction each as {@link Downgrade} runs them (where {@link StepwiseDown} applies: the row marked reverting first,
 * then each statement committed with the count of those run, so that db:downgrade finishes a file stopped half-way).
 */
final class DowngradeScript {
    private final MigratorContext context;

    DowngradeScript(MigratorContext context) {
        this.context = context;
    }

    String of(long current, long goal, List<AppliedMigration> toRevert, Map<Long, String> rewrittenDowns) {
        Engine engine = context.engine();
        HistoryTable history = context.history();
        ClientScript script = new ClientScript(engine, "Cairn downgrade from version " + current + " to " + goal + " (" + engine.dialect().id()
                + "), written by db:downgrade -Ddb.dryRunOutput\nRun it with: " + engine.clientScript().runWith() + "\nThen db:validate checks the result.");
        script.enterNamespace(engine, context.settings().schema());
        if (!rewrittenDowns.isEmpty()) {
            script.begin();
            for (Map.Entry<Long, String> d : rewrittenDowns.entrySet()) {
                script.comment("version " + d.getKey() + ": its -- migrate:down part was written or changed after it was applied");
                script.statement(history.updateDownStatement(script, d.getKey(), d.getValue()));
            }
            script.commit();
        }
        StatementSplitter splitter = new StatementSplitter(engine.syntax());
        for (AppliedMigration a : toRevert) {
            String downSql = a.downSql() == null ? "" : a.downSql(); // null: skipped on request (db.skipDownOf)
            if (engine.migration().rebuildRestoresTriggers() && RebuildMarker.in(downSql)) {
                throw new MigrationProblem("Cannot write the downgrade as a file: the down of version " + a.version() + " (" + a.fileName()
                        + ") rebuilds tables (" + RebuildMarker.LINE + "), which the migrator runs with foreign keys off, re-creating the"
                        + " triggers the rebuild drops; run db:downgrade instead");
            }
            script.comment("");
            script.comment("down of version " + a.version() + ": " + a.fileName() + (a.downSql() == null ? " (skipped: it has no down; its changes stay)" : ""));
            List<SqlStatement> down = splitter.split("down of " + a.fileName(), downSql);
            if (StepwiseDown.applies(engine)) {
                // as StepwiseDown: the row reverting, then each statement committed with the count of those run
                script.statement(history.markRevertingStatement(a.version()));
                for (int k = 0; k < down.size(); k++) {
                    script.inOwnTransaction(List.of(down.get(k).sql(), history.revertingProgressStatement(script, a.version(), new DownProgress(k + 1, down.size()))));
                }
            } else {
                script.begin();
                for (SqlStatement s : down) script.statement(s.sql());
            }
            script.statement(history.deleteStatement(a.version()));
            script.commit();
        }
        return script.text();
    }
}
