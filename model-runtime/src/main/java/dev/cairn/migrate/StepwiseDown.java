package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.Replayer;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the down of a migration on MySQL/MariaDB, whose DDL commits by itself: statement by statement. When one fails,
 * the statements already run are redone (their derived inverses, from the schema model at that version, in reverse
 * order), so the database is back at the version it was at; where that is impossible (no model of that version, a data
 * change the model cannot redo, an inverse the database refuses), the history row becomes partial with a note saying
 * what ran and how to recover, and status, validate and upgrade say so until it is resolved.
 */
final class StepwiseDown {
    private final Engine engine;
    private final HistoryTable history;
    private final ConnectionSettings connection;
    private final MigrationLog log;

    StepwiseDown(MigratorContext context) {
        this.engine = context.engine();
        this.history = context.history();
        this.connection = context.settings().connection();
        this.log = context.log();
    }

    /** Whether downs run statement by statement here rather than in one transaction. */
    static boolean applies(Engine engine) {
        return engine.migration().ddlCommitsItself();
    }

    /**
     * Runs {@code down}, the stored down of {@code a}.
     *
     * @param model the migration as the files replay it (the schema at its version), or null when they do not
     */
    void run(Connection c, AppliedMigration a, List<SqlStatement> down, ReplayedMigration model) throws SQLException {
        // a migrator that dies half-way leaves the row reverting, so the next one finishes the down (see finish)
        history.markReverting(c, a.version());
        if (!c.getAutoCommit()) c.commit();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // each statement commits together with its count (a DDL statement commits itself first)
        try {
            StatementRunner.run(c, down, connection, (stepsRun, failure) -> compensate(c, a, down, stepsRun, model, failure), ran -> {
                history.markRevertingProgress(c, a.version(), new DownProgress(ran, down.size()));
                c.commit();
            });
        } finally {
            restoreAutoCommit(c, autoCommit);
        }
    }

