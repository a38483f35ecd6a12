package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.diff.ChangePlanner;
import dev.cairn.diff.DiffScript;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 7: a MySQL/MariaDB column-prefix key part ({@code KEY IX_T (TYPE_NAME(100))}) is a column with a
 * prefix length in every case and quoting, never the expression {@code type_name(100)}: replayed, rendered, diffed,
 * introspected, and after an upgrade validate is clean.
 */
class PrefixKeysTest {

    private static Schema replay(Dialect d, String script) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("t.sql", script)).schema();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TYPE_NAME(100)", "type_name(100)", "`TYPE_NAME`(100)", "`type_name` (100)", "Type_Name ( 100 )"})
    void aPrefixIsAColumnWithALengthInEverySpelling(String part) {
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            Table t = replay(d, "CREATE TABLE QRTZ (ID INT PRIMARY KEY, TYPE_NAME VARCHAR(200) NOT NULL, KEY IX_T (" + part + "), UNIQUE KEY U_T (" + part + ", ID))")
                    .table("QRTZ").orElseThrow();
            assertEquals(List.of(IndexKey.prefix("TYPE_NAME", 100, false)), t.index("IX_T").orElseThrow().keys(), d + " " + part);
            assertEquals(List.of("TYPE_NAME(100)", "ID"), t.uniqueConstraints().get(0).columns(), d + " " + part);
            Schema s2 = replay(d, "CREATE TABLE QRTZ (ID INT PRIMARY KEY, TYPE_NAME VARCHAR(200) NOT NULL); CREATE INDEX IX_T ON QRTZ (" + part + " DESC)");
            assertEquals(List.of(IndexKey.prefix("TYPE_NAME", 100, true)), s2.table("QRTZ").orElseThrow().index("IX_T").orElseThrow().keys());
        }
    }

    @Test
    void elsewhereACallStaysAnExpression() {
        Index i = replay(Dialect.POSTGRESQL, "CREATE TABLE t (a text); CREATE INDEX ix ON t (upper(a))").table("t").orElseThrow().index("ix").orElseThrow();
        assertEquals(List.of(new IndexKey(null, "upper(a)", false)), i.keys());
    }

    @Test
    void renderedWithTheColumnQuotedAndTheLengthOutside() {
        Schema s = replay(Dialect.MARIADB, "CREATE TABLE `Order` (id INT PRIMARY KEY, `Select` VARCHAR(200), KEY ix (`Select`(10) DESC), UNIQUE KEY u (`Select`(20)))");
        String ddl = Engines.of(Dialect.MARIADB).renderer().render(s);
        assertTrue(ddl.contains("KEY ix (`Select`(10) DESC)"), ddl);
        assertTrue(ddl.contains("UNIQUE KEY u (`Select`(20))"), ddl);
    }

    @Test
    void aDiffAddsThePrefixKeys() {
        Schema before = replay(Dialect.MARIADB, "CREATE TABLE t (id INT PRIMARY KEY, NAME VARCHAR(200))");
        Schema after = replay(Dialect.MARIADB, "CREATE TABLE t (id INT PRIMARY KEY, NAME VARCHAR(200), KEY ix (NAME(10)), UNIQUE KEY u (NAME(20)))");
        DiffScript diff = DiffScript.of(Engines.of(Dialect.MARIADB).changeRenderer(), before, ChangePlanner.between(before, after));
        assertTrue(diff.up().contains("(NAME(10))") && diff.up().contains("(NAME(20))"), diff.up());
        assertEquals(after, replay(Dialect.MARIADB, "CREATE TABLE t (id INT PRIMARY KEY, NAME VARCHAR(200));\n" + diff.up()));
    }

    @Test
    void droppingTheColumnDropsItsPrefixParts() {
        Table t = replay(Dialect.MARIADB, """
                CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(50), B VARCHAR(50), KEY ix (a(5), B(5)), UNIQUE KEY u (B(3), a(3)));
                ALTER TABLE t DROP COLUMN b;
                """).table("t").orElseThrow();
        assertEquals(List.of(IndexKey.prefix("a", 5, false)), t.index("ix").orElseThrow().keys());
        assertEquals(List.of("a(3)"), t.uniqueConstraints().get(0).columns());
    }

    @Test
    void upgradeThenValidateIsCleanAndDbSchemaGivesTheSameCatalog() throws SQLException {
        SchemaInvariants.assertBoth(Dialect.MARIADB, SchemaInvariants.single("prefix keys", """
                CREATE TABLE QRTZ (ID INT PRIMARY KEY, TYPE_NAME VARCHAR(200) NOT NULL, `Other` VARCHAR(50), Body TEXT,
                  KEY IX_T (TYPE_NAME(100)), UNIQUE KEY U_T (`Other`(10), ID));
                CREATE INDEX ix2 ON QRTZ (`TYPE_NAME`(20) DESC, other(5));
                CREATE INDEX ix3 ON QRTZ (BODY(30));
                ALTER TABLE QRTZ ADD UNIQUE KEY u2 (body(40)), ADD KEY ix4 (Type_Name(7), `Other`);
                ALTER TABLE QRTZ RENAME COLUMN Other TO Other2;
                """));
    }
}
