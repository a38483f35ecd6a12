package dev.cairn.migrate;

import dev.cairn.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs statements one by one; a failure names the statement's file:line:column and quotes it with the engine's error. */
final class StatementRunner {
    private StatementRunner() {
    }

    /** What to do when a statement fails after others ran and committed: returns what it did, for the message. */
    @FunctionalInterface
    interface Compensation {
        String after(int statementsRun, String failure) throws SQLException;
    }

    static void run(Connection c, List<SqlStatement> statements, ConnectionSettings settings) throws SQLException {
        run(c, statements, settings, null);
    }

    /**
     * As {@link #run(Connection, List, ConnectionSettings)}; when a statement fails, {@code compensation} (if any) is
     * told how many ran before it, and what it reports follows the failure in the message.
     */
    static void run(Connection c, List<SqlStatement> statements, ConnectionSettings settings, Compensation compensation)
            throws SQLException {
        for (int k = 0; k < statements.size(); k++) {
            SqlStatement s = statements.get(k);
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
            } catch (SQLException e) {
                String failure = s.position() + ": the database refused the statement: " + settings.mask(e.getMessage()) + "\n    " + s.quoted();
                throw new MigrationProblem(compensation == null ? failure : failure + "\n" + compensation.after(k, failure), e);
            }
        }
    }
}
