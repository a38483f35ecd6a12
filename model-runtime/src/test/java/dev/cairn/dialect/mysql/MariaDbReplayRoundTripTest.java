package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.List;

import static dev.cairn.testdb.ReplayRoundTrip.assertReplayRoundTrip;

/** SQL text → replay → (script and rendered model) on the live MariaDB → introspection → the replayed model. */
class MariaDbReplayRoundTripTest {

    static List<Fixture> fixtures() {
        return MariaDbFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void replayedModelMatchesTheServer(Fixture fixture) throws SQLException {
        assertReplayRoundTrip(fixture, () -> {
            try {
                return LiveDatabase.mariadb();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Both invariants ({@link SchemaInvariants}): upgrade then validate is clean; db:schema's output has the script's catalog. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void meetsBothInvariants(Fixture fixture) throws SQLException {
        SchemaInvariants.assertBoth(Dialect.MARIADB, SchemaInvariants.single(fixture.name(), fixture.script()));
    }
}
