package dev.cairn.sql;

import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a migration file into statements, keeping the line and column of each statement's first token.
 *
 * <p>A statement's text runs from its first token (comments before it are not part of it) to its terminating
 * delimiter, without the delimiter and without surrounding whitespace; comments inside it stay. The {@link SqlLexer}
 * reads quotes, comments and dollar-quoted bodies by the engine's {@link SqlSyntax}; an executable comment
 * ({@code /*! … *}{@code /}) is statement text. On top of the tokens the splitter follows parentheses (where
 * {@link SqlSyntax#parenthesesHoldSemicolons()}, as psql does, a {@code ;} inside them does not end a statement),
 * the {@code BEGIN … END} bodies of triggers and routines with the blocks nested in them ({@link BodyTracker}), and
 * {@code DELIMITER} lines.
 *
 * <p>Not understood: psql meta-commands ({@code \connect}, {@code \i}) and {@code COPY … FROM stdin} data, server
 * modes that change quoting (MySQL {@code ANSI_QUOTES} / {@code NO_BACKSLASH_ESCAPES}, PostgreSQL
 * {@code standard_conforming_strings = off}), and a column named {@code end} written bare inside a MySQL routine body.
 */
public final class StatementSplitter {
    private final SqlSyntax syntax;

    public StatementSplitter(SqlSyntax syntax) {
        this.syntax = Objects.requireNonNull(syntax, "syntax");
    }

    /**
     * @param file the name used in positions and messages
     * @throws SqlProblem for a string, quoted identifier, comment, dollar body, block or parenthesis left open at the end
     */
    public List<SqlStatement> split(String file, String text) {
        return new Scan(syntax, file, text).run();
    }

    /** One run over one text; all mutable state lives here so a splitter can be shared. */
    private static final class Scan {
        private final SqlSyntax syntax;
        private final boolean delimiterCommand;
        private final boolean parenthesesHoldSemicolons;
        private final String s;
        private final SqlLexer lexer;
        private final LineColumnCounter positions;
        private final BodyTracker body;
        private final List<SqlStatement> out = new ArrayList<>();

        /** Whether a DELIMITER line set a delimiter other than {@code ;}. */
        private boolean customDelimiter;
        /** Where the statement being read starts, or -1 between statements. */
        private int start = -1;
        private int parens;
        private int parenOpenedAt;

        Scan(SqlSyntax syntax, String file, String text) {
            this.syntax = syntax;
            this.delimiterCommand = syntax.delimiterCommand();
            this.parenthesesHoldSemicolons = syntax.parenthesesHoldSemicolons();
            this.s = text;
            this.lexer = new SqlLexer(syntax, text);
            this.positions = new LineColumnCounter(file, text);
            this.body = new BodyTracker(syntax, text, lexer);
        }

        List<SqlStatement> run() {
            for (Kind kind = lexer.next(); kind != Kind.END; kind = lexer.next()) {
                switch (kind) {
                    case SYMBOL -> symbol();
                    case WORD, NUMBER -> word();
                    case STRING, QUOTED_NAME -> {
                        begin(lexer.start());
                        if (lexer.unterminated()) throw unterminatedQuote(kind);
                        body.literal();
                    }
                    case COMMENT -> {
                        if (lexer.unterminated()) throw unterminatedComment();
                    }
                    case EXECUTABLE_COMMENT -> {
                        // MySQL runs what is inside /*! … */, so it belongs to the statement
                        if (lexer.unterminated()) throw unterminatedComment();
                        begin(lexer.start());
                        body.executableComment();
                    }
                    case DELIMITER -> finish(lexer.start());
                    default -> throw new IllegalStateException("unexpected " + kind);
                }
            }
            if (start >= 0) {
                if (body.inBody() && !customDelimiter) {
                    throw problem(body.bodyOpenedAt(), "the BEGIN … END body that opens here is never closed",
                            delimiterCommand
                                    ? "add the END that closes it, followed by ; (or set DELIMITER // around the statement and end it with //)"
                                    : "add the END that closes it, followed by ;");
                }
                if (parenthesesHoldSemicolons && parens > 0) throw problem(parenOpenedAt, "the ( opened here is never closed", "add the closing )");
                finish(s.length());
            }
            return out;
        }

        private void begin(int at) {
            if (start < 0) start = at;
        }

        private void symbol() {
            int at = lexer.start();
            char c = lexer.lastChar();
            if (lexer.end() - at == 1) {
                if (c == ';') {
                    semicolon(at);
                    return;
                }
                if (c == '(' && parens++ == 0) parenOpenedAt = at;
                if (c == ')' && parens > 0) parens--;
            }
            begin(at);
            body.symbol(c);
        }

        private void semicolon(int at) {
            if (!customDelimiter && !body.inBody() && (parens == 0 || !parenthesesHoldSemicolons)) {
                finish(at);
            } else {
                begin(at);
                body.semicolonInside();
            }
        }

        private void word() {
            int b = lexer.start();
            if (start < 0 && delimiterCommand && lexer.isWord("DELIMITER")) {
                delimiterCommand(b);
                return;
            }
            begin(b);
            body.word(b, lexer.end(), parens);
        }

        private void delimiterCommand(int at) {
            String value = lexer.delimiterArgument();
            if (value == null) {
                throw new SqlProblem(positions.at(at), s.substring(at, lexer.end()),
                        "DELIMITER without a delimiter", "write the new delimiter after it on the same line, e.g. DELIMITER //");
            }
            lexer.delimiter(value);
            customDelimiter = !value.equals(";");
        }

        private void finish(int terminator) {
            if (start >= 0) {
                int e = terminator;
                while (e > start && isSpace(s.charAt(e - 1))) e--;
                out.add(new SqlStatement(s.substring(start, e), positions.at(start)));
            }
            start = -1;
            parens = 0;
            body.reset();
        }

        private static boolean isSpace(char c) {
            return c <= ' ' || Character.isWhitespace(c);
        }

        // ---- problems

        private SqlProblem unterminatedQuote(Kind kind) {
            int at = lexer.start();
            char open = s.charAt(at);
            if (open == '[') return problem(at, "unterminated bracketed identifier: the [ opened here is never closed", "add the closing ]");
            if (open == '$') {
                String tag = s.substring(at, s.indexOf('$', at + 1) + 1);
                return problem(at, "unterminated dollar-quoted body: the " + tag + " opened here is never closed", "add the closing " + tag);
            }
            if (kind == Kind.QUOTED_NAME) {
                return problem(at, "unterminated quoted identifier: the " + open + " opened here is never closed",
                        "add the closing " + open + " (a " + open + " inside it is written " + open + open + ")");
            }
            if (open == '"') {
                return problem(at, "unterminated string: the \" opened here is never closed", "add the closing \" (a \" inside it is written \"\")");
            }
            int quote = s.indexOf('\'', at);
            if (quote == at + 1 && (open == 'E' || open == 'e') && syntax.escapeStrings()) {
                return problem(at, "unterminated string: the E' opened here is never closed",
                        "add the closing ' (in E'…' a ' inside is written '' or \\')");
            }
            return problem(quote, "unterminated string: the ' opened here is never closed", syntax.backslashEscapes()
                    ? "add the closing ' (a ' inside a string is written '' or \\')" : "add the closing ' (a ' inside a string is written '')");
        }

        private SqlProblem unterminatedComment() {
            return problem(lexer.start(), "unterminated block comment: the /* opened here is never closed", syntax.nestedBlockComments()
                    ? "add the closing */ (comments nest in PostgreSQL: each /* inside needs its own */)" : "add the closing */");
        }

        private SqlProblem problem(int at, String what, String hint) {
            int from = start >= 0 ? Math.min(start, at) : at;
            int to = Math.min(s.length(), from + 200);
            return new SqlProblem(positions.at(at), s.substring(from, to), what, hint);
        }
    }
}
