package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.sql.Token.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one lexer, token by token: each token is written {@code KIND text@start} ({@code KIND!} when the text ends inside
 * it); its end is its start plus its length.
 */
class SqlLexerTest {

    /** Every token {@link SqlLexer#next()} gives, comments included, up to the end. */
    private static List<String> lex(Dialect d, String text) {
        SqlLexer lexer = new SqlLexer(Engines.of(d).syntax(), text);
        List<String> out = new ArrayList<>();
        for (Kind k = lexer.next(); k != Kind.END; k = lexer.next()) {
            assertEquals(lexer.text(), text.substring(lexer.start(), lexer.end()));
            out.add(k + (lexer.unterminated() ? "!" : "") + " " + lexer.text() + "@" + lexer.start());
        }
        assertEquals(text.length(), lexer.start(), "the END token stands at the end");
        return out;
    }

    private static List<String> of(String... tokens) {
        return List.of(tokens);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void wordsNumbersSymbolsAndStringsAlike(Dialect d) {
        assertEquals(of("WORD select@0", "WORD a_1$@7", "SYMBOL ,@11", "NUMBER 1.5e-3@13", "SYMBOL ,@19", "NUMBER .5@21",
                        "SYMBOL ,@23", "NUMBER 0x1F@25", "SYMBOL ,@29", "STRING 'it''s'@31", "SYMBOL ,@38", "STRING N'n'@40",
                        "SYMBOL ,@44", "STRING X'0A'@46", "WORD FROM@52", "WORD t@57", "WORD WHERE@59", "WORD a@65",
                        "SYMBOL <=@67", "NUMBER 2@69", "SYMBOL ::@70", "WORD int@72", "SYMBOL ;@75"),
                lex(d, "select a_1$, 1.5e-3, .5, 0x1F, 'it''s', N'n', X'0A' FROM t WHERE a <=2::int;"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void operatorsOfSeveralCharactersAreOneSymbol(Dialect d) {
        assertEquals(of("WORD a@0", "SYMBOL ->>@1", "STRING 'k'@4", "SYMBOL ||@7", "WORD b@9", "SYMBOL <>@10", "WORD c@12",
                "SYMBOL !=@13", "WORD e@15", "SYMBOL <=>@16", "WORD f@19", "SYMBOL (@20", "SYMBOL )@21"), lex(d, "a->>'k'||b<>c!=e<=>f()"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNumberFollowedByLettersIsANumberAndAWord(Dialect d) {
        assertEquals(of("NUMBER 1@0", "WORD abc@1", "NUMBER 1@5", "SYMBOL .@6", "NUMBER .2@7", "NUMBER 1@10", "WORD e@11"),
                lex(d, "1abc 1..2 1e"));
    }

    static Stream<Arguments> quoting() {
        return Stream.of(
                // "…": a name, except in MySQL and MariaDB, where it is a string with backslash escapes
                Arguments.of(Dialect.SQLITE, "\"a\"\"b\"", of("QUOTED_NAME \"a\"\"b\"@0")),
                Arguments.of(Dialect.POSTGRESQL, "\"a\\\" b", of("QUOTED_NAME \"a\\\"@0", "WORD b@5")),
                Arguments.of(Dialect.MYSQL, "\"a\\\"b\"", of("STRING \"a\\\"b\"@0")),
                Arguments.of(Dialect.MARIADB, "\"a\"\"b\"", of("STRING \"a\"\"b\"@0")),
                // `…`: a name, except in PostgreSQL
                Arguments.of(Dialect.SQLITE, "`a``b`", of("QUOTED_NAME `a``b`@0")),
                Arguments.of(Dialect.MYSQL, "`a``b`", of("QUOTED_NAME `a``b`@0")),
                Arguments.of(Dialect.POSTGRESQL, "`a`", of("SYMBOL `@0", "WORD a@1", "SYMBOL `@2")),
                // […]: a name in SQLite only
                Arguments.of(Dialect.SQLITE, "[a b]]", of("QUOTED_NAME [a b]@0", "SYMBOL ]@5")),
                Arguments.of(Dialect.POSTGRESQL, "a[1]", of("WORD a@0", "SYMBOL [@1", "NUMBER 1@2", "SYMBOL ]@3")),
                Arguments.of(Dialect.MARIADB, "[a]", of("SYMBOL [@0", "WORD a@1", "SYMBOL ]@2")),
                // backslash escapes in strings: MySQL and MariaDB; PostgreSQL in E'…' only
                Arguments.of(Dialect.MYSQL, "'a\\'b' x", of("STRING 'a\\'b'@0", "WORD x@7")),
                Arguments.of(Dialect.SQLITE, "'a\\' x", of("STRING 'a\\'@0", "WORD x@5")),
                Arguments.of(Dialect.POSTGRESQL, "'a\\' E'b\\'c' e'd'", of("STRING 'a\\'@0", "STRING E'b\\'c'@5", "STRING e'd'@13")),
                Arguments.of(Dialect.MYSQL, "E'a'", of("WORD E@0", "STRING 'a'@1")),
                Arguments.of(Dialect.SQLITE, "E'a'", of("WORD E@0", "STRING 'a'@1")),
                // a character set introducer belongs to its string in MySQL and MariaDB
                Arguments.of(Dialect.MARIADB, "_utf8mb4'x\\'' _bin", of("STRING _utf8mb4'x\\''@0", "WORD _bin@14")),
                Arguments.of(Dialect.POSTGRESQL, "_a'x'", of("WORD _a@0", "STRING 'x'@2")),
                // dollar quoting: PostgreSQL only, and not $1
                Arguments.of(Dialect.POSTGRESQL, "$f$ a ' ; $f$ $$x$$ $1", of("STRING $f$ a ' ; $f$@0", "STRING $$x$$@14", "SYMBOL $@20", "NUMBER 1@21")),
                Arguments.of(Dialect.MYSQL, "$$x", of("SYMBOL $@0", "SYMBOL $@1", "WORD x@2")));
    }

    @ParameterizedTest
    @MethodSource("quoting")
    void quotesByEngine(Dialect d, String text, List<String> tokens) {
        assertEquals(tokens, lex(d, text));
    }

    static Stream<Arguments> comments() {
        return Stream.of(
                Arguments.of(Dialect.SQLITE, "a --x;\nb", of("WORD a@0", "COMMENT --x;@2", "WORD b@7")),
                Arguments.of(Dialect.POSTGRESQL, "a--x\r\nb", of("WORD a@0", "COMMENT --x@1", "WORD b@6")),
                // MySQL: -- needs a space after it, # starts a comment
                Arguments.of(Dialect.MYSQL, "5--1 -- c\n# d\n", of("NUMBER 5@0", "SYMBOL -@1", "SYMBOL -@2", "NUMBER 1@3", "COMMENT -- c@5", "COMMENT # d@10")),
                Arguments.of(Dialect.MARIADB, "a--\tb", of("WORD a@0", "COMMENT --\tb@1")),
                Arguments.of(Dialect.POSTGRESQL, "a#>>b", of("WORD a@0", "SYMBOL #>>@1", "WORD b@4")),
                // block comments nest in PostgreSQL only
                Arguments.of(Dialect.POSTGRESQL, "/* a /* b */ c */ d", of("COMMENT /* a /* b */ c */@0", "WORD d@18")),
                Arguments.of(Dialect.SQLITE, "/* a /* b */ c */", of("COMMENT /* a /* b */@0", "WORD c@13", "SYMBOL *@15", "SYMBOL /@16")),
                // executable comments: /*! in MySQL and MariaDB, /*M! in MariaDB only
                Arguments.of(Dialect.MYSQL, "/*!50100 x */ /*M! y */", of("EXECUTABLE_COMMENT /*!50100 x */@0", "COMMENT /*M! y */@14")),
                Arguments.of(Dialect.MARIADB, "/*!50100 x */ /*M! y */", of("EXECUTABLE_COMMENT /*!50100 x */@0", "EXECUTABLE_COMMENT /*M! y */@14")),
                Arguments.of(Dialect.POSTGRESQL, "/*! x */", of("COMMENT /*! x */@0")));
    }

    @ParameterizedTest
    @MethodSource("comments")
    void commentsByEngine(Dialect d, String text, List<String> tokens) {
        assertEquals(tokens, lex(d, text));
    }

    static Stream<Arguments> unterminated() {
        return Stream.of(
                Arguments.of(Dialect.SQLITE, "a 'b;\nc", of("WORD a@0", "STRING! 'b;\nc@2")),
                Arguments.of(Dialect.MYSQL, "'b\\'", of("STRING! 'b\\'@0")),
                Arguments.of(Dialect.POSTGRESQL, "x E'b\\'", of("WORD x@0", "STRING! E'b\\'@2")),
                Arguments.of(Dialect.POSTGRESQL, "\"a", of("QUOTED_NAME! \"a@0")),
                Arguments.of(Dialect.MARIADB, "`a", of("QUOTED_NAME! `a@0")),
                Arguments.of(Dialect.SQLITE, "[a", of("QUOTED_NAME! [a@0")),
                Arguments.of(Dialect.POSTGRESQL, "$x$ a $y$", of("STRING! $x$ a $y$@0")),
                Arguments.of(Dialect.SQLITE, "a /* b", of("WORD a@0", "COMMENT! /* b@2")),
                Arguments.of(Dialect.POSTGRESQL, "/* a /* b */", of("COMMENT! /* a /* b */@0")),
                Arguments.of(Dialect.MYSQL, "/*! a", of("EXECUTABLE_COMMENT! /*! a@0")));
    }

    @ParameterizedTest
    @MethodSource("unterminated")
    void whatIsLeftOpenRunsToTheEndAndSaysSo(Dialect d, String text, List<String> tokens) {
        assertEquals(tokens, lex(d, text));
    }

    @Test
    void aDelimiterLineSetsADelimiterThatEndsWordsAndNumbers() {
        SqlLexer lexer = new SqlLexer(Engines.of(Dialect.MYSQL).syntax(), "DELIMITER //\nEND// 1// '//' x;\nDELIMITER");
        assertEquals(Kind.WORD, lexer.next());
        assertEquals("//", lexer.delimiterArgument());
        lexer.delimiter("//");
        List<String> seen = new ArrayList<>();
        for (Kind k = lexer.next(); !lexer.isWord("DELIMITER"); k = lexer.next()) seen.add(k + " " + lexer.text() + "@" + lexer.start());
        assertEquals(of("WORD END@13", "DELIMITER //@16", "NUMBER 1@19", "DELIMITER //@20", "STRING '//'@23", "WORD x@28", "SYMBOL ;@29"), seen);
        assertNull(lexer.delimiterArgument(), "a DELIMITER line without a delimiter");
    }

    @Test
    void aByteOrderMarkIsSkippedAndOtherWhitespaceToo() {
        assertEquals(of("WORD a@1", "WORD b@5"), lex(Dialect.SQLITE, "\uFEFFa\u2003\u0001\tb"));
    }

    @Test
    void tokensLeaveCommentsOutAndEndWithEnd() {
        List<Token> tokens = SqlLexer.tokens(Engines.of(Dialect.MYSQL).syntax(), "a /*! b */ -- c\n# d\n`e`");
        assertEquals(List.of(new Token(Kind.WORD, "a", 0, 1), new Token(Kind.QUOTED_NAME, "`e`", 20, 23), new Token(Kind.END, "", 23, 23)), tokens);
        assertEquals("e", tokens.get(1).name());
    }

    @Test
    void lookingAheadLeavesTheLexerWhereItWas() {
        SqlLexer lexer = new SqlLexer(Engines.of(Dialect.SQLITE).syntax(), "a b c");
        lexer.next();
        SqlLexer ahead = lexer.lookingFrom(lexer.end());
        ahead.next();
        assertTrue(ahead.isWord("B"));
        assertFalse(ahead.isSymbol('b'));
        lexer.next();
        assertEquals(2, lexer.start());
    }

    static Stream<Arguments> stringValues() {
        return Stream.of(
                Arguments.of(Dialect.MYSQL, "'a\\nb\\'c''d\\\\'", "a\nb'c'd\\"),
                Arguments.of(Dialect.MARIADB, "\"x\\t\"\"y\"", "x\t\"y"),
                Arguments.of(Dialect.MYSQL, "_utf8mb4'\\0'", "\0"),
                Arguments.of(Dialect.MYSQL, "X'4A\\'", "4A\\"),
                Arguments.of(Dialect.POSTGRESQL, "'a\\n''b'", "a\\n'b"),
                Arguments.of(Dialect.POSTGRESQL, "E'a\\r\\q'", "a\rq"),
                Arguments.of(Dialect.POSTGRESQL, "$t$ it's $t$", " it's "),
                Arguments.of(Dialect.POSTGRESQL, "$$x", "x"),
                Arguments.of(Dialect.SQLITE, "N'a\\'", "a\\"),
                Arguments.of(Dialect.SQLITE, "'open", "open"));
    }

    @ParameterizedTest
    @MethodSource("stringValues")
    void aStringsValueDecodesItsEscapesByEngine(Dialect d, String literal, String value) {
        assertEquals(value, SqlLiterals.stringValue(Engines.of(d).syntax(), literal));
    }

    @Test
    void quotedNamesLoseTheirQuotes() {
        assertEquals("a\"b", SqlLiterals.unquotedName("\"a\"\"b\""));
        assertEquals("a`b", SqlLiterals.unquotedName("`a``b`"));
        assertEquals("a]]b", SqlLiterals.unquotedName("[a]]b]"));
        assertEquals("open", SqlLiterals.unquotedName("\"open"));
        assertEquals("plain", SqlLiterals.unquotedName("plain"));
    }
}
