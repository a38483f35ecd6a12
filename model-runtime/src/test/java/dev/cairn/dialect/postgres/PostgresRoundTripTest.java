package dev.cairn.dialect.postgres;

import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.List;

import static dev.cairn.testdb.RoundTrip.assertRoundTrip;

/** Each fixture's model, rendered as PostgreSQL DDL and run on the live server, reads back as the same model. */
class PostgresRoundTripTest {

    static List<Fixture> fixtures() {
        return PostgresFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void renderedModelReadsBackUnchanged(Fixture fixture) throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            assertRoundTrip(db, fixture.model());
        }
    }
}
