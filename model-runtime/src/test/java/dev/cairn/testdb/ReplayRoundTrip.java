package dev.cairn.testdb;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;

import java.sql.SQLException;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The round trip from SQL text: replay the fixture's script into a model, then (1) the model equals the one
 * built by hand, (2) the script itself run on the server reads back as the replayed model, and (3) the replayed model
 * rendered and run in a second fresh namespace reads back as the same model.
 */
public final class ReplayRoundTrip {
    private ReplayRoundTrip() {
    }

    public static void assertReplayRoundTrip(Fixture fixture, Supplier<LiveDatabase> fresh) throws SQLException {
        Schema replayed;
        try (LiveDatabase db = fresh.get()) {
            replayed = replay(db, fixture);
            differences("replaying the script gives the hand-built model", fixture.model(), replayed, fixture.script());
            db.runScript(fixture.script());
            differences("the script run on the server reads back as the replayed model", db.asStored(replayed), db.introspect(), fixture.script());
        }
        try (LiveDatabase db = fresh.get()) {
            String rendered = Engines.of(db.dialect()).renderer().render(replayed);
            try {
                db.runScript(rendered);
            } catch (SQLException e) {
                fail("the server rejected the rendered script: " + e.getMessage() + "\n--- rendered ---\n" + rendered, e);
            }
            differences("the rendered replayed model reads back unchanged", db.asStored(replayed), db.introspect(), rendered);
            differences("the rendered replayed model replays to itself", replayed, replay(db, new Fixture(fixture.name() + " (rendered)",
                    java.util.List.of(rendered), replayed)), rendered);
        }
    }

    private static Schema replay(LiveDatabase db, Fixture fixture) {
        try {
            var statements = new StatementSplitter(Engines.of(db.dialect()).syntax()).split(fixture.name() + ".sql", fixture.script());
            return new Replayer(db.dialect()).replay(Schema.EMPTY, statements).schema();
        } catch (SqlProblem e) {
            return fail("replay rejected the fixture:\n" + e.getMessage(), e);
        }
    }

    private static void differences(String what, Schema expected, Schema actual, String script) {
        SchemaDifferences diff = SchemaDifferences.between(expected, actual);
        if (!diff.isEmpty()) fail(what + " — it does not:\n  " + diff.toString().replace("\n", "\n  ") + "\n--- script ---\n" + script);
    }
}
