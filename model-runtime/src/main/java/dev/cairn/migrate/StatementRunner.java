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

    static void run(Connection c, List<SqlStatement> statements, ConnectionSettings settings) {
        for (SqlStatement s : statements) {
            try (Statement st = c.createStatement()) {
                st.execute(s.sql());
            } catch (SQLException e) {
                throw new MigrationProblem(s.position() + ": the database refused the statement: " + settings.mask(e.getMessage())
                        + "\n    " + s.quoted(), e);
            }
        }
    }
}
