package dev.cairn.migrate;

import dev.cairn.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.Statement;
import java.util.List;

/** Runs statements one by one; a failure names the statement's file:line:column and quotes it with the engine's error. */
final class StatementRunner {
    /** What to do about a statement the database refused, the last line of its message. */
    static final String FIX = "correct the statement (or the rows it meets) and run again";

    private StatementRunner() {
    }

    /** What to do when a statement fails after others ran and committed: returns what it did, for the message. */
    @FunctionalInterface
    interface Compensation {
        String after(int statementsRun, String failure) throws SQLException;
    }

    /** Told after each statement that ran, on the statement's transaction (before it commits, where there is one). */
    @FunctionalInterface
    interface Progress {
        void ran(int statementsRun) throws SQLException;
    }

    static void run(Connection c, List<SqlStatement> statements, ConnectionSettings settings) throws SQLException {
        run(c, statements, settings, null);
    }

    static void run(Connection c, List<SqlStatement> statements, ConnectionSettings settings, Compensation compensation) throws SQLException {
        run(c, statements, settings, compensation, null);
    }

    /**
     * As {@link #run(Connection, List, ConnectionSettings)}; when a statement fails, {@code compensation} (if any) is
     * told how many ran before it, and what it reports follows the failure in the message; {@code progress} (if any) is
     * told after each statement that ran.
     */
    static void run(Connection c, List<SqlStatement> statements, ConnectionSettings settings, Compensation compensation,
                    Progress progress) throws SQLException {
        for (int k = 0; k < statements.size(); k++) {
            SqlStatement s = statements.get(k);
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
                if (progress != null) progress.ran(k + 1);
            } catch (SQLException e) {
                if (connectionLost(c, e)) {
                    throw new MigrationProblem(s.position() + ": the connection to the database was lost while this statement ran ("
                            + settings.mask(e.getMessage()) + "): the server, or the cluster node it reached, went away.\n    " + s.quoted() + "\n  "
                            + (compensation == null ? "The transaction ends with the connection: the server rolls it back."
                            : "Whether it took effect is unknown, and nothing could be undone from here. The migration stays recorded as running; "
                            + "the next db:upgrade (through a server that is up) waits until this migrator's lock is gone, finds how far it "
                            + "got, undoes that and applies it again."), e);
                }
                String failure = s.position() + ": the database refused the statement: " + settings.mask(e.getMessage()) + "\n    " + s.quoted()
                        + "\n  " + FIX;
                throw new MigrationProblem(compensation == null ? failure : failure + "\n" + compensation.after(k, failure), e);
            }
        }
    }

    /** Whether {@code e} ended the connection (SQLState class 08, or the connection is gone), so nothing more can run on it. */
    static boolean connectionLost(Connection c, SQLException e) {
        if (e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) return true;
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) return true;
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException other) {
            return true;
        }
    }
}
