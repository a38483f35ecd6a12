package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.diff.ChangePlanner;
import dev.cairn.diff.DiffScript;
import dev.cairn.replay.Replayer;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * MySQL's and MariaDB's {@code ROW_FORMAT} table option, where a CREATE or ALTER TABLE writes one: replayed, rendered by
 * db:schema, diffed both ways (so a derived down restores the previous one) and read back from
 * {@code information_schema.TABLES.CREATE_OPTIONS}, which lists only a row format written, so a table left to the
 * engine's default is no drift. On the MariaDB server.
 */
class RowFormatTest {

    private static Schema replay(Dialect d, String script) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("t.sql", script)).schema();
    }

    static Stream<Arguments> constructs() {
        return Stream.of(
                arguments("each row format, as CREATE TABLE writes it", """
                        CREATE TABLE d (id INT PRIMARY KEY, a VARCHAR(20)) ENGINE=InnoDB ROW_FORMAT=DYNAMIC;
                        CREATE TABLE c (id INT PRIMARY KEY, a VARCHAR(20)) row_format = compact;
                        CREATE TABLE z (id INT PRIMARY KEY, a VARCHAR(20)) ROW_FORMAT COMPRESSED DEFAULT CHARSET=utf8mb3;
                        CREATE TABLE r (id INT PRIMARY KEY, a VARCHAR(20)) DEFAULT CHARSET=latin1, ROW_FORMAT=Redundant;
                        CREATE TABLE n (id INT PRIMARY KEY, a VARCHAR(20)) ROW_FORMAT=DEFAULT;
                        CREATE TABLE plain (id INT PRIMARY KEY, a VARCHAR(20));
                        """),
                arguments("ALTER TABLE sets, changes and drops it", """
                        CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(20));
                        ALTER TABLE t ROW_FORMAT=COMPACT;
                        CREATE TABLE u (id INT PRIMARY KEY, a VARCHAR(20)) ROW_FORMAT=REDUNDANT;
                        ALTER TABLE u ADD COLUMN b INT, ROW_FORMAT=DYNAMIC;
                        CREATE TABLE v (id INT PRIMARY KEY, a VARCHAR(20)) ROW_FORMAT=COMPRESSED;
                        ALTER TABLE v ROW_FORMAT=DEFAULT;
                        CREATE TABLE w (id INT PRIMARY KEY) ROW_FORMAT=DYNAMIC;
                        ALTER TABLE w ENGINE=InnoDB;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constructs")
    void upgradeThenValidateIsCleanAndDbSchemaGivesTheSameCatalog(String name, String script) throws SQLException {
        SchemaInvariants.assertBoth(Dialect.MARIADB, SchemaInvariants.single(name, script));
    }

    @Test
    void replayKeepsTheRowFormatWrittenUpperCaseAndDefaultDropsIt() {
        for (Dialect d : List.of(Dialect.MARIADB, Dialect.MYSQL)) {
            Schema s = replay(d, """
                    CREATE TABLE t (id INT) ENGINE=InnoDB row_format=dynamic;
                    CREATE TABLE u (id INT) ROW_FORMAT=COMPACT;
                    ALTER TABLE u ROW_FORMAT=DEFAULT;
                    CREATE TABLE v (id INT);
                    ALTER TABLE v ROW_FORMAT = Compressed;
                    """);
            assertEquals(Map.of(Table.ENGINE, "InnoDB", Table.ROW_FORMAT, "DYNAMIC"), s.table("t").orElseThrow().options(), d.id());
            assertEquals(Map.of(), s.table("u").orElseThrow().options(), d.id());
            assertEquals(Map.of(Table.ROW_FORMAT, "COMPRESSED"), s.table("v").orElseThrow().options(), d.id());
        }
    }

    @Test
    void dbSchemaWritesTheRowFormat() {
        String ddl = Engines.of(Dialect.MARIADB).renderer().render(replay(Dialect.MARIADB,
                "CREATE TABLE t (a INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC; CREATE TABLE u (a INT)"));
        assertTrue(ddl.contains(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 ROW_FORMAT=DYNAMIC"), ddl);
        assertFalse(ddl.substring(ddl.indexOf("CREATE TABLE u")).contains("ROW_FORMAT"), ddl);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                arguments("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5));\n", "ALTER TABLE t ROW_FORMAT=COMPACT"),
                arguments("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5)) ROW_FORMAT=REDUNDANT;\n", "ALTER TABLE t ROW_FORMAT=DYNAMIC"),
                arguments("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5)) ROW_FORMAT=COMPRESSED;\n", "ALTER TABLE t ROW_FORMAT=DEFAULT"),
                arguments("CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5)) ROW_FORMAT=COMPACT;\n", "ALTER TABLE t ADD COLUMN b INT, ROW_FORMAT=DYNAMIC, DEFAULT CHARSET=latin1"));
    }

    /** db:diff and derived downs: the change rendered both ways runs on the server and gives the other schema, row format included. */
    @ParameterizedTest
    @MethodSource("changes")
    void aChangeRendersBothWays(String base, String change) throws SQLException {
        Schema before = replay(Dialect.MARIADB, base);
        Schema after = replay(Dialect.MARIADB, base + change);
        assertFalse(SchemaDifferences.between(before, after).isEmpty(), change);
        for (Schema[] pair : List.of(new Schema[] {before, after}, new Schema[] {after, before})) {
            DiffScript script = DiffScript.of(Engines.of(Dialect.MARIADB).changeRenderer(), pair[0], ChangePlanner.between(pair[0], pair[1]));
            assertTrue(script.up().contains("ROW_FORMAT="), script.up());
            String sql = (pair[0] == before ? base : base + change + ";\n") + script.up();
            try (FreshNamespace ns = FreshNamespace.of(Dialect.MARIADB)) {
                ns.runAsEngineClient(sql);
                SchemaDifferences diff = SchemaDifferences.between(ns.asStored(pair[1]), ns.introspect());
                assertTrue(diff.isEmpty(), () -> sql + "\n" + diff);
                assertEquals(pair[1].table("t").orElseThrow().options().get(Table.ROW_FORMAT), rowFormatWritten(ns), sql);
            }
        }
    }

    /** A table without a written row format is read without one: the engine's default is no drift. */
    @Test
    void aTableLeftToTheDefaultRowFormatHasNone() throws SQLException {
        try (FreshNamespace ns = FreshNamespace.of(Dialect.MARIADB)) {
            try (Statement st = ns.connection().createStatement()) {
                st.execute("CREATE TABLE t (a INT)");
                st.execute("CREATE TABLE u (a INT) STATS_PERSISTENT=1 ROW_FORMAT=COMPACT");
            }
            Schema read = ns.introspect();
            assertFalse(read.table("t").orElseThrow().options().containsKey(Table.ROW_FORMAT));
            assertEquals("COMPACT", read.table("u").orElseThrow().options().get(Table.ROW_FORMAT));
            assertTrue(SchemaDifferences.between(ns.asStored(replay(Dialect.MARIADB, "CREATE TABLE t (a INT); CREATE TABLE u (a INT) ROW_FORMAT=COMPACT")),
                    read).isEmpty());
        }
    }

    /** The row format the server lists for table t, from the catalog itself (upper-case, null for none). */
    private static String rowFormatWritten(FreshNamespace ns) throws SQLException {
        try (Statement st = ns.connection().createStatement();
             var r = st.executeQuery("SELECT CREATE_OPTIONS FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't'")) {
            assertTrue(r.next());
            String options = r.getString(1);
            for (String o : options == null ? new String[0] : options.split(" ")) {
                if (o.startsWith("row_format=")) return o.substring("row_format=".length()).toUpperCase(java.util.Locale.ROOT);
            }
            return null;
        }
    }
}
