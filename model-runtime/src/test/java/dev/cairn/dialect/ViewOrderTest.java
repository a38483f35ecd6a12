package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Column;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testdb.RoundTrip;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views are created after the views they read, whatever their names; PostgreSQL and MariaDB refuse otherwise. */
class ViewOrderTest {

    private static Schema chain(Dialect d) {
        Table t = Table.of("items", List.of(Column.of("id", Engines.of(d).types().parse(d == Dialect.POSTGRESQL ? "integer" : "int"), false),
                        Column.of("name", Engines.of(d).types().parse("varchar(20)"), true)))
                .withPrimaryKey(new PrimaryKey(d == Dialect.POSTGRESQL ? "items_pkey" : "PRIMARY", List.of("id")));
        return Schema.EMPTY.withTable(t)
                .withView(new View("a_view", "SELECT id FROM b_view WHERE name <> 'c_view'", List.of("id"), null))
                .withView(new View("b_view", "SELECT id, name FROM c_view", List.of("id", "name"), null))
                .withView(new View("c_view", "SELECT id, name FROM items", List.of("id", "name"), null))
                .withView(new View("d_view", "SELECT 'a_view' AS label", List.of("label"), null));
    }

    @Test
    void dependenciesFirstTiesByName() {
        List<String> order = AbstractDdlRenderer.viewsInDependencyOrder(chain(Dialect.POSTGRESQL)).stream().map(View::name).toList();
        assertEquals(List.of("c_view", "b_view", "a_view", "d_view"), order);
    }

    @Test
    void aCycleStillRendersEveryView() {
        Schema s = Schema.EMPTY.withView(new View("x", "SELECT * FROM y", List.of(), null)).withView(new View("y", "SELECT * FROM x", List.of(), null));
        assertEquals(List.of("x", "y"), AbstractDdlRenderer.viewsInDependencyOrder(s).stream().map(View::name).toList());
    }

    @Test
    void renderedScriptRunsOnPostgres() throws SQLException {
        String script = Engines.of(Dialect.POSTGRESQL).renderer().render(chain(Dialect.POSTGRESQL));
        assertTrue(script.indexOf("CREATE VIEW c_view") < script.indexOf("CREATE VIEW b_view"), script);
        try (LiveDatabase db = LiveDatabase.postgres()) {
            RoundTrip.assertRoundTrip(db, chain(Dialect.POSTGRESQL));
        }
    }

    @Test
    void renderedScriptRunsOnMariaDb() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            RoundTrip.assertRoundTrip(db, chain(Dialect.MARIADB));
        }
    }
}
