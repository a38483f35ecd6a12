package dev.cairn.property;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs generated statements on a real engine straight through JDBC (no Cairn code involved). */
final class EngineRun {
    private EngineRun() {
    }

    static void execute(Connection connection, DdlScript script) {
        for (int k = 1; k <= script.statements().size(); k++) execute(connection, script, k);
    }

    /** Runs statement {@code k} (1-based) of the script. */
    static void execute(Connection connection, DdlScript script, int k) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(script.statements().get(k - 1));
        } catch (SQLException e) {
            // the generator only offers steps the engine accepts, so this is a bug of the generator
            throw new GeneratorBug("The " + script.dialect().id() + " engine rejected generated statement " + k + ": "
                    + e.getMessage() + "\n--- script of seed " + script.seed() + " ---\n" + script.listing(), e);
        }
    }

    /** The engine refused a generated statement: the generator, not Cairn, is wrong. */
    static final class GeneratorBug extends IllegalStateException {
        GeneratorBug(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
