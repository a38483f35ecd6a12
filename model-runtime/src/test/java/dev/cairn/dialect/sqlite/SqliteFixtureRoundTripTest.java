package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The SQLite fixtures against the real engine, without replay: the migration script run on a fresh file reads back
 * (SqliteIntrospector) as the hand-built model, and the model rendered and run on another fresh file reads back
 * unchanged. {@link SqliteReplayRoundTripTest} adds replay to the same fixtures.
 */
class SqliteFixtureRoundTripTest {
    @TempDir
    Path dir;

    private final AtomicInteger files = new AtomicInteger();

    static List<Fixture> fixtures() {
        return SqliteFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void scriptReadsBackAsTheModel(Fixture fixture) throws SQLException {
        Schema live = runAndIntrospect(fixture.script());
        assertNoDifference("the script run on SQLite reads back as the hand-built model", fixture.model(), live, fixture.script());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void renderedModelReadsBackUnchanged(Fixture fixture) throws SQLException {
        String rendered = Engines.of(Dialect.SQLITE).renderer().render(fixture.model());
        Schema live = runAndIntrospect(rendered);
        assertNoDifference("the rendered model reads back unchanged", fixture.model(), live, rendered);
        assertEquals(rendered, Engines.of(Dialect.SQLITE).renderer().render(live), "rendering what was read gives the same script");
    }

    @Test
    void differencesAreSeen() throws SQLException {
        Fixture microblog = SqliteFixtures.microblog();
        Schema live = runAndIntrospect(microblog.script());
        Schema changed = microblog.model().withTable(microblog.model().table("posts").orElseThrow()
                .mapColumn("body", c -> c.withType(Engines.of(Dialect.SQLITE).types().parse("VARCHAR(141)"))));
        SchemaDifferences diff = SchemaDifferences.between(changed, live);
        assertFalse(diff.isEmpty());
        assertTrue(diff.toString().contains("body"), diff::toString);
    }

    @Test
    void excludedTablesAreLeftOut() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("excluded.db")); Statement s = c.createStatement()) {
            for (SqlStatement statement : split(SqliteFixtures.microblog().script())) s.execute(statement.sql());
            s.execute("CREATE TABLE cairn_history (version INTEGER PRIMARY KEY, description TEXT)");
            Schema all = Engines.of(Dialect.SQLITE).introspector().introspect(c);
            assertTrue(all.table("cairn_history").isPresent());
            Schema migrated = Engines.of(Dialect.SQLITE).introspector().introspect(c, IntrospectionOptions.excluding("CAIRN_HISTORY"));
            assertNoDifference("the history table is left out", SqliteFixtures.microblog().model(), migrated, "");
        }
    }

    private Schema runAndIntrospect(String script) throws SQLException {
        Path file = dir.resolve("db" + files.incrementAndGet() + ".sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (SqlStatement statement : split(script)) {
                try {
                    s.execute(statement.sql());
                } catch (SQLException e) {
                    fail("SQLite rejected " + statement.sql() + ": " + e.getMessage() + "\n--- script ---\n" + script, e);
                }
            }
            return Engines.of(Dialect.SQLITE).introspector().introspect(c);
        }
    }

    private static List<SqlStatement> split(String script) {
        return new StatementSplitter(Engines.of(Dialect.SQLITE).syntax()).split("script.sql", script);
    }

    private static void assertNoDifference(String what, Schema expected, Schema actual, String script) {
        SchemaDifferences diff = SchemaDifferences.between(expected, actual);
        if (!diff.isEmpty()) fail(what + " — it does not:\n  " + diff.toString().replace("\n", "\n  ") + "\n--- script ---\n" + script);
        assertEquals(expected, actual, what);
    }
}
