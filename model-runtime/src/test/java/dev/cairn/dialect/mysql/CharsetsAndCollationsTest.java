package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.diff.ChangePlanner;
import dev.cairn.diff.DiffScript;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Column;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.FreshNamespace;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Issue 14, item 6: MySQL's and MariaDB's table ENGINE, DEFAULT CHARSET and COLLATE and a column's CHARACTER SET and
 * COLLATE are modelled as written; the database's defaults (a table's from its database, a column's from its table, a
 * character set's default collation) are asked of the server where the model meets it, so unchanged defaults are no
 * drift, and db:schema writes what was written, so a fresh database gets the same collations.
 */
class CharsetsAndCollationsTest {

    private static Schema replay(Dialect d, String script) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("t.sql", script)).schema();
    }

    static Stream<Arguments> constructs() {
        return Stream.of(
                arguments("table options and the column forms", """
                        CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(20), b TEXT, c ENUM('x', 'y'), d SET('p', 'q'), e NCHAR(5), f NVARCHAR(10),
                          g NATIONAL VARCHAR(10), h VARCHAR(5) CHARACTER SET latin1, i VARCHAR(5) COLLATE utf8mb4_bin,
                          j VARCHAR(5) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci, k JSON, n INT)
                          ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE utf8mb3_bin;
                        """),
                arguments("defaults written out, aliases, another engine", """
                        CREATE TABLE t1 (id INT PRIMARY KEY, a VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci) ENGINE=innodb DEFAULT CHARSET=utf8mb4;
                        CREATE TABLE t2 (id INT PRIMARY KEY, a VARCHAR(20), b VARCHAR(5) CHARACTER SET utf8) CHARSET=utf8;
                        CREATE TABLE t3 (id INT PRIMARY KEY, a VARCHAR(20) COLLATE utf8_unicode_ci) ENGINE = MyISAM COLLATE = utf8_bin;
                        CREATE TABLE t4 (id INT PRIMARY KEY, a CHAR(3)) DEFAULT CHARACTER SET = latin1, DEFAULT COLLATE = latin1_bin;
                        CREATE TABLE t5 (id INT PRIMARY KEY, a NCHAR(3), b NVARCHAR(4));
                        """),
                arguments("ALTER TABLE options, CONVERT TO and columns added after", """
                        CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(20), b TEXT CHARACTER SET latin1) DEFAULT CHARSET=utf8mb3;
                        ALTER TABLE t DEFAULT CHARSET=latin1;
                        ALTER TABLE t ADD COLUMN c VARCHAR(5);
                        ALTER TABLE t COLLATE=latin1_general_ci, ADD COLUMN d VARCHAR(5);
                        CREATE TABLE u (id INT PRIMARY KEY, a VARCHAR(20), b VARCHAR(5) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin;
                        ALTER TABLE u CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                        ALTER TABLE u ADD COLUMN c VARCHAR(5), ENGINE=MyISAM;
                        CREATE TABLE v (id INT PRIMARY KEY, a VARCHAR(20)) DEFAULT CHARSET=latin1;
                        ALTER TABLE v CONVERT TO CHARACTER SET DEFAULT;
                        ALTER TABLE v ENGINE=InnoDB;
                        ALTER TABLE v MODIFY a VARCHAR(20) CHARACTER SET utf8mb3;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void upgradeThenValidateIsCleanAndDbSchemaGivesTheSameCatalog(String name, String script) throws SQLException {
        SchemaInvariants.assertBoth(Dialect.MARIADB, SchemaInvariants.single(name, script));
    }

    @Test
    void replayKeepsWhatWasWritten() {
        Table t = replay(Dialect.MARIADB, """
                CREATE TABLE t (a VARCHAR(5) CHARACTER SET Latin1 COLLATE latin1_bin, b NCHAR(2), c NATIONAL CHAR VARYING(3), d VARCHAR(4))
                  ENGINE=InnoDB DEFAULT CHARSET=UTF8MB3 COLLATE=utf8mb3_bin
                """).table("t").orElseThrow();
        assertEquals(Map.of(Table.ENGINE, "InnoDB", Table.CHARSET, "utf8mb3", Table.COLLATE, "utf8mb3_bin"), t.options());
        assertEquals("latin1", t.column("a").orElseThrow().charset());
        assertEquals("latin1_bin", t.column("a").orElseThrow().collation());
        assertEquals("utf8mb3", t.column("b").orElseThrow().charset());
        assertEquals("utf8mb3", t.column("c").orElseThrow().charset());
        assertNull(t.column("d").orElseThrow().charset());
        assertNull(replay(Dialect.POSTGRESQL, "CREATE TABLE t (b NCHAR(2))").table("t").orElseThrow().column("b").orElseThrow().charset());
    }

    @Test
    void alterTableDefaultCharsetKeepsTheColumnsAndConvertToChangesThem() {
        Schema s = replay(Dialect.MARIADB, """
                CREATE TABLE t (a VARCHAR(5), b INT, c VARCHAR(5) COLLATE utf8mb3_bin) DEFAULT CHARSET=utf8mb3;
                ALTER TABLE t DEFAULT CHARSET=latin1;
                """);
        Table t = s.table("t").orElseThrow();
        assertEquals(Map.of(Table.CHARSET, "latin1"), t.options());
        assertEquals("utf8mb3", t.column("a").orElseThrow().charset(), "the column keeps the old default");
        assertNull(t.column("b").orElseThrow().charset());
        Table converted = replay(Dialect.MARIADB, """
                CREATE TABLE t (a VARCHAR(5), b INT, c VARCHAR(5) COLLATE utf8mb3_bin) DEFAULT CHARSET=utf8mb3;
                ALTER TABLE t CONVERT TO CHARACTER SET latin1 COLLATE latin1_bin;
                """).table("t").orElseThrow();
        assertEquals(Map.of(Table.CHARSET, "latin1", Table.COLLATE, "latin1_bin"), converted.options());
        assertTrue(converted.columns().stream().allMatch(c -> c.charset() == null && c.collation() == null), converted::toString);
    }

    @Test
    void dbSchemaWritesTheOptionsAndTheColumnCharacterSets() {
        String ddl = Engines.of(Dialect.MARIADB).renderer().render(replay(Dialect.MARIADB,
                "CREATE TABLE t (a NVARCHAR(5), b VARCHAR(5) CHARACTER SET latin1 COLLATE latin1_bin) ENGINE=MyISAM CHARSET=utf8mb3 COLLATE utf8mb3_bin"));
        assertTrue(ddl.contains("a varchar(5) CHARACTER SET utf8mb3 NULL"), ddl);
        assertTrue(ddl.contains("b varchar(5) CHARACTER SET latin1 COLLATE latin1_bin NULL"), ddl);
        assertTrue(ddl.contains(") ENGINE=MyISAM DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin"), ddl);
    }

    static Stream<Arguments> changes() {
        String base = "CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5), b VARCHAR(5) CHARACTER SET latin1) DEFAULT CHARSET=utf8mb3;\n";
        return Stream.of(
                arguments(base, "ALTER TABLE t DEFAULT CHARSET=latin1 COLLATE latin1_bin"),
                arguments(base, "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"),
                arguments(base, "ALTER TABLE t ENGINE=MyISAM"),
                arguments(base, "ALTER TABLE t MODIFY a VARCHAR(5) CHARACTER SET latin1 COLLATE latin1_bin"),
                arguments("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5)) CHARSET=latin1;\n", "ALTER TABLE t CONVERT TO CHARACTER SET DEFAULT"));
    }

    /** db:diff and derived downs: the change rendered both ways replays to the other schema, and runs on the server. */
    @ParameterizedTest
    @MethodSource("changes")
    void aChangeRendersBothWays(String base, String change) throws SQLException {
        Schema before = replay(Dialect.MARIADB, base);
        Schema after = replay(Dialect.MARIADB, base + change);
        assertFalse(SchemaDifferences.between(before, after).isEmpty(), change);
        for (Schema[] pair : List.of(new Schema[] {before, after}, new Schema[] {after, before})) {
            DiffScript script = DiffScript.of(Engines.of(Dialect.MARIADB).changeRenderer(), pair[0], ChangePlanner.between(pair[0], pair[1]));
            Schema from = pair[0] == before ? replay(Dialect.MARIADB, base) : replay(Dialect.MARIADB, base + change);
            String sql = (pair[0] == before ? base : base + change + ";\n") + script.up();
            try (FreshNamespace ns = FreshNamespace.of(Dialect.MARIADB)) {
                ns.runAsEngineClient(sql);
                SchemaDifferences diff = SchemaDifferences.between(ns.asStored(pair[1]), ns.introspect());
                assertTrue(diff.isEmpty(), () -> sql + "\n" + diff);
            }
            assertFalse(from.equals(pair[1]));
        }
    }

    @Test
    void aColumnCollationEqualToTheTablesIsNoDifferenceOnTheServer() throws SQLException {
        Schema s = replay(Dialect.MARIADB, "CREATE TABLE t (a VARCHAR(5) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci) CHARSET=utf8mb3");
        try (FreshNamespace ns = FreshNamespace.of(Dialect.MARIADB)) {
            try (Statement st = ns.connection().createStatement()) {
                st.execute("CREATE TABLE t (a VARCHAR(5)) CHARSET=utf8mb3");
            }
            Column stored = ns.asStored(s).table("t").orElseThrow().column("a").orElseThrow();
            assertNull(stored.collation());
            assertEquals(Map.of(Table.COLLATE, "utf8mb3_general_ci"), ns.asStored(s).table("t").orElseThrow().options());
            assertTrue(SchemaDifferences.between(ns.asStored(s), ns.introspect()).isEmpty());
        }
    }
}
