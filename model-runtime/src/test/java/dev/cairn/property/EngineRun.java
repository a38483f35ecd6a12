package dev.cairn.property;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs a generated script on a real engine, statement by statement, straight through JDBC (no Cairn code involved). */
final class EngineRun {
    private EngineRun() {
    }

    static void execute(Connection connection, DdlScript script) {
        int n = 0;
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.statements()) {
                n++;
                statement.execute(sql);
            }
        } catch (SQLException e) {
            // the generator only offers valid steps, so this is a bug of the generator (or of the engine)
            throw new IllegalStateException("The engine rejected generated statement " + n + ": " + e.getMessage()
                    + "\n" + script.listing(), e);
        }
    }
}
