package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names past an engine's length limit: PostgreSQL cuts every identifier to 63 bytes (at a character boundary) and
 * the model must hold the cut name, or drift is reported forever; MySQL and MariaDB refuse a name over 64 characters,
 * and replay refuses it first, with the position.
 */
class NameLengthTest {
    private static final String LONG = "customer_order_line_item_adjustment_history_with_a_very_long_name_x"; // 67 characters
    private static final String ACCENTED = "é".repeat(40); // 80 bytes in UTF-8

    static Schema replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql)).schema();
    }

    @Test
    void postgresqlKeepsTheFirst63BytesOfEveryNameAsItsLexerDoes() {
        Schema s = replay(Dialect.POSTGRESQL, "CREATE TABLE " + LONG + " (" + LONG + "_id INTEGER PRIMARY KEY, \"" + ACCENTED + "\" TEXT);\n"
                + "CREATE INDEX ix_" + LONG + " ON " + LONG + " (\"" + ACCENTED + "\");\n"
                + "ALTER TABLE " + LONG + "_and_more ADD COLUMN extra INTEGER;\n"); // the same table: the cut names are equal
        Table t = s.table(LONG.substring(0, 63)).orElseThrow();
        assertEquals(LONG.substring(0, 63), t.name());
        assertEquals(63, t.columns().get(0).name().length());
        String accented = t.columns().get(1).name();
        assertEquals("é".repeat(31), accented, "62 bytes: a 2-byte character is never split");
        assertTrue(accented.getBytes(StandardCharsets.UTF_8).length <= 63);
        assertTrue(t.hasColumn("extra"));
    }

    @Test
    void postgresqlUpgradeThenValidateIsCleanWithLongNames() throws Exception {
        SchemaInvariants.assertBoth(Dialect.POSTGRESQL, SchemaInvariants.single("long names",
                "CREATE TABLE " + LONG + " (id INTEGER PRIMARY KEY, \"" + ACCENTED + "\" TEXT);\n"
                        + "CREATE INDEX ix_" + LONG + " ON " + LONG + " (\"" + ACCENTED + "\");\n"));
    }

    @Test
    void mysqlAndMariaDbRefuseANameOver64CharactersWhereItStands() {
        for (Dialect d : new Dialect[] {Dialect.MYSQL, Dialect.MARIADB}) {
            SqlProblem e = assertThrows(SqlProblem.class, () -> replay(d, "CREATE TABLE t (\n  id INT,\n  " + LONG + " INT\n);\n"));
            assertTrue(e.getMessage().startsWith("m.sql:3:3: the name " + LONG + " is 67 characters long; MySQL and MariaDB allow 64"), e.getMessage());
            assertTrue(e.getMessage().contains("shorten it"), e.getMessage());
            assertEquals(64, replay(d, "CREATE TABLE t (" + LONG.substring(0, 64) + " INT);").table("t").orElseThrow().columns().get(0).name().length());
        }
    }

    @Test
    void sqliteKeepsLongNamesWhole() {
        assertEquals(LONG, replay(Dialect.SQLITE, "CREATE TABLE " + LONG + " (id INTEGER);").table(LONG).orElseThrow().name());
    }
}
