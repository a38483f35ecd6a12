package dev.cairn.dialect.mysql;

import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.testdb.Fixture;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.List;

import static dev.cairn.testdb.SchemaAssertions.assertSameSchema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hand-written DDL run on the live MariaDB, read back, compared with the model the DDL means. */
class MySqlIntrospectorTest {

    static List<Fixture> fixtures() {
        return MariaDbFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsWhatTheDdlMeans(Fixture fixture) throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            db.execute(fixture.statements());
            assertSameSchema(fixture.model(), db.introspect());
        }
    }

    @Test
    void viewsKeepTheEngineDefinitionText() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            db.execute("CREATE TABLE items (id INT)", "CREATE VIEW v AS SELECT id FROM items");
            assertTrue(db.introspect().view("v").orElseThrow().definition().contains("items"));
        }
    }

    @Test
    void theCurrentDatabaseIsReadByDefaultAndANamedOneOnRequest() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb(); LiveDatabase other = LiveDatabase.mariadb()) {
            db.execute("CREATE TABLE only_here (id INT PRIMARY KEY)");
            assertEquals(List.of("only_here"), names(new MySqlIntrospector(db.namespace()).introspect(other.connection())));
            assertEquals(List.of("only_here"), names(new MySqlIntrospector().introspect(db.connection())));
            assertEquals(List.of(), names(new MySqlIntrospector().introspect(other.connection())));
        }
    }

    @Test
    void excludedTablesAreLeftOut() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            db.execute("CREATE TABLE cairn_history (version BIGINT PRIMARY KEY)", "CREATE TABLE kept (id INT)");
            Schema live = new MySqlIntrospector().introspect(db.connection(), IntrospectionOptions.excluding("CAIRN_HISTORY"));
            assertEquals(List.of("kept"), names(live));
        }
    }

    @Test
    void restrictAndNoActionAreOneBehaviourInInnoDb() {
        assertEquals(ForeignKeyAction.NO_ACTION, MySqlIntrospector.action("RESTRICT"));
        assertEquals(ForeignKeyAction.NO_ACTION, MySqlIntrospector.action("NO ACTION"));
        assertEquals(ForeignKeyAction.SET_NULL, MySqlIntrospector.action("SET NULL"));
        assertEquals(ForeignKeyAction.CASCADE, MySqlIntrospector.action("CASCADE"));
    }

    @Test
    void theAutomaticJsonCheckIsRecognisedOnlyInItsExactForm() {
        assertTrue(MySqlIntrospector.isJsonValidCheck("doc", "json_valid(`doc`)"));
        assertTrue(MySqlIntrospector.isJsonValidCheck("Doc", "(json_valid(`Doc`))"));
        assertFalse(MySqlIntrospector.isJsonValidCheck("doc", "json_valid(`doc`) and 1"));
        assertFalse(MySqlIntrospector.isJsonValidCheck("doc", "json_valid(`other`)"));
    }

    @Test
    void aHandWrittenJsonValidCheckOnATextColumnStaysACheck() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            db.execute("CREATE TABLE t (body TEXT, CONSTRAINT body_is_json CHECK (json_valid(body)))");
            Table t = db.introspect().table("t").orElseThrow();
            assertEquals("text", t.column("body").orElseThrow().type().name());
            assertEquals(1, t.checks().size());
        }
    }

    @Test
    void serverMajorVersion() {
        assertEquals(8, MySqlIntrospector.majorVersion("8.0.36"));
        assertEquals(10, MySqlIntrospector.majorVersion("10.11.19-MariaDB-0+deb12u1"));
        assertEquals(0, MySqlIntrospector.majorVersion(null));
    }

    private static List<String> names(Schema schema) {
        return schema.tables().values().stream().map(Table::name).toList();
    }
}
