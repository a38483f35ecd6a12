package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The one check every real-world case makes. On a fresh database of the dialect's engine, run the {@code setup}
 * scripts (engine only: they bring the database to the state the script under test expects; Cairn's model of that
 * state is read back by introspection, so a setup script Cairn cannot replay does not hide the script under test).
 * Then run the script on the engine, replay it with Cairn from the introspected start, and require
 * {@code SchemaDifferences.between(replayed, live)} to be empty. When Cairn rejects the script or the models differ, the
 * failure also lists, from a one-by-one run on a second fresh database, every statement Cairn rejects or mis-models.
 */
final class RealWorldAssertions {
    private RealWorldAssertions() {
    }

    interface LiveCheck {
        void check(Schema live) throws Exception;
    }

    static void assertReplayMatchesEngine(Dialect dialect, List<Script> setup, Script script, LiveCheck sanity) throws Exception {
        String what = script + " on " + dialect.id();
        List<SqlStatement> statements = split(dialect, script, what);
        Schema replayed;
        Schema live;
        try (RealWorldDatabase db = prepared(dialect, setup)) {
            Schema start = setup.isEmpty() ? Schema.EMPTY : db.introspect();
            try {
                db.run(script.text());
            } catch (SQLException e) {
                throw new AssertionError("harness: the engine itself rejects " + what + ": " + e.getMessage(), e);
            }
            live = db.introspect();
            sanity.check(live);
            try {
                replayed = db.asStored(Cairn.replay(start, dialect, statements));
            } catch (SqlProblem e) {
                throw new AssertionError("REPLAY REJECTS " + what + " (the engine runs it):\n" + e.getMessage()
                        + "\n" + survey(dialect, setup, statements), e);
            }
        }
        SchemaDifferences diff = SchemaDifferences.between(replayed, live);
        if (!diff.isEmpty())
            fail("MODEL DIFFERS for " + what + ": replayed (expected) vs live (actual):\n  " + diff.toString().replace("\n", "\n  ")
                    + "\n" + survey(dialect, setup, statements));
    }

    /**
     * The engine rejects one statement of {@code script} (a broken published script): Cairn must accept and model
     * every statement before it exactly as the engine did, and reject that same statement.
     */
    static void assertReplayRejectsWhatTheEngineRejects(Dialect dialect, List<Script> setup, Script script) throws Exception {
        String what = script + " on " + dialect.id();
        List<SqlStatement> statements = split(dialect, script, what);
        try (RealWorldDatabase whole = prepared(dialect, setup)) {
            SQLException e = null;
            try {
                whole.run(script.text());
            } catch (SQLException thrown) {
                e = thrown;
            }
            if (e == null) fail("harness: expected the engine to reject a statement of " + what + ", it ran the whole script");
        }
        try (RealWorldDatabase db = prepared(dialect, setup)) {
            Schema model = setup.isEmpty() ? Schema.EMPTY : db.introspect();
            for (SqlStatement s : statements) {
                String engineError = null;
                try {
                    db.runOne(s.sql());
                } catch (SQLException e) {
                    engineError = e.getMessage();
                }
                if (engineError != null) {
                    String because = engineError;
                    Schema before = model;
                    SqlProblem problem;
                    try {
                        Cairn.replay(before, dialect, List.of(s));
                        throw new AssertionError("REPLAY ACCEPTS " + s.position() + " " + oneLine(s.sql()) + "\n  which the engine rejects: " + because);
                    } catch (SqlProblem p) {
                        problem = p;
                    }
                    int lastLine = s.position().line() + (int) s.sql().chars().filter(c -> c == '\n').count();
                    assertTrue(problem.position().line() >= s.position().line() && problem.position().line() <= lastLine,
                            () -> "Cairn rejects the statement the engine rejects (" + s.position() + ") but points elsewhere: " + problem.getMessage());
                    return;
                }
                try {
                    model = Cairn.replay(model, dialect, List.of(s));
                } catch (SqlProblem p) {
                    throw new AssertionError("REPLAY REJECTS a statement the engine runs (" + what + "):\n" + p.getMessage(), p);
                }
                SchemaDifferences diff = SchemaDifferences.between(db.asStored(model), db.introspect());
                if (!diff.isEmpty())
                    fail("MODEL DIFFERS for " + what + " after " + s.position() + " " + oneLine(s.sql()) + ":\n  " + diff.toString().replace("\n", "\n  "));
            }
            fail("harness: run one by one, every statement of " + what + " passes on the engine");
        }
    }

    private static List<SqlStatement> split(Dialect dialect, Script script, String what) {
        try {
            return Cairn.split(dialect, script.fileName(), script.text());
        } catch (SqlProblem e) {
            throw new AssertionError("SPLITTER REJECTS " + what + ":\n" + e.getMessage(), e);
        }
    }

    static RealWorldDatabase prepared(Dialect dialect, List<Script> setup) throws Exception {
        RealWorldDatabase db = RealWorldDatabase.fresh(dialect);
        for (Script s : setup) {
            try {
                db.run(s.text());
            } catch (SQLException e) {
                db.close();
                throw new AssertionError("harness: setup script " + s + " fails on " + dialect.id() + ": " + e.getMessage(), e);
            }
        }
        return db;
    }

    /**
     * Runs and replays the statements one at a time on a second fresh database and lists every statement Cairn
     * rejects or models differently from the engine, in order. After each problem the model is re-read from the
     * engine, so every entry is independent of the ones before it; the first entry is the first problem.
     */
    private static String survey(Dialect dialect, List<Script> setup, List<SqlStatement> statements) {
        StringBuilder out = new StringBuilder("ONE BY ONE (every statement Cairn rejects or mis-models; the model is re-read from the engine after each):");
        int problems = 0;
        try (RealWorldDatabase db = prepared(dialect, setup)) {
            Schema model = setup.isEmpty() ? Schema.EMPTY : db.introspect();
            for (SqlStatement s : statements) {
                try {
                    db.runOne(s.sql());
                } catch (SQLException e) {
                    out.append("\n  - the engine rejects ").append(s.position()).append(" when run alone: ").append(e.getMessage());
                    return out.toString();
                }
                Schema live = db.introspect();
                try {
                    model = Cairn.replay(model, dialect, List.of(s));
                } catch (SqlProblem p) {
                    problems++;
                    out.append("\n  - REJECTS ").append(s.position()).append(" ").append(p.problem()).append(": ").append(oneLine(s.sql()));
                    model = live;
                    continue;
                }
                SchemaDifferences diff = SchemaDifferences.between(db.asStored(model), live);
                if (!diff.isEmpty()) {
                    problems++;
                    out.append("\n  - DIFFERS after ").append(s.position()).append(" ").append(oneLine(s.sql()))
                            .append("\n      ").append(diff.toString().replace("\n", "\n      "));
                    model = live;
                }
            }
            if (problems == 0) out.append("\n  (none: model and engine agree after every statement)");
            return out.toString();
        } catch (Exception | AssertionError e) {
            return out + "\n  (survey stopped: " + e + ")";
        }
    }

    static String oneLine(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
