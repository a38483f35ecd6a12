package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementSplitterTest {

    private static List<SqlStatement> split(Dialect d, String text) {
        return new StatementSplitter(d).split("f.sql", text);
    }

    private static void assertStatement(SqlStatement s, String sql, int line, int col) {
        assertEquals(sql, s.sql());
        assertEquals(new SourcePosition("f.sql", line, col), s.position());
    }

    @Test
    void splitsOnSemicolonsAndKeepsPositions() {
        var out = split(Dialect.SQLITE, "CREATE TABLE a (x INT);\n\n  -- note\n  CREATE TABLE b (y INT);\nDROP TABLE a");
        assertEquals(3, out.size());
        assertStatement(out.get(0), "CREATE TABLE a (x INT)", 1, 1);
        assertStatement(out.get(1), "CREATE TABLE b (y INT)", 4, 3);
        assertStatement(out.get(2), "DROP TABLE a", 5, 1);
    }

    @Test
    void semicolonsInsideQuotesAndCommentsDoNotSplit() {
        var out = split(Dialect.SQLITE, "INSERT INTO t VALUES ('a;b', 'it''s;'); /* x; y */ SELECT \"a;\" , [b;] FROM t -- c;\n;");
        assertEquals(2, out.size());
        assertEquals("INSERT INTO t VALUES ('a;b', 'it''s;')", out.get(0).sql());
        assertStatement(out.get(1), "SELECT \"a;\" , [b;] FROM t -- c;", 1, 52);
    }

    @Test
    void crlfAndLoneCrCountAsOneLineBreak() {
        var out = split(Dialect.SQLITE, "SELECT 1;\r\n\r\nSELECT 2;\rSELECT 3;");
        assertStatement(out.get(1), "SELECT 2", 3, 1);
        assertStatement(out.get(2), "SELECT 3", 4, 1);
    }

    @Test
    void commentOnlyTextGivesNoStatementAndTrailingCommentWithoutNewlineIsFine() {
        assertTrue(split(Dialect.POSTGRESQL, "-- nothing here\n/* nor here */\n").isEmpty());
        var out = split(Dialect.SQLITE, "SELECT 1; -- the end");
        assertEquals(1, out.size());
    }

    @Test
    void postgresDollarBodiesAndEscapeStrings() {
        String fn = """
                CREATE FUNCTION f() RETURNS trigger AS $body$
                BEGIN
                  NEW.x := 'a;b'; RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql;
                SELECT E'it\\'s;', $$x;y$$, $1;
                """;
        var out = split(Dialect.POSTGRESQL, fn);
        assertEquals(2, out.size());
        assertTrue(out.get(0).sql().endsWith("LANGUAGE plpgsql"));
        assertStatement(out.get(1), "SELECT E'it\\'s;', $$x;y$$, $1", 6, 1);
    }

    @Test
    void postgresNestedBlockComments() {
        var out = split(Dialect.POSTGRESQL, "/* a /* b; */ c; */ SELECT 1;");
        assertStatement(out.get(0), "SELECT 1", 1, 21);
    }

    @Test
    void sqliteTriggerBodyWithCase() {
        String sql = """
                CREATE TRIGGER t AFTER INSERT ON a
                BEGIN
                  UPDATE a SET x = CASE WHEN NEW.y > 0 THEN 1 ELSE 2 END WHERE id = NEW.id;
                  DELETE FROM b;
                END;
                BEGIN TRANSACTION;
                CREATE TABLE c (z INT);
                """;
        var out = split(Dialect.SQLITE, sql);
        assertEquals(3, out.size());
        assertTrue(out.get(0).sql().endsWith("END"));
        assertStatement(out.get(1), "BEGIN TRANSACTION", 6, 1);
        assertStatement(out.get(2), "CREATE TABLE c (z INT)", 7, 1);
    }

    @Test
    void mysqlDelimiterAndProcedure() {
        String sql = """
                DELIMITER //
                CREATE PROCEDURE p()
                BEGIN
                  IF 1 = 1 THEN SELECT 'x;'; END IF;
                END //
                DELIMITER ;
                # a comment; here
                CREATE TABLE `t;` (a INT);
                """;
        var out = split(Dialect.MYSQL, sql);
        assertEquals(2, out.size());
        assertTrue(out.get(0).sql().startsWith("CREATE PROCEDURE p()"));
        assertTrue(out.get(0).sql().endsWith("END"));
        assertStatement(out.get(1), "CREATE TABLE `t;` (a INT)", 8, 1);
    }

    @Test
    void mysqlTriggerWithoutDelimiter() {
        String sql = "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a < 0 THEN SET NEW.a = 0; END IF; END;\nSELECT 1;";
        var out = split(Dialect.MARIADB, sql);
        assertEquals(2, out.size());
        assertStatement(out.get(1), "SELECT 1", 2, 1);
    }

    @Test
    void mysqlBackslashEscapes() {
        var out = split(Dialect.MYSQL, "INSERT INTO t VALUES ('a\\';b');SELECT 2;");
        assertEquals(2, out.size());
        assertEquals("INSERT INTO t VALUES ('a\\';b')", out.get(0).sql());
    }

    @Test
    void unterminatedStringNamesWhereItOpened() {
        SqlProblem p = assertThrows(SqlProblem.class, () -> split(Dialect.SQLITE, "SELECT 1;\nINSERT INTO t VALUES ('abc);\n"));
        assertEquals(new SourcePosition("f.sql", 2, 23), p.position());
        assertTrue(p.getMessage().contains("f.sql:2:23: unterminated string"), p.getMessage());
    }

    @Test
    void unterminatedBlockCommentAndDollarBody() {
        SqlProblem c = assertThrows(SqlProblem.class, () -> split(Dialect.POSTGRESQL, "SELECT 1;\n  /* open"));
        assertEquals(new SourcePosition("f.sql", 2, 3), c.position());
        SqlProblem d = assertThrows(SqlProblem.class, () -> split(Dialect.POSTGRESQL, "DO $x$ BEGIN"));
        assertTrue(d.getMessage().contains("dollar-quoted body $x$"), d.getMessage());
    }
}
