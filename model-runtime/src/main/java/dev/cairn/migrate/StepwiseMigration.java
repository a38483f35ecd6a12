package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SchemaDifferences;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a migration whose statements commit one by one: every migration on MySQL/MariaDB (their DDL commits by itself)
 * and a PostgreSQL file marked {@code -- cairn:no-transaction}. The history row is written first (state running), so a
 * migrator that dies leaves a trace. When a statement fails, the derived inverses of the statements already run are
 * run in reverse order and the row is removed: the database is back where it was. Where that is impossible (a data
 * change the model cannot undo, an inverse the database refuses), the row stays as partial with a note that says what
 * ran and how to recover.
 */
final class StepwiseMigration {
    private final Engine engine;
    private final HistoryTable history;
    private final ConnectionSettings connection;
    private final MigrationLog log;

    StepwiseMigration(MigratorContext context) {
        this.engine = context.engine();
        this.history = context.history();
        this.connection = context.settings().connection();
        this.log = context.log();
    }

    /** Whether {@code m} runs statement by statement rather than in one transaction. */
    static boolean applies(Engine engine, ReplayedMigration m) {
        return engine.migration().ddlCommitsItself() || engine.migration().obeysNoTransactionMarker() && m.file().runsOutsideTransaction();
    }

    /**
     * Applies {@code m} on a connection in auto-commit mode; {@code row} is its history row, written before it runs and
     * naming the holder of the lock, {@code owner}.
     */
    void apply(Connection c, ReplayedMigration m, AppliedMigration row, String owner) throws SQLException {
        history.insertRunning(c, row, owner);
        long start = System.nanoTime();
        StatementRunner.run(c, m.statements(), connection, (stepsRun, failure) -> compensate(c, m, stepsRun, failure));
        history.markApplied(c, m.version(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Undoes the first {@code stepsRun} statements of {@code m} and removes its history row; when that is impossible,
     * marks the row partial. Returns what happened, for the message.
     */
    private String compensate(Connection c, ReplayedMigration m, int stepsRun, String failure) throws SQLException {
        String why = engine.migration().ddlCommitsItself() ? engine.dialect().id() + " commits each DDL statement by itself"
                : m.file().displayName() + " runs outside a transaction (-- cairn:no-transaction)";
        if (stepsRun == 0) {
            history.delete(c, m.version());
            return "  Nothing of " + m.file().displayName() + " had run; the database is unchanged.";
        }
        List<String> ran = m.statements().subList(0, stepsRun).stream().map(s -> s.position() + "  " + s.quoted().strip()).toList();
        DownMigration undo = new DownDerivation(engine.dialect()).ofFirstSteps(m, stepsRun);
        if (!undo.isReversible()) return partial(c, m, failure, ran, undo.irreversible(), List.of());
        List<String> done = new ArrayList<>();
        for (String inverse : undo.statements()) {
            try (Statement st = c.createStatement()) {
                st.execute(inverse);
                done.add(inverse);
            } catch (SQLException e) {
                return partial(c, m, failure, ran, "undoing them failed at " + inverse + ": " + connection.mask(e.getMessage()), done);
            }
        }
        history.delete(c, m.version());
        String report = "  As " + why + ", the " + stepsRun + " statement(s) already run were undone with their derived inverses:\n"
                + "    ran:    " + String.join("\n            ", ran) + "\n"
                + "    undone: " + String.join(";\n            ", undo.statements()) + ";\n"
                + "  The database is back where it was before " + m.file().displayName() + "; fix the file and run db:upgrade again.";
        return report; // part of the failure's message: said once
    }

    private String partial(Connection c, ReplayedMigration m, String failure, List<String> ran, String why, List<String> undone) throws SQLException {
        String note = failure.replace("\n", " ") + ". Statements that ran and stay applied: " + String.join("; ", ran)
                + (undone.isEmpty() ? "" : ". Undone already: " + String.join("; ", undone))
                + ". They cannot be undone automatically: " + why + ". " + recovery(m.version());
        history.markPartial(c, m.version(), note);
        // part of the failure's message, so said once; one fact per line (the history row keeps the note as one line)
        return "  " + m.file().displayName() + " is partially applied, and recorded so in " + history.name() + ".\n"
                + "    ran and still applied: " + String.join("\n                           ", ran) + "\n"
                + (undone.isEmpty() ? "" : "    undone already:        " + String.join("\n                           ", undone) + "\n")
                + "    not undone, because:   " + why.replace("\n", " ") + "\n"
                + "  " + recovery(m.version());
    }

    private String recovery(long version) {
        return "To recover, either undo those statements by hand and run DELETE FROM " + history.name() + " WHERE version = " + version
                + ", or finish the migration by hand and run UPDATE " + history.name() + " SET state = NULL, note = NULL WHERE version = "
                + version + "; then db:validate and db:upgrade";
    }

    /**
     * A migration its migrator left running (it died: the lock it held is gone, see {@link MigrationLock#ownerIsLive}): finds how far it got by comparing the
     * live schema with the schema after each of its statements, undoes that, and removes the row, so the upgrade runs
     * it again. When no point matches or the steps cannot be undone, the row becomes partial and this throws.
     */
    void recover(Connection c, IncompleteMigration row, ReplayedMigration m) throws SQLException {
        if (row.isPartial()) throw new MigrationProblem("Cannot upgrade: " + row.problem());
        if (m == null) {
            String note = "its file is gone, so what it did cannot be worked out. " + recovery(row.version());
            history.markPartial(c, row.version(), note);
            throw new MigrationProblem("Cannot upgrade: version " + row.version() + " (" + row.fileName() + ") was left half-applied: " + note);
        }
        Schema live = engine.introspector().introspect(c, IntrospectionOptions.excluding(history.tablesOfItsOwn()));
        List<Schema> states = new ArrayList<>();
        for (Schema s : statesAfterEachStep(m)) states.add(engine.introspector().asStoredIn(c, s));
        int reached = -1;
        for (int k = states.size() - 1; k >= 0 && reached < 0; k--) if (SchemaDifferences.between(states.get(k), live).isEmpty()) reached = k;
        if (reached < 0) {
            String note = "its migrator stopped and the live schema matches no point of it (against the schema before it:\n    "
                    + SchemaDifferences.between(engine.introspector().asStoredIn(c, m.before()), live).toString().replace("\n", "\n    ") + "). " + recovery(m.version());
            history.markPartial(c, m.version(), note);
            throw new MigrationProblem("Cannot upgrade: " + m.file().displayName() + " was left half-applied: " + note);
        }
        DownMigration undo = new DownDerivation(engine.dialect()).ofFirstSteps(m, reached);
        if (!undo.isReversible()) {
            String note = "its migrator stopped after " + reached + " statement(s), which cannot be undone automatically: "
                    + undo.irreversible() + ". " + recovery(m.version());
            history.markPartial(c, m.version(), note);
            throw new MigrationProblem("Cannot upgrade: " + m.file().displayName() + " was left half-applied: " + note);
        }
        for (String inverse : undo.statements()) {
            try (Statement st = c.createStatement()) {
                st.execute(inverse);
            }
        }
        history.delete(c, m.version());
        log.warn(m.file().displayName() + " was left half-applied by a migrator that stopped after statement " + reached
                + " of " + m.steps().size() + " (as far as the live schema shows); undid that"
                + (undo.statements().isEmpty() ? "" : ": " + String.join("; ", undo.statements())) + "; it runs again now");
    }

    private static List<Schema> statesAfterEachStep(ReplayedMigration m) {
        List<Schema> out = new ArrayList<>();
        Schema s = m.before();
        out.add(s);
        for (ReplayStep step : m.steps()) {
            for (SchemaChange change : step.changes()) s = change.applyTo(s);
            out.add(s);
        }
        return out;
    }
}
