package dev.cairn.testdb;

import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.fail;

/** model → DdlRenderer → the live server → introspection → the same model. */
public final class RoundTrip {
    private RoundTrip() {
    }

    /** Renders {@code model} for the database's dialect, runs the script in it and checks that introspection gives {@code model} back. */
    public static void assertRoundTrip(LiveDatabase db, Schema model) throws SQLException {
        String script = Engines.of(db.dialect()).renderer().render(model);
        try {
            db.runScript(script);
        } catch (SQLException e) {
            fail("the " + db.dialect().id() + " server rejected the rendered script: " + e.getMessage() + "\n--- script ---\n" + script, e);
        }
        SchemaDifferences diff = SchemaDifferences.between(db.asStored(model), db.introspect());
        if (!diff.isEmpty())
            fail("model (expected) ≠ live database after running the rendered script:\n  " + diff.toString().replace("\n", "\n  ")
                    + "\n--- script ---\n" + script);
    }
}
