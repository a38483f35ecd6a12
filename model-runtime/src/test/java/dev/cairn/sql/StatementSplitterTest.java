package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.cairn.sql.Splits.at;
import static dev.cairn.sql.Splits.split;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Statement boundaries, positions, quoting, comments and dollar quoting. */
class StatementSplitterTest {
    // ---- statements and positions

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void splitsOnSemicolonsTrimsAndKeepsLineAndColumn(Dialect d) {
        var out = split(d, "CREATE TABLE a (x INT);\n\n  -- note\n  CREATE TABLE b (y INT);\nDROP TABLE a");
        assertEquals(List.of(
                at(1, 1, "CREATE TABLE a (x INT)"),
                at(4, 3, "CREATE TABLE b (y INT)"),
                at(5, 1, "DROP TABLE a")), out);
    }

    @Test
    void aTabCountsAsOneColumn() {
        assertEquals(List.of(at(1, 3, "SELECT 1"), at(1, 14, "SELECT 2")), split(Dialect.SQLITE, "\t\tSELECT 1;\t SELECT 2;"));
    }

    @Test
    void aColumnIsOneCodePoint() {
        assertEquals(List.of(at(1, 10, "SELECT 'é😀'")), split(Dialect.POSTGRESQL, "/* é😀 */ SELECT 'é😀';"));
    }

