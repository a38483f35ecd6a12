package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.List;

import static dev.cairn.testdb.ReplayRoundTrip.assertReplayRoundTrip;

/** SQL text → replay → (script and rendered model) on the live PostgreSQL → introspection → the replayed model. */
class PostgresReplayRoundTripTest {

    static List<Fixture> fixtures() {
        return PostgresFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void replayedModelMatchesTheServer(Fixture fixture) throws SQLException {
        assertReplayRoundTrip(fixture, () -> {
            try {
                return LiveDatabase.postgres();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Both invariants ({@link SchemaInvariants}): upgrade then validate is clean; db:schema's output has the script's catalog. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void meetsBothInvariants(Fixture fixture) throws SQLException {
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.single(fixture.name(), fixture.script()));
    }
}