    /** Puts the connection back in the commit mode it had; a connection that is gone keeps the failure that ended it. */
    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            if (!c.isClosed() && c.getAutoCommit() != autoCommit) c.setAutoCommit(autoCommit);
        } catch (SQLException lost) {
            // the statement's own failure (thrown on) says what happened
        }
    }

    /**
     * A down its migrator left reverting (it died: the lock it held is gone): finds how far it got by comparing the live
     * schema with the schema after each statement of the stored down, replayed from the schema at its version, and runs
     * the rest of it from the first point that matches at or after the statements its row counts as run (so a data
     * change of the down, which leaves the schema as it was, does not run twice; see {@link DownProgress}), then
     * removes the row; an upgrade then applies the migration again, a downgrade goes on from the version below. When the files do not replay, the down does not, or no point matches,
     * the row becomes partial and this throws, naming {@code command} (upgrade, downgrade) as what cannot go on.
     */
    void finish(Connection c, IncompleteMigration row, ReplayedMigration model, String command) throws SQLException {
        String downSql = history.storedDown(c, row.version());
        List<SqlStatement> down = new dev.cairn.sql.StatementSplitter(engine.syntax()).split("down of " + row.fileName(), downSql == null ? "" : downSql);
        String cannot = model == null ? "its file is gone or does not replay, so the schema at version " + row.version() + " is unknown" : null;
        int from = -1;
        if (cannot == null) {
            try {
                ReplayResult replayed = new Replayer(engine.dialect()).replay(model.after(), down);
                List<dev.cairn.schema.Schema> states = new ArrayList<>();
                dev.cairn.schema.Schema s = model.after();
                states.add(s);
                for (var step : replayed.steps()) {
                    for (var change : step.changes()) s = change.applyTo(s);
                    states.add(s);
                }
                dev.cairn.schema.Schema live = engine.introspector().introspect(c, dev.cairn.dialect.IntrospectionOptions.excluding(history.name()));
                // a data statement leaves the schema as it was: resume after the statements the row counts as run
                for (int k = Math.min(DownProgress.ranOf(row.note()), states.size() - 1); k < states.size() && from < 0; k++) {
                    if (dev.cairn.schema.SchemaDifferences.between(engine.introspector().asStoredIn(c, states.get(k)), live).isEmpty()) from = k;
                }
                if (from < 0) cannot = "the live schema matches no point of its down";
            } catch (SqlProblem p) {
                cannot = "its stored down does not replay on the schema at version " + row.version() + ": " + p.getMessage();
            }
        }
        if (cannot != null) {
            String note = "its down's migrator stopped, and the rest of the down cannot be worked out: " + cannot + ". To recover, either finish "
                    + "the down by hand and run DELETE FROM " + history.name() + " WHERE version = " + row.version() + ", or redo what it undid and "
                    + "run UPDATE " + history.name() + " SET state = NULL, note = NULL WHERE version = " + row.version() + "; then db:validate";
            history.markPartial(c, row.version(), note);
            throw new MigrationProblem("Cannot " + command + ": version " + row.version() + " (" + row.fileName() + ") was left half-reverted: " + note);
        }
        List<SqlStatement> rest = down.subList(from, down.size());
        StatementRunner.run(c, rest, connection);
        history.delete(c, row.version());
        log.warn("The down of " + row.fileName() + " was left half-run by a migrator that stopped after statement " + from + " of " + down.size()
                + " (as far as the live schema shows); finished it" + (rest.isEmpty() ? "" : ": " + String.join("; ",
                rest.stream().map(SqlStatement::quoted).toList())) + "; version " + row.version() + " is reverted");
    }

    /** Redoes the first {@code stepsRun} statements of the down; when that is impossible, marks the row partial. */
    private String compensate(Connection c, AppliedMigration a, List<SqlStatement> down, int stepsRun, ReplayedMigration model,
                              String failure) throws SQLException {
        if (stepsRun == 0) {
            history.markNotReverting(c, a.version());
            if (!c.getAutoCommit()) c.commit(); // kept when the failure rolls the transaction back
            return "  Nothing of the down of " + a.fileName() + " had run; the database is unchanged, still at version " + a.version() + ".";
        }
        List<String> ran = down.subList(0, stepsRun).stream().map(s -> s.position() + "  " + s.quoted().strip()).toList();
        String cannot = model == null ? "the migration files do not replay as they were applied (gone, edited or broken), so the schema at "
                + "version " + a.version() + " is unknown" : null;
        DownMigration redo = null;
        if (cannot == null) {
            try {
                ReplayResult asRun = new Replayer(engine.dialect()).replay(model.after(), down.subList(0, stepsRun)); // the rest did not run
                redo = new DownDerivation(engine.dialect()).ofFirstSteps(new ReplayedMigration(model.file(), asRun.steps(), model.after(),
                        asRun.schema()), stepsRun);
                // the derivation's advice is for an up part; here it is the stored down that has no inverse
                if (!redo.isReversible()) cannot = redo.irreversible().replaceFirst("cannot be undone from the schema model.*",
                        "cannot be redone from the schema model");
            } catch (SqlProblem p) {
                cannot = "the down does not replay on the schema at version " + a.version() + ": " + p.getMessage();
            }
        }
        if (cannot != null) return partial(c, a, failure, ran, cannot, List.of());
        List<String> done = new ArrayList<>();
        for (String inverse : redo.statements()) {
            try (Statement st = c.createStatement()) {
                st.execute(inverse);
                done.add(inverse);
            } catch (SQLException e) {
                return partial(c, a, failure, ran, "redoing them failed at " + inverse + ": " + connection.mask(e.getMessage()), done);
            }
        }
        history.markNotReverting(c, a.version());
        if (!c.getAutoCommit()) c.commit(); // kept when the failure rolls the transaction back
        String report = "  As " + engine.dialect().id() + " commits each DDL statement by itself, the " + stepsRun + " statement(s) of the down "
                + "already run were redone with their derived inverses:\n"
                + "    ran:    " + String.join("\n            ", ran) + "\n"
                + "    redone: " + String.join(";\n            ", redo.statements()) + ";\n"
                + "  The database is back at version " + a.version() + ". Correct the -- migrate:down part of " + a.fileName()
                + " (write one if it has none: the corrected part replaces the down stored in " + history.name()
                + " at the next run) and run db:downgrade again.";
        log.warn("The down of " + a.fileName() + " failed; " + report.strip());
        return report;
    }

    private String partial(Connection c, AppliedMigration a, String failure, List<String> ran, String why, List<String> redone)
            throws SQLException {
        String note = "its down failed: " + failure.replace("\n", " ") + ". Statements of the down that ran and stay run: " + String.join("; ", ran)
                + (redone.isEmpty() ? "" : ". Redone already: " + String.join("; ", redone))
                + ". They cannot be redone automatically: " + why + ". To recover, either finish the down by hand and run DELETE FROM "
                + history.name() + " WHERE version = " + a.version() + ", or redo those statements by hand and run UPDATE " + history.name()
                + " SET state = NULL, note = NULL WHERE version = " + a.version() + "; then db:validate";
        history.markPartial(c, a.version(), note);
        if (!c.getAutoCommit()) c.commit(); // the DDL committed itself; the note must stay too
        log.warn("Version " + a.version() + " (" + a.fileName() + ") is partially reverted: " + note);
        return "  Version " + a.version() + " (" + a.fileName() + ") is partially reverted and recorded so in " + history.name() + ": " + note;
    }
}
