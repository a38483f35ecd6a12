package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.dialect.mysql.MySqlIntrospector;
import dev.cairn.dialect.postgres.PostgresIntrospector;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** model → renderer → the live PostgreSQL / MariaDB → the dialect's introspector gives the same model back. */
class LiveRoundTripTest {

    private static void assertRoundTrip(Dialect dialect, Schema model, SchemaIntrospector introspector) throws Exception {
        try (LiveDatabase db = LiveDatabase.of(dialect)) {
            db.execute(Arrays.asList(Engines.of(dialect).renderer().render(model).split(";\n")));
            Schema read = introspector.introspect(db.connection());
            SchemaDifferences diff = SchemaDifferences.between(introspector.asStoredIn(db.connection(), model), read);
            assertTrue(diff.isEmpty(), diff::toString);
        }
    }

    @Test
    void microblogOnPostgres() throws Exception {
        assertRoundTrip(Dialect.POSTGRESQL, RenderFixtures.microblog(Dialect.POSTGRESQL), new PostgresIntrospector());
    }

    @Test
    void microblogOnMariaDb() throws Exception {
        assertRoundTrip(Dialect.MARIADB, RenderFixtures.microblog(Dialect.MARIADB), new MySqlIntrospector());
    }

    @Test
    void featuresOnPostgres() throws Exception {
        assertRoundTrip(Dialect.POSTGRESQL, RenderFixtures.postgresFeatures(), new PostgresIntrospector());
    }

    @Test
    void featuresOnMariaDb() throws Exception {
        assertRoundTrip(Dialect.MARIADB, RenderFixtures.mariaDbFeatures(), new MySqlIntrospector());
    }
}
