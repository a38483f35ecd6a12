package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 1: SQLite takes a string literal where a name must stand ({@code CREATE TABLE 'tiles'},
 * {@code FOREIGN KEY ('table_name') REFERENCES other('table_name')}, {@code CREATE INDEX 'ix' ON 't'('c')}), and a
 * string as a key of an index, PRIMARY KEY or UNIQUE for a column; so does Cairn's replay, and db:schema writes the
 * names as names. Elsewhere a string is no name.
 */
class StringsAsNamesTest {
    /** Shaped like the GeoPackage scripts the issue found (gpkg_contents, gpkg_tile_matrix). */
    private static final String SCRIPT = """
            CREATE TABLE 'gpkg_contents' ('table_name' TEXT NOT NULL PRIMARY KEY, 'data_type' TEXT NOT NULL,
              identifier TEXT UNIQUE, 'last_change' DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')));
            CREATE TABLE 'tiles' (id INTEGER PRIMARY KEY AUTOINCREMENT, 'zoom_level' INTEGER NOT NULL, 'tile_column' INTEGER NOT NULL,
              tile_data BLOB NOT NULL, UNIQUE ('zoom_level', 'tile_column'));
            CREATE TABLE gpkg_tile_matrix (table_name TEXT NOT NULL, zoom_level INTEGER NOT NULL,
              CONSTRAINT 'pk_ttm' PRIMARY KEY ('table_name', 'zoom_level'),
              CONSTRAINT fk_tmm_table_name FOREIGN KEY ('table_name') REFERENCES gpkg_contents('table_name'));
            CREATE INDEX 'ix_tiles' ON 'tiles'('tile_column' DESC, 'zoom_level');
            CREATE VIEW 'v_tiles' AS SELECT id, zoom_level FROM tiles;
            ALTER TABLE 'tiles' ADD COLUMN 'note' TEXT DEFAULT 'none';
            ALTER TABLE 'tiles' RENAME COLUMN 'note' TO 'remark';
            """;

    private static Schema replay(Dialect d, String script) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("t.sql", script)).schema();
    }

    @Test
    void replayReadsTheStringsAsNames() {
        Schema s = replay(Dialect.SQLITE, SCRIPT);
        Table tiles = s.table("tiles").orElseThrow();
        assertEquals(List.of("id", "zoom_level", "tile_column", "tile_data", "remark"), tiles.columnNames());
        assertEquals("'none'", tiles.column("remark").orElseThrow().defaultExpression(), "a default stays a string");
        assertEquals(List.of(new IndexKey("tile_column", null, true), IndexKey.column("zoom_level")), tiles.index("ix_tiles").orElseThrow().keys());
        assertEquals(List.of("zoom_level", "tile_column"), tiles.uniqueConstraints().get(0).columns());
        ForeignKey fk = s.table("gpkg_tile_matrix").orElseThrow().foreignKeys().get(0);
        assertEquals(List.of("table_name"), fk.columns());
        assertEquals("gpkg_contents", fk.referencedTable());
        assertEquals(List.of("table_name"), fk.referencedColumns());
        assertEquals(List.of("table_name", "zoom_level"), s.table("gpkg_tile_matrix").orElseThrow().primaryKey().columns());
        assertTrue(s.views().containsKey("v_tiles"), s.views().keySet()::toString);
        String ddl = Engines.of(Dialect.SQLITE).renderer().render(s);
        assertTrue(ddl.contains("CREATE TABLE gpkg_contents (") && !ddl.contains("'tiles'"), ddl);
    }

    @Test
    void upgradeThenValidateIsCleanAndDbSchemaGivesTheSameCatalog() throws SQLException {
        SchemaInvariants.assertBoth(Dialect.SQLITE, SchemaInvariants.single("strings as names", SCRIPT));
    }

    @Test
    void postgresAndMariaDbTakeNoStringForAName() {
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.MARIADB)) {
            SqlProblem p = assertThrows(SqlProblem.class, () -> replay(d, "CREATE TABLE 'tiles' (id INT)"));
            assertTrue(p.getMessage().contains("t.sql:1:14"), p.getMessage());
        }
    }
}
