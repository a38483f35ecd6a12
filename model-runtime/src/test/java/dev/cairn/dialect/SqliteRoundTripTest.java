package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.dialect.sqlite.SqliteIntrospector;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** model → SqliteRenderer → a fresh SQLite file → SqliteIntrospector gives the same model back. */
class SqliteRoundTripTest {
    @TempDir
    Path dir;

    private Schema roundTrip(Schema model) throws SQLException {
        String script = Engines.of(Dialect.SQLITE).renderer().render(model);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
             Statement s = c.createStatement()) {
            for (String statement : script.split(";\n")) {
                if (statement.isBlank()) continue;
                try {
                    s.execute(statement);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  while running: " + statement, e);
                }
            }
            return new SqliteIntrospector().introspect(c);
        }
    }

    @Test
    void microblogRoundTrips() throws SQLException {
        Schema model = RenderFixtures.microblog(Dialect.SQLITE);
        Schema read = roundTrip(model);
        SchemaDifferences diff = SchemaDifferences.between(model, read);
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals(model, read);
    }

    @Test
    void featuresRoundTrip() throws SQLException {
        Schema model = RenderFixtures.sqliteFeatures();
        Schema read = roundTrip(model);
        SchemaDifferences diff = SchemaDifferences.between(model, read);
        assertTrue(diff.isEmpty(), diff::toString);
        assertEquals(Engines.of(Dialect.SQLITE).renderer().render(model), Engines.of(Dialect.SQLITE).renderer().render(read));
    }

    @Test
    void introspectionLeavesOutInternalTablesAndAutoindexes() throws SQLException {
        Schema read = roundTrip(RenderFixtures.microblog(Dialect.SQLITE));
        assertTrue(read.tables().keySet().stream().noneMatch(n -> n.startsWith("sqlite_")), read.tables().keySet()::toString);
        assertTrue(read.table("users").orElseThrow().indexes().stream().noneMatch(i -> i.name().startsWith("sqlite_autoindex")));
        assertEquals(2, read.table("users").orElseThrow().uniqueConstraints().size());
    }

    @Test
    void readsNamesWrittenInQuotesAndInlineConstraints() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("q.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"Odd Table\" (\"my col\" INTEGER CONSTRAINT pk_odd PRIMARY KEY AUTOINCREMENT, "
                    + "v TEXT CONSTRAINT uq_v UNIQUE CONSTRAINT ck_v CHECK (v <> 'a,b') DEFAULT ('x' || 'y'), "
                    + "r INTEGER CONSTRAINT fk_r REFERENCES \"Odd Table\" ON DELETE SET NULL NOT DEFERRABLE)");
            s.execute("CREATE INDEX [ix odd] ON \"Odd Table\" (v COLLATE NOCASE DESC) WHERE v IS NOT NULL");
            Schema read = new SqliteIntrospector().introspect(c);
            var t = read.table("Odd Table").orElseThrow();
            assertEquals("pk_odd", t.primaryKey().name());
            assertEquals(dev.cairn.schema.Identity.AUTO_INCREMENT, t.column("my col").orElseThrow().identity());
            assertEquals("uq_v", t.uniqueConstraints().get(0).name());
            assertEquals(new dev.cairn.schema.CheckConstraint("ck_v", "v <> 'a,b'"), t.checks().get(0));
            assertEquals("'x' || 'y'", t.column("v").orElseThrow().defaultExpression());
            var fk = t.foreignKeys().get(0);
            assertEquals("fk_r", fk.name());
            assertEquals(java.util.List.of("my col"), fk.referencedColumns());
            assertEquals(dev.cairn.schema.ForeignKeyAction.SET_NULL, fk.onDelete());
            var ix = t.index("ix odd").orElseThrow();
            assertEquals(new dev.cairn.schema.IndexKey("v", null, true), ix.keys().get(0));
            assertEquals("v IS NOT NULL", ix.where());
        }
    }

    @Test
    void aDifferenceIsNoticed() throws SQLException {
        Schema model = RenderFixtures.microblog(Dialect.SQLITE);
        Schema read = roundTrip(model);
        Schema other = model.withTable(model.table("users").orElseThrow().mapColumn("email", c -> c.withNullable(true)));
        SchemaDifferences diff = SchemaDifferences.between(other, read);
        assertTrue(diff.toString().contains("email"), diff::toString);
    }

    @Test
    void readsOptionsTypelessColumnsAndIfNotExists() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("o.db"));
             Statement s = c.createStatement()) {
            s.execute("create table if not exists k (id integer not null primary key desc, note, \"check\" text "
                    + "collate rtrim check (\"check\" != 'x')) without rowid");
            s.execute("CREATE TABLE s (a INT, b TEXT AS (upper(a)) STORED) STRICT");
            Schema read = new SqliteIntrospector().introspect(c);
            var k = read.table("k").orElseThrow();
            assertEquals(java.util.Map.of("without rowid", "true"), k.options());
            assertEquals("", k.column("note").orElseThrow().type().declared().strip());
            assertEquals("rtrim", k.column("check").orElseThrow().collation());
            assertEquals(1, k.checks().size());
            assertEquals(dev.cairn.schema.Identity.NONE, k.column("id").orElseThrow().identity());
            var t = read.table("s").orElseThrow();
            assertEquals(java.util.Map.of("strict", "true"), t.options());
            assertEquals(Engines.of(Dialect.SQLITE).expressions().canonical("upper(a)"), t.column("b").orElseThrow().generatedExpression());
            assertTrue(t.column("b").orElseThrow().generatedStored());
        }
    }
}
