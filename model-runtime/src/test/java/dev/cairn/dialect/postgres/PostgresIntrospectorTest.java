package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Identity;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testdb.ModelParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.cairn.testdb.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-written DDL run on the live PostgreSQL, read back, compared with the model the DDL means. */
class PostgresIntrospectorTest {
    private static final ModelParts M = new ModelParts(Dialect.POSTGRESQL);

    static List<Fixture> fixtures() {
        return PostgresFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWhatTheDdlMeans(Fixture fixture) throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute(fixture.statements());
            assertSameSchema(fixture.model(), db.introspect());
        }
    }

    @Test
    void nextvalOfASequenceTheColumnDoesNotOwnStaysADefault() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute("CREATE SEQUENCE shared_seq", "CREATE TABLE t (id INTEGER NOT NULL DEFAULT nextval('shared_seq'))");
            Schema live = db.introspect();
            Column id = live.table("t").orElseThrow().column("id").orElseThrow();
            assertEquals(Identity.NONE, id.identity());
            assertEquals(M.expr("nextval('shared_seq'::regclass)"), id.defaultExpression());
            assertTrue(live.sequence("shared_seq").isPresent(), "a sequence no column owns is part of the schema");
        }
    }

    @Test
    void aSerialOfARenamedTableIsStillASerial() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute("CREATE TABLE old_name (id SERIAL PRIMARY KEY)", "ALTER TABLE old_name RENAME TO new_name");
            Column id = db.introspect().table("new_name").orElseThrow().column("id").orElseThrow();
            assertEquals(Identity.AUTO_INCREMENT, id.identity());
            assertEquals(null, id.defaultExpression());
        }
    }

    @Test
    void enumValuesAddedLaterKeepTheirSortOrder() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute("CREATE TYPE status AS ENUM ('new', 'done')", "ALTER TYPE status ADD VALUE 'started' BEFORE 'done'",
                    "ALTER TYPE status ADD VALUE 'archived'");
            assertEquals(new EnumType("status", List.of("new", "started", "done", "archived"), null),
                    db.introspect().enumType("status").orElseThrow());
        }
    }

    @Test
    void aNamedSchemaOffTheSearchPathIsReadAndTheSearchPathIsRestored() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres(false)) {
            String ns = db.namespace();
            db.execute("CREATE TYPE " + ns + ".color AS ENUM ('red', 'green')",
                    "CREATE TABLE " + ns + ".paints (id SERIAL PRIMARY KEY, color " + ns + ".color DEFAULT 'red', name VARCHAR(30))",
                    "CREATE TABLE " + ns + ".mixes (paint_id INTEGER REFERENCES " + ns + ".paints, part INTEGER CHECK (part > 0))");
            String pathBefore = searchPath(db);
            Schema live = new PostgresIntrospector(ns).introspect(db.connection());
            assertEquals(pathBefore, searchPath(db));
            Table paints = Table.of("paints", List.of(
                            M.notNull("id", "integer").withIdentity(Identity.AUTO_INCREMENT),
                            M.column("color", "color").withDefault(M.expr("'red'")),
                            M.column("name", "varchar(30)")))
                    .withPrimaryKey(new PrimaryKey("paints_pkey", List.of("id")));
            Table mixes = Table.of("mixes", List.of(M.column("paint_id", "integer"), M.column("part", "integer")))
                    .withForeignKeys(List.of(M.foreignKey("mixes_paint_id_fkey", "paint_id", "paints", "id")))
                    .withChecks(List.of(M.check("mixes_part_check", "part > 0")));
            Schema expected = Schema.EMPTY.withTable(paints).withTable(mixes)
                    .withEnumType(new EnumType("color", List.of("red", "green"), null));
            assertSameSchema(expected, live);
            assertTrue(new PostgresIntrospector().introspect(db.connection()).tables().values().stream()
                    .noneMatch(t -> t.name().equals("paints")), "the default reads current_schema(), here public");
        }
    }

    @Test
    void aForeignKeyIntoAnotherSchemaNamesThatSchema() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres(); LiveDatabase other = LiveDatabase.postgres(false)) {
            db.execute("CREATE TABLE " + other.namespace() + ".countries (code CHAR(2) PRIMARY KEY)",
                    "CREATE TABLE cities (name TEXT, country CHAR(2) REFERENCES " + other.namespace() + ".countries)");
            Table cities = db.introspect().table("cities").orElseThrow();
            assertEquals(other.namespace() + ".countries", cities.foreignKeys().get(0).referencedTable());
        }
    }

    @Test
    void excludedTablesAreLeftOut() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute("CREATE TABLE cairn_history (version BIGINT PRIMARY KEY)", "CREATE TABLE kept (id INT)");
            Schema live = new PostgresIntrospector().introspect(db.connection(), IntrospectionOptions.excluding("cairn_history"));
            assertEquals(List.of("kept"), live.tables().values().stream().map(Table::name).toList());
        }
    }

    @Test
    void readsInsideTheCallersTransactionAndLeavesItUsable() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            String pathBefore = searchPath(db);
            db.connection().setAutoCommit(false);
            try {
                db.execute("CREATE TABLE uncommitted (id INTEGER)");
                assertTrue(db.introspect().table("uncommitted").isPresent(), "the transaction's own work is visible");
                db.execute("CREATE TABLE after_reading (id INTEGER)");
                db.connection().rollback();
                assertEquals(pathBefore, searchPath(db));
            } finally {
                db.connection().setAutoCommit(true);
            }
            assertTrue(db.introspect().tables().isEmpty());
        }
    }

    @Test
    void anEmptySearchPathNeedsTheSchemaNamed() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute("CREATE TABLE t (id INTEGER)", "SET search_path = ''");
            SQLException e = assertThrows(SQLException.class, () -> new PostgresIntrospector().introspect(db.connection()));
            assertTrue(e.getMessage().contains("no current schema"), e.getMessage());
            assertTrue(new PostgresIntrospector(db.namespace()).introspect(db.connection()).table("t").isPresent());
            assertEquals("\"\"", searchPath(db));
        }
    }

    @Test
    void aMissingSchemaIsAnError() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            SQLException e = assertThrows(SQLException.class,
                    () -> new PostgresIntrospector(db.namespace() + "_missing").introspect(db.connection()));
            assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        }
    }

    private static String searchPath(LiveDatabase db) throws SQLException {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery("SHOW search_path")) {
            r.next();
            return r.getString(1);
        }
    }
}
