package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testdb.RoundTrip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Names the engines reserve (each its own list, see {@link Keywords}), names with odd characters or case, and
 * quoted PostgreSQL type names: rendered, run on the real engine and read back unchanged.
 */
class RendererQuotingTest {
    @TempDir
    Path dir;

    private static Column column(Dialect d, String name, String type) {
        return Column.of(name, Engines.of(d).types().parse(type), true);
    }

    @Test
    void sqliteQuotesItsOwnKeywordsOnly() throws SQLException {
        Dialect d = Dialect.SQLITE;
        Table t = Table.of("order", List.of(column(d, "nothing", "INTEGER"), column(d, "select", "TEXT"), column(d, "key", "TEXT"),
                        column(d, "action", "TEXT"), column(d, "Odd Name", "TEXT")))
                .withPrimaryKey(new PrimaryKey(null, List.of("nothing")))
                .withChecks(List.of(new CheckConstraint("check", Engines.of(d).expressions().canonical("\"nothing\" > 0 AND \"select\" <> ''"))))
                .withIndexes(List.of(new Index("index", false, List.of(IndexKey.column("select"), IndexKey.column("Odd Name")), null, null)));
        Schema model = Schema.EMPTY.withTable(t);
        String script = Engines.of(d).renderer().render(model);
        assertTrue(script.contains("\"nothing\" INTEGER"), script);
        assertTrue(script.contains(" key TEXT"), "key needs no quotes in SQLite:\n" + script);
        assertTrue(script.contains(" action TEXT"), script);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("q.db")); Statement s = c.createStatement()) {
            for (String statement : script.split(";\n")) {
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    fail("SQLite rejected " + statement + ": " + e.getMessage());
                }
            }
            assertNoDifference(Engines.of(d).introspector().asStoredIn(c, model), Engines.of(d).introspector().introspect(c), script);
        }
    }

    @Test
    void postgresQuotesKeywordsCaseAndTypeNames() throws SQLException {
        Dialect d = Dialect.POSTGRESQL;
        Table t = Table.of("user", List.of(Column.of("order", Engines.of(d).types().parse("integer"), false), column(d, "timestamp", "timestamp"),
                        column(d, "Mixed", "text"), column(d, "mood", "\"Mood\""), column(d, "moods", "\"Mood\"[]"), column(d, "kind", "\"order\""),
                        column(d, "at", "timestamp(3) with time zone"), column(d, "key", "text")))
                .withPrimaryKey(new PrimaryKey("user_pkey", List.of("order")))
                .withUniqueConstraints(List.of(new UniqueConstraint("user_Mixed_key", List.of("Mixed"))))
                .withChecks(List.of(new CheckConstraint("check", Engines.of(d).expressions().canonical("\"order\" > 0 AND \"Mixed\" <> ''"))))
                .withIndexes(List.of(new Index("select", false, List.of(IndexKey.column("timestamp"), IndexKey.column("key")), null, null)));
        Schema model = Schema.EMPTY.withTable(t)
                .withEnumType(new EnumType("Mood", List.of("happy", "sad"), null))
                .withEnumType(new EnumType("order", List.of("admin"), null));
        String script = Engines.of(d).renderer().render(model);
        assertTrue(script.contains("\"Mood\"[]"), script);
        assertFalse(script.contains("\"\"\""), script);
        try (LiveDatabase db = LiveDatabase.postgres()) {
            RoundTrip.assertRoundTrip(db, model);
        }
    }

    @Test
    void mariaDbQuotesItsReservedWords() throws SQLException {
        Dialect d = Dialect.MARIADB;
        Table t = Table.of("order", List.of(Column.of("key", Engines.of(d).types().parse("int"), false), column(d, "range", "int"),
                        column(d, "interval", "varchar(10)"), column(d, "rank", "int"), column(d, "status", "int"), column(d, "Odd Name", "int")))
                .withPrimaryKey(new PrimaryKey("PRIMARY", List.of("key")))
                .withUniqueConstraints(List.of(new UniqueConstraint("desc", List.of("range"))))
                .withChecks(List.of(new CheckConstraint("check", Engines.of(d).expressions().canonical("`range` > 0 AND `interval` <> ''"))))
                .withIndexes(List.of(new Index("index", false, List.of(IndexKey.column("rank"), IndexKey.column("Odd Name")), null, null)));
        Schema model = Schema.EMPTY.withTable(t);
        String script = Engines.of(d).renderer().render(model);
        assertTrue(script.contains("`status` int") || script.contains(" status int"), script);
        assertTrue(script.contains(" status int"), "status is not reserved:\n" + script);
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            RoundTrip.assertRoundTrip(db, model);
        }
    }

    @Test
    void everyDialectQuotesWhatItsEngineReserves() {
        assertTrue(Engines.of(Dialect.SQLITE).keywords().isReserved("nothing"));
        assertFalse(Engines.of(Dialect.SQLITE).keywords().isReserved("key"));
        assertTrue(Engines.of(Dialect.POSTGRESQL).keywords().isReserved("user"));
        assertFalse(Engines.of(Dialect.POSTGRESQL).keywords().isReserved("timestamp"));
        assertTrue(Engines.of(Dialect.MARIADB).keywords().isReserved("KEY"));
        assertFalse(Engines.of(Dialect.MARIADB).keywords().isReserved("rank"));
        assertTrue(Engines.of(Dialect.MYSQL).keywords().isReserved("rank"));
        assertEquals("\"Mixed\"", Engines.of(Dialect.POSTGRESQL).renderer().quote("Mixed"));
        assertEquals("Mixed", Engines.of(Dialect.SQLITE).renderer().quote("Mixed"));
        assertEquals("`my col`", Engines.of(Dialect.MARIADB).renderer().quote("my col"));
        assertEquals("\"a\"\"b\"", Engines.of(Dialect.SQLITE).renderer().quote("a\"b"));
    }

    private static void assertNoDifference(Schema expected, Schema actual, String script) {
        SchemaDifferences diff = SchemaDifferences.between(expected, actual);
        if (!diff.isEmpty()) fail("model ≠ database:\n  " + diff.toString().replace("\n", "\n  ") + "\n--- script ---\n" + script);
    }
}