    @Test
    void aByteOrderMarkTakesNoColumn() {
        assertEquals(List.of(at(1, 1, "SELECT 1")), split(Dialect.SQLITE, "\uFEFFSELECT 1;"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void whitespaceCommentsAndEmptyStatementsGiveNothing(Dialect d) {
        assertEquals(List.of(), split(d, ""));
        assertEquals(List.of(), split(d, " \n\t\r\n "));
        assertEquals(List.of(), split(d, "-- only a comment"));
        assertEquals(List.of(), split(d, "/* a; */ -- b;\n ;;\n ; \n-- c"));
    }

    @Test
    void commentsBeforeTheFirstTokenAreLeftOutButCommentsInsideStay() {
        var out = split(Dialect.POSTGRESQL, "/* lead; */ -- more;\n  SELECT /* in; */ 1 -- tail;\n;\n-- next\nSELECT 2;");
        assertEquals(List.of(at(2, 3, "SELECT /* in; */ 1 -- tail;"), at(5, 1, "SELECT 2")), out);
    }

    @Test
    void theLastStatementMayLackItsTerminatorAndTheFileMayEndInsideALineComment() {
        assertEquals(List.of(at(1, 1, "SELECT 1"), at(2, 1, "SELECT 2")), split(Dialect.SQLITE, "SELECT 1;\nSELECT 2\n"));
        assertEquals(List.of(at(1, 1, "SELECT 1")), split(Dialect.SQLITE, "SELECT 1; -- the end; really"));
        assertEquals(List.of(at(1, 1, "SELECT 1")), split(Dialect.MYSQL, "SELECT 1;\n# the end"));
        // without a terminator a trailing comment is still inside the statement it follows
        assertEquals(List.of(at(1, 1, "SELECT 1"), at(2, 1, "SELECT 2 -- no newline")),
                split(Dialect.POSTGRESQL, "SELECT 1;;\nSELECT 2 -- no newline"));
    }

    @Test
    void crLfAndLoneCrEachCountAsOneLineBreak() {
        var out = split(Dialect.SQLITE, "SELECT 1;\r\n\r\n  SELECT\r\n  2;\rSELECT 3;\n\rSELECT 4");
        assertEquals(List.of(
                at(1, 1, "SELECT 1"),
                at(3, 3, "SELECT\r\n  2"),
                at(5, 1, "SELECT 3"),
                at(7, 1, "SELECT 4")), out);
    }

    @Test
    void crLfInsideStringsAndCommentsCountsToo() {
        var out = split(Dialect.MYSQL, "INSERT INTO t VALUES ('a\r\nb;');\r\n/* x\r\n y */ # z\r\n  SELECT 2;");
        assertEquals(List.of(at(1, 1, "INSERT INTO t VALUES ('a\r\nb;')"), at(5, 3, "SELECT 2")), out);
    }

    // ---- quoting

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void singleQuotedStringsWithDoubledQuotes(Dialect d) {
        var out = split(d, "INSERT INTO t VALUES ('a;b', 'it''s; ok', '', ''''); SELECT 2;");
        assertEquals(List.of(at(1, 1, "INSERT INTO t VALUES ('a;b', 'it''s; ok', '', '''')"), at(1, 54, "SELECT 2")), out);
    }

    @Test
    void postgresPlainStringsHaveNoBackslashEscapes() {
        assertEquals(List.of(at(1, 1, "SELECT 'C:\\'"), at(1, 14, "SELECT 2")), split(Dialect.POSTGRESQL, "SELECT 'C:\\';SELECT 2;"));
        assertEquals(List.of(at(1, 1, "SELECT 'C:\\'"), at(1, 14, "SELECT 2")), split(Dialect.SQLITE, "SELECT 'C:\\';SELECT 2;"));
    }

    @Test
    void postgresEscapeStringsHaveBackslashEscapes() {
        var out = split(Dialect.POSTGRESQL, "SELECT E'it\\'s;', e'a\\\\', E'x'';y';\nSELECT note'a\\';SELECT 3;");
        assertEquals(List.of(
                at(1, 1, "SELECT E'it\\'s;', e'a\\\\', E'x'';y'"),
                at(2, 1, "SELECT note'a\\'"),
                at(2, 17, "SELECT 3")), out);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void mysqlStringsHaveBackslashEscapesInSingleAndDoubleQuotes(Dialect d) {
        var out = split(d, "INSERT INTO t VALUES ('a\\';b', \"c\\\";d\", 'e''f;', \"g\"\";\", '\\\\');\nSELECT 2;");
        assertEquals(List.of(
                at(1, 1, "INSERT INTO t VALUES ('a\\';b', \"c\\\";d\", 'e''f;', \"g\"\";\", '\\\\')"),
                at(2, 1, "SELECT 2")), out);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "SQLITE"})
    void doubleQuotedIdentifiers(Dialect d) {
        var out = split(d, "CREATE TABLE \"a;\"\"b\" (\"x\\\" INT);\nSELECT 2;");
        assertEquals(List.of(at(1, 1, "CREATE TABLE \"a;\"\"b\" (\"x\\\" INT)"), at(2, 1, "SELECT 2")), out);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB", "SQLITE"})
    void backtickIdentifiers(Dialect d) {
        var out = split(d, "CREATE TABLE `t;``x` (`a'` INT);\nSELECT 2;");
        assertEquals(List.of(at(1, 1, "CREATE TABLE `t;``x` (`a'` INT)"), at(2, 1, "SELECT 2")), out);
    }

    @Test
    void sqliteBracketedIdentifiers() {
        var out = split(Dialect.SQLITE, "SELECT [a;b], [it's] FROM [t];\nSELECT 2;");
        assertEquals(List.of(at(1, 1, "SELECT [a;b], [it's] FROM [t]"), at(2, 1, "SELECT 2")), out);
    }

    @Test
    void bracketsAndBackticksAreOnlyQuotesWhereTheDialectSaysSo() {
        assertEquals(List.of(at(1, 1, "SELECT a[1] FROM t"), at(1, 21, "SELECT '`'")),
                split(Dialect.POSTGRESQL, "SELECT a[1] FROM t; SELECT '`';"));
        assertEquals(List.of(at(1, 1, "SELECT '['"), at(1, 13, "SELECT 2")), split(Dialect.MYSQL, "SELECT '['; SELECT 2"));
    }

    // ---- comments

    @Test
    void hashStartsALineCommentOnlyInTheMySqlFamily() {
        assertEquals(List.of(at(2, 1, "SELECT 1")), split(Dialect.MARIADB, "# note; here\nSELECT 1;"));
        assertEquals(List.of(at(1, 1, "SELECT 5 # 3"), at(1, 15, "SELECT 2")), split(Dialect.POSTGRESQL, "SELECT 5 # 3; SELECT 2;"));
    }

    @Test
    void mysqlNeedsWhitespaceAfterDoubleDash() {
        String text = "SELECT 1--1;\nSELECT 2;";
        assertEquals(List.of(at(1, 1, "SELECT 1--1"), at(2, 1, "SELECT 2")), split(Dialect.MYSQL, text));
        assertEquals(List.of(at(1, 1, "SELECT 1--1;\nSELECT 2")), split(Dialect.POSTGRESQL, text));
        assertEquals(List.of(at(2, 1, "SELECT 1")), split(Dialect.MYSQL, "--\nSELECT 1;"));
    }

    @Test
    void blockCommentsNestOnlyInPostgres() {
        assertEquals(List.of(at(1, 21, "SELECT 1")), split(Dialect.POSTGRESQL, "/* a /* b; */ c; */ SELECT 1;"));
        assertEquals(List.of(at(1, 15, "SELECT 1")), split(Dialect.MYSQL, "/* a /* b; */ SELECT 1;"));
        assertEquals(List.of(at(1, 14, "c */ SELECT 1")), split(Dialect.SQLITE, "/* a /* b */ c */ SELECT 1;"));
    }

    @Test
    void mysqlExecutableCommentsAreStatementText() {
        var out = split(Dialect.MYSQL, "/*!40101 SET NAMES utf8mb4 */;\n  /*!40014 SET FOREIGN_KEY_CHECKS=0 */;\n"
                + "CREATE TABLE t (a INT) /*!50100 ENGINE=InnoDB */ /* plain; */;");
        assertEquals(List.of(
                at(1, 1, "/*!40101 SET NAMES utf8mb4 */"),
                at(2, 3, "/*!40014 SET FOREIGN_KEY_CHECKS=0 */"),
                at(3, 1, "CREATE TABLE t (a INT) /*!50100 ENGINE=InnoDB */ /* plain; */")), out);
        assertEquals(List.of(at(1, 1, "/*M!100100 SET @x = 1 */")), split(Dialect.MARIADB, "/*M!100100 SET @x = 1 */;"));
        assertEquals(List.of(), split(Dialect.POSTGRESQL, "/*!40101 SET NAMES utf8mb4 */;"));
    }

    // ---- dollar quoting and parentheses (PostgreSQL)

    @Test
    void dollarBodiesHideSemicolons() {
        var out = split(Dialect.POSTGRESQL, "DO $$ BEGIN PERFORM 1; END $$;\nCREATE FUNCTION f() RETURNS text AS $fn$ SELECT '$$;' $fn$ LANGUAGE sql;\nSELECT 3;");
        assertEquals(List.of(
                at(1, 1, "DO $$ BEGIN PERFORM 1; END $$"),
                at(2, 1, "CREATE FUNCTION f() RETURNS text AS $fn$ SELECT '$$;' $fn$ LANGUAGE sql"),
                at(3, 1, "SELECT 3")), out);
    }

    @Test
    void aParameterOrAnIdentifierWithDollarsIsNoTag() {
        var out = split(Dialect.POSTGRESQL, "PREPARE q(int, int) AS SELECT $1, $2;EXECUTE q(1, 2);\nSELECT a$b$ FROM t$;SELECT 4;");
        assertEquals(List.of(
                at(1, 1, "PREPARE q(int, int) AS SELECT $1, $2"),
                at(1, 38, "EXECUTE q(1, 2)"),
                at(2, 1, "SELECT a$b$ FROM t$"),
                at(2, 21, "SELECT 4")), out);
    }

    @Test
    void dollarsMeanNothingSpecialOutsidePostgres() {
        assertEquals(List.of(at(1, 1, "SELECT '$$'"), at(1, 14, "SELECT $a")), split(Dialect.SQLITE, "SELECT '$$'; SELECT $a;"));
    }

    @Test
    void postgresSemicolonsInsideParenthesesDoNotEndAStatement() {
        var out = split(Dialect.POSTGRESQL, "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b);\nSELECT 2;");
        assertEquals(List.of(at(1, 1, "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b)"), at(2, 1, "SELECT 2")), out);
    }
}
