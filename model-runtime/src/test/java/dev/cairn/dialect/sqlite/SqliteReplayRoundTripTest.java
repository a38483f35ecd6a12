package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The acceptance round trip on SQLite: replaying each fixture's script gives its hand-built model, and that
 * model rendered and run on a fresh file reads back unchanged. (Without replay, {@link SqliteFixtureRoundTripTest}
 * checks the same fixtures against the engine.)
 */
class SqliteReplayRoundTripTest {
    @TempDir
    Path dir;

    static List<Fixture> fixtures() {
        return SqliteFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void replayGivesTheModelAndItsRenderingReadsBack(Fixture fixture) throws SQLException {
        List<SqlStatement> statements = new StatementSplitter(Engines.of(Dialect.SQLITE).syntax()).split(fixture.name() + ".sql", fixture.script());
        Schema replayed;
        try {
            replayed = new Replayer(Dialect.SQLITE).replay(Schema.EMPTY, statements).schema();
        } catch (SqlProblem e) {
            fail("replay rejected the fixture:\n" + e.getMessage(), e);
            return;
        }
        assertNoDifference("replaying the script gives the hand-built model", fixture.model(), replayed, fixture.script());
        String rendered = Engines.of(Dialect.SQLITE).renderer().render(replayed);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("replayed.db")); Statement s = c.createStatement()) {
            for (SqlStatement statement : new StatementSplitter(Engines.of(Dialect.SQLITE).syntax()).split("rendered.sql", rendered)) s.execute(statement.sql());
            assertNoDifference("the rendered replayed model reads back unchanged", replayed, Engines.of(Dialect.SQLITE).introspector().introspect(c), rendered);
        }
    }

    private static void assertNoDifference(String what, Schema expected, Schema actual, String script) {
        SchemaDifferences diff = SchemaDifferences.between(expected, actual);
        if (!diff.isEmpty()) fail(what + " — it does not:\n  " + diff.toString().replace("\n", "\n  ") + "\n--- script ---\n" + script);
    }

    /** Both invariants ({@link SchemaInvariants}): upgrade then validate is clean; db:schema's output has the script's catalog. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void meetsBothInvariants(Fixture fixture) throws SQLException {
        SchemaInvariants.assertBoth(Dialect.SQLITE, SchemaInvariants.single(fixture.name(), fixture.script()));
    }
}
