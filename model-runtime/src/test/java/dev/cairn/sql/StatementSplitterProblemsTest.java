package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.cairn.sql.Splits.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is left open at the end of a file is reported where it opened. */
class StatementSplitterProblemsTest {

    static Stream<Arguments> unterminated() {
        return Stream.of(
                Arguments.of(Dialect.SQLITE, "SELECT 1;\nINSERT INTO t VALUES ('abc);\n", 2, 23, "unterminated string", "closing '"),
                Arguments.of(Dialect.MYSQL, "SELECT 'C:\\';\nSELECT 2;", 1, 8, "unterminated string", "\\'"),
                Arguments.of(Dialect.POSTGRESQL, "SELECT 1;\nSELECT x FROM t WHERE y = E'it\\';", 2, 27, "unterminated string", "closing '"),
                Arguments.of(Dialect.POSTGRESQL, "CREATE TABLE \"users (id int);", 1, 14, "unterminated quoted identifier", "closing \""),
                Arguments.of(Dialect.MARIADB, "CREATE TABLE `users (id int);", 1, 14, "unterminated quoted identifier", "closing `"),
                Arguments.of(Dialect.SQLITE, "\tSELECT [a FROM t;", 1, 9, "unterminated bracketed identifier", "closing ]"),
                Arguments.of(Dialect.POSTGRESQL, "SELECT 1;\n  /* open", 2, 3, "unterminated block comment", "closing */"),
                Arguments.of(Dialect.POSTGRESQL, "/* a /* b */ SELECT 1;", 1, 1, "unterminated block comment", "nest"),
                Arguments.of(Dialect.SQLITE, "SELECT 1 /* open;\n", 1, 10, "unterminated block comment", "closing */"),
                Arguments.of(Dialect.POSTGRESQL, "DO $x$ BEGIN\r\n  PERFORM 1;\r\nEND $y$;", 1, 4, "unterminated dollar-quoted body: the $x$", "closing $x$"),
                Arguments.of(Dialect.SQLITE, "CREATE TRIGGER tr AFTER INSERT ON t\n  BEGIN DELETE FROM u;\nSELECT 1;", 2, 3, "BEGIN … END body", "END"),
                Arguments.of(Dialect.MYSQL, "CREATE PROCEDURE p() BEGIN SELECT 1;", 1, 22, "BEGIN … END body", "DELIMITER"),
                Arguments.of(Dialect.POSTGRESQL, "CREATE TABLE t (a int;\nSELECT 1;", 1, 16, "the ( opened here is never closed", "closing )"),
                // a string's prefix is reported with the statement, the string where its quote opens
                Arguments.of(Dialect.POSTGRESQL, "SELECT 1;\nSELECT N'abc;", 2, 9, "unterminated string: the '", "closing '"),
                Arguments.of(Dialect.MYSQL, "SELECT _utf8mb4'abc;", 1, 16, "unterminated string: the '", "\\'"),
                Arguments.of(Dialect.MYSQL, "SELECT \"a\\\";", 1, 8, "unterminated string: the \"", "closing \""),
                Arguments.of(Dialect.MARIADB, "SELECT 1 /*M! open", 1, 10, "unterminated block comment", "closing */"));
    }

    @ParameterizedTest
    @MethodSource("unterminated")
    void somethingLeftOpenNamesWhereItOpened(Dialect d, String text, int line, int column, String problem, String hint) {
        SqlProblem p = assertThrows(SqlProblem.class, () -> split(d, text));
        assertEquals(new SourcePosition("f.sql", line, column), p.position());
        assertTrue(p.problem().contains(problem), p.problem());
        assertTrue(p.hint().contains(hint), p.hint());
        assertTrue(p.getMessage().startsWith("f.sql:" + line + ":" + column + ": "), p.getMessage());
    }

    @Test
    void theMessageQuotesTheStartOfTheStatement() {
        SqlProblem p = assertThrows(SqlProblem.class,
                () -> split(Dialect.SQLITE, "SELECT 1;\n-- lead\nINSERT INTO users (name)\n  VALUES ('abc);\n"));
        assertEquals(new SourcePosition("f.sql", 4, 11), p.position());
        assertTrue(p.statement().startsWith("INSERT INTO users (name)\n  VALUES ('abc);"), p.statement());
        assertTrue(p.getMessage().contains("INSERT INTO users (name) VALUES ('abc);"), p.getMessage());
        assertTrue(p.getMessage().contains("add the closing '"), p.getMessage());
    }
}
