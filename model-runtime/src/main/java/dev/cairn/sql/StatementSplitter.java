package dev.cairn.sql;

import dev.cairn.dialect.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a migration file into statements, keeping the line and column of each statement's first token.
 *
 * <p>A statement's text runs from its first token (comments before it are not part of it) to its terminating
 * delimiter, without the delimiter and without surrounding whitespace; comments inside it stay. One pass over the
 * characters knows, per dialect: quoting ({@code '…'} with {@code ''}, PostgreSQL {@code E'…'}, MySQL backslash escapes,
 * {@code "…"}, backticks, SQLite {@code [ … ]}), comments ({@code --}, MySQL {@code #}, {@code /* *}{@code /}, nested on
 * PostgreSQL, MySQL {@code /*! … *}{@code /} kept as statement text), PostgreSQL dollar-quoted bodies and parentheses
 * (like psql, a {@code ;} inside parentheses does not end a statement), the {@code BEGIN … END} bodies of triggers
 * and routines with the blocks nested in them, and MySQL {@code DELIMITER} lines.
 *
 * <p>Not understood: psql meta-commands ({@code \connect}, {@code \i}) and {@code COPY … FROM stdin} data, server
 * modes that change quoting (MySQL {@code ANSI_QUOTES} / {@code NO_BACKSLASH_ESCAPES}, PostgreSQL
 * {@code standard_conforming_strings = off}), and a column named {@code end} written bare inside a MySQL routine body.
 */
public final class StatementSplitter {
    private final Dialect dialect;

    public StatementSplitter(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * @param file the name used in positions and messages
     * @throws SqlProblem for a string, quoted identifier, comment, dollar body, block or parenthesis left open at the end
     */
    public List<SqlStatement> split(String file, String text) {
        return new Scan(dialect, file, text).run();
    }

    /** Word classes the scanner tells apart; other tokens are remembered by their character (always positive). */
    private static final int NONE = 0;
    private static final int WORD = -1;
    private static final int LITERAL = -2;
    private static final int K_BEGIN = -3;
    private static final int K_END = -4;
    private static final int K_CASE = -5;
    private static final int K_IF = -6;
    private static final int K_LOOP = -7;
    private static final int K_WHILE = -8;
    private static final int K_REPEAT = -9;
    private static final int K_FOR = -10;
    private static final int K_THEN = -11;
    private static final int K_ELSE = -12;
    private static final int K_DO = -13;
    private static final int K_ROW = -14;
    private static final int K_CREATE = -15;
    /** TRIGGER, PROCEDURE, FUNCTION, EVENT: a CREATE of one of these may hold a BEGIN … END body. */
    private static final int K_ROUTINE_KIND = -16;
    /** TABLE, VIEW, INDEX …: a CREATE of one of these never holds a body, whatever words follow. */
    private static final int K_OTHER_KIND = -17;
    private static final int K_ON = -18;
    private static final int K_HANDLER = -19;

    private static final String[][] KEYWORDS_BY_LENGTH = new String[13][];
    private static final int[][] CODES_BY_LENGTH = new int[13][];

    static {
        Object[][] table = {
                {"IF", K_IF}, {"DO", K_DO}, {"ON", K_ON},
                {"END", K_END}, {"FOR", K_FOR}, {"ROW", K_ROW},
                {"CASE", K_CASE}, {"LOOP", K_LOOP}, {"THEN", K_THEN}, {"ELSE", K_ELSE},
                {"TYPE", K_OTHER_KIND}, {"ROLE", K_OTHER_KIND}, {"RULE", K_OTHER_KIND}, {"USER", K_OTHER_KIND},
                {"VIEW", K_OTHER_KIND},
                {"BEGIN", K_BEGIN}, {"WHILE", K_WHILE}, {"EVENT", K_ROUTINE_KIND}, {"TABLE", K_OTHER_KIND},
                {"INDEX", K_OTHER_KIND},
                {"REPEAT", K_REPEAT}, {"CREATE", K_CREATE}, {"SCHEMA", K_OTHER_KIND}, {"DOMAIN", K_OTHER_KIND},
                {"POLICY", K_OTHER_KIND}, {"SERVER", K_OTHER_KIND}, {"UNIQUE", K_OTHER_KIND},
                {"TRIGGER", K_ROUTINE_KIND}, {"HANDLER", K_HANDLER}, {"VIRTUAL", K_OTHER_KIND}, {"SPATIAL", K_OTHER_KIND},
                {"FUNCTION", K_ROUTINE_KIND}, {"SEQUENCE", K_OTHER_KIND}, {"DATABASE", K_OTHER_KIND},
                {"FULLTEXT", K_OTHER_KIND},
                {"PROCEDURE", K_ROUTINE_KIND}, {"EXTENSION", K_OTHER_KIND},
                {"TABLESPACE", K_OTHER_KIND},
                {"MATERIALIZED", K_OTHER_KIND},
        };
        for (int len = 0; len < KEYWORDS_BY_LENGTH.length; len++) {
            List<String> words = new ArrayList<>();
            List<Integer> codes = new ArrayList<>();
            for (Object[] row : table) {
                if (((String) row[0]).length() == len) {
                    words.add((String) row[0]);
                    codes.add((Integer) row[1]);
                }
            }
            KEYWORDS_BY_LENGTH[len] = words.toArray(String[]::new);
            CODES_BY_LENGTH[len] = codes.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) ASCII_WORD_CHAR[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) ASCII_WORD_CHAR[c] = true;
        for (char c = '0'; c <= '9'; c++) ASCII_WORD_CHAR[c] = true;
        ASCII_WORD_CHAR['_'] = true;
        ASCII_WORD_CHAR['$'] = true;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }

    private static boolean isWordStart(char c) {
        return c < 128 ? ASCII_WORD_CHAR[c] && c != '$' : Character.isLetterOrDigit(c);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c);
    }

    /** Whether a word before a BEGIN/END/CASE makes it an identifier ({@code t.end}, {@code (begin, …)}) instead. */
    private static boolean identifierContext(int previous) {
        return previous == '.' || previous == '(' || previous == ',';
    }

    private enum CreateKind { NOT_CREATE, UNDECIDED, ROUTINE, OTHER }

    /** One run over one text; all mutable state lives here so a splitter can be shared. */
    private static final class Scan {
        private final boolean mysql;
        private final boolean mariadb;
        private final boolean postgres;
        private final boolean sqlite;
        private final String file;
        private final String s;
        private final int n;
        private final LineColumnCounter positions;
        private final List<SqlStatement> out = new ArrayList<>();
        private int i;

        /** A DELIMITER other than {@code ;} (MySQL), or null. It ends a statement wherever it stands outside quotes. */
        private String delimiter;
        private char delimiterFirst;

        // the statement being read
        private int start = -1;
        private int words;
        private int previous = NONE;
        private CreateKind createKind = CreateKind.NOT_CREATE;
        private int depth;
        private int bodyOpenedAt;
        /** SQLite: the trigger's ON table has been read, so a BEGIN can now open its body. */
        private boolean sawOn;
        /** MySQL: inside DECLARE … HANDLER FOR …, whose action may be a BEGIN … END block. */
        private boolean handlerPending;
        private int parens;
        private int parenOpenedAt;

        Scan(Dialect dialect, String file, String text) {
            this.mysql = dialect.isMySqlFamily();
            this.mariadb = dialect == Dialect.MARIADB;
            this.postgres = dialect == Dialect.POSTGRESQL;
            this.sqlite = dialect == Dialect.SQLITE;
            this.file = file;
            this.s = text;
            this.n = text.length();
            this.positions = new LineColumnCounter(file, text);
        }

        List<SqlStatement> run() {
            if (n > 0 && s.charAt(0) == '\uFEFF') i = 1;
            while (i < n) {
                char c = s.charAt(i);
                if (c <= ' ') {
                    i++;
                    continue;
                }
                if (delimiter != null && c == delimiterFirst && s.startsWith(delimiter, i)) {
                    finish(i);
                    i += delimiter.length();
                    continue;
                }
                switch (c) {
                    case ';' -> semicolon();
                    case '\'' -> quoted(i, '\'', mysql, "string", stringHint());
                    case '"' -> quoted(i, '"', mysql, mysql ? "string" : "quoted identifier",
                            "add the closing \" (a \" inside it is written \"\")");
                    case '`' -> {
                        if (postgres) symbol(c);
                        else quoted(i, '`', false, "quoted identifier", "add the closing ` (a ` inside it is written ``)");
                    }
                    case '[' -> {
                        if (sqlite) bracketed();
                        else symbol(c);
                    }
                    case '-' -> {
                        if (i + 1 < n && s.charAt(i + 1) == '-' && (!mysql || i + 2 >= n || s.charAt(i + 2) <= ' ')) lineComment();
                        else symbol(c);
                    }
                    case '#' -> {
                        if (mysql) lineComment();
                        else symbol(c);
                    }
                    case '/' -> {
                        if (i + 1 < n && s.charAt(i + 1) == '*') blockComment();
                        else symbol(c);
                    }
                    case '$' -> {
                        int tagEnd = postgres ? dollarTagEnd(i) : -1;
                        if (tagEnd > 0) dollarBody(tagEnd);
                        else symbol(c);
                    }
                    case '(' -> {
                        if (parens++ == 0) parenOpenedAt = i;
                        symbol(c);
                    }
                    case ')' -> {
                        if (parens > 0) parens--;
                        symbol(c);
                    }
                    default -> {
                        if (isWordStart(c)) word();
                        else if (Character.isWhitespace(c)) i++;
                        else symbol(c);
                    }
                }
            }
            if (start >= 0) {
                if (depth > 0 && delimiter == null) {
                    throw problem(bodyOpenedAt, "the BEGIN … END body that opens here is never closed",
                            mysql ? "add the END that closes it, followed by ; (or set DELIMITER // around the statement and end it with //)"
                                    : "add the END that closes it, followed by ;");
                }
                if (postgres && parens > 0) throw problem(parenOpenedAt, "the ( opened here is never closed", "add the closing )");
                finish(n);
            }
            return out;
        }

        private String stringHint() {
            return mysql ? "add the closing ' (a ' inside a string is written '' or \\')"
                    : "add the closing ' (a ' inside a string is written '')";
        }

        private void begin(int at) {
            if (start < 0) start = at;
        }

        private void symbol(char c) {
            begin(i);
            i++;
            previous = c;
        }

        private void semicolon() {
            if (delimiter == null && depth == 0 && (parens == 0 || !postgres)) {
                finish(i);
            } else {
                begin(i);
                previous = ';';
                handlerPending = false;
            }
            i++;
        }

        private void finish(int terminator) {
            if (start >= 0) {
                int e = terminator;
                while (e > start && isSpace(s.charAt(e - 1))) e--;
                out.add(new SqlStatement(s.substring(start, e), positions.at(start)));
            }
            start = -1;
            words = 0;
            previous = NONE;
            createKind = CreateKind.NOT_CREATE;
            depth = 0;
            parens = 0;
            sawOn = false;
            handlerPending = false;
        }

        // ---- words and blocks

        private void word() {
            int b = i;
            int k = i + 1;
            String d = delimiter;
            while (k < n) {
                char c = s.charAt(k);
                if (!isWordChar(c) || (d != null && c == delimiterFirst && s.startsWith(d, k))) break;
                k++;
            }
            i = k;
            int len = k - b;
            if (start < 0 && mysql && len == 9 && s.regionMatches(true, b, "DELIMITER", 0, 9)) {
                delimiterCommand(k);
                return;
            }
            if (postgres && len == 1 && k < n && s.charAt(k) == '\'' && (s.charAt(b) == 'E' || s.charAt(b) == 'e')) {
                begin(b);
                int close = closingQuote(k, '\'', true);
                if (close < 0) {
                    throw problem(b, "unterminated string: the E' opened here is never closed",
                            "add the closing ' (in E'…' a ' inside is written '' or \\')");
                }
                i = close + 1;
                previous = LITERAL;
                return;
            }
            begin(b);
            words++;
            boolean classify = depth > 0 || words == 1 || createKind == CreateKind.UNDECIDED || createKind == CreateKind.ROUTINE;
            int kw = classify && previous != '.' ? keyword(b, len) : WORD;
            if (depth == 0) {
                atTopLevel(kw, b, k);
            } else {
                inBody(kw, k);
            }
            previous = kw;
        }

        private void atTopLevel(int kw, int b, int k) {
            if (words == 1) {
                if (kw == K_CREATE) {
                    createKind = CreateKind.UNDECIDED;
                } else if (kw == K_BEGIN && mariadb && followedByWords(k, "NOT", "ATOMIC")) {
                    createKind = CreateKind.ROUTINE;
                    openBody(b);
                }
            } else if (createKind == CreateKind.UNDECIDED) {
                if (kw == K_ROUTINE_KIND) createKind = CreateKind.ROUTINE;
                else if (kw == K_OTHER_KIND || words > 12) createKind = CreateKind.OTHER;
            } else if (createKind == CreateKind.ROUTINE) {
                if (kw == K_ON) {
                    sawOn = true;
                } else if (kw == K_BEGIN && parens == 0 && beginOpensBody(k)) {
                    openBody(b);
                } else if (mysql && (previous == K_ROW || previous == ':') && opensCompoundStatement(kw, k)) {
                    // MySQL trigger body that is a single IF/CASE/LOOP/… statement: FOR EACH ROW IF … END IF
                    openBody(b);
                }
            }
        }

        private void inBody(int kw, int k) {
            switch (kw) {
                case K_BEGIN -> {
                    // only MySQL nests blocks; there BEGIN opens one where a statement starts or as a handler's action
                    if (mysql && (atBodyStatementStart() || handlerPending) && beginOpensBlock(k)) {
                        depth++;
                        handlerPending = false;
                    }
                }
                case K_HANDLER -> handlerPending = mysql;
                case K_CASE -> {
                    if (previous != K_END && !identifierContext(previous)) depth++;
                }
                case K_IF, K_REPEAT, K_LOOP, K_WHILE, K_FOR -> {
                    if (mysql && atBodyStatementStart() && opensCompoundStatement(kw, k)) depth++;
                }
                case K_END -> {
                    // a SQLite trigger body ends at END ; — an END elsewhere at that level is a column named end
                    if (!identifierContext(previous) && (depth > 1 || !sqlite || endsStatement(k))) depth--;
                }
                default -> {
                }
            }
        }

        private void openBody(int at) {
            depth = 1;
            bodyOpenedAt = at;
        }

        private boolean beginOpensBody(int afterWord) {
            if (postgres) return followedByWords(afterWord, "ATOMIC");
            if (sqlite && !sawOn) return false;
            return beginOpensBlock(afterWord);
        }

        private boolean beginOpensBlock(int afterWord) {
            if (identifierContext(previous) || isOperator(previous)) return false;
            int k = skipSpaces(afterWord);
            if (k >= n) return true;
            char next = s.charAt(k);
            return next != '(' && next != ')' && next != ',' && next != '.' && next != '=';
        }

        private static boolean isOperator(int token) {
            return token > 0 && "=<>+-*/%|&^!~".indexOf(token) >= 0;
        }

        /** IF, LOOP … only open a block where a statement of a body may start (not {@code END IF}, not {@code DROP TABLE IF}). */
        private boolean atBodyStatementStart() {
            return switch (previous) {
                case ';', ':', K_BEGIN, K_THEN, K_ELSE, K_DO, K_LOOP, K_REPEAT -> true;
                default -> false;
            };
        }

        private boolean opensCompoundStatement(int kw, int afterWord) {
            return switch (kw) {
                case K_LOOP, K_WHILE, K_FOR, K_CASE -> true;
                // IF(c, a, b) and REPEAT(str, n) are functions; IF (c) THEN is a statement
                case K_IF, K_REPEAT -> !isCallWithArguments(afterWord);
                default -> false;
            };
        }

        private boolean isCallWithArguments(int afterWord) {
            int k = skipSpaces(afterWord);
            if (k >= n || s.charAt(k) != '(') return false;
            int level = 0;
            while (k < n) {
                char c = s.charAt(k);
                switch (c) {
                    case '(' -> level++;
                    case ')' -> {
                        if (--level == 0) return false;
                    }
                    case ',' -> {
                        if (level == 1) return true;
                    }
                    case '\'', '"', '`' -> {
                        k = closingQuote(k, c, mysql);
                        if (k < 0) return false;
                    }
                    default -> {
                    }
                }
                k++;
            }
            return false;
        }

        private boolean followedByWords(int from, String... expected) {
            int k = from;
            for (String w : expected) {
                k = skipSpaces(k);
                if (!s.regionMatches(true, k, w, 0, w.length())) return false;
                k += w.length();
                if (k < n && isWordChar(s.charAt(k))) return false;
            }
            return true;
        }

        private boolean endsStatement(int afterWord) {
            int k = afterWord;
            while (true) {
                k = skipSpaces(k);
                if (k + 1 < n && s.charAt(k) == '-' && s.charAt(k + 1) == '-') {
                    while (k < n && s.charAt(k) != '\n' && s.charAt(k) != '\r') k++;
                } else if (k + 1 < n && s.charAt(k) == '/' && s.charAt(k + 1) == '*') {
                    int close = s.indexOf("*/", k + 2);
                    k = close < 0 ? n : close + 2;
                } else {
                    return k >= n || s.charAt(k) == ';';
                }
            }
        }

        private int skipSpaces(int from) {
            int k = from;
            while (k < n && isSpace(s.charAt(k))) k++;
            return k;
        }

        private int keyword(int b, int len) {
            if (len >= KEYWORDS_BY_LENGTH.length) return WORD;
            String[] candidates = KEYWORDS_BY_LENGTH[len];
            for (int c = 0; c < candidates.length; c++) {
                if (s.regionMatches(true, b, candidates[c], 0, len)) return CODES_BY_LENGTH[len][c];
            }
            return WORD;
        }

        // ---- MySQL DELIMITER

        private void delimiterCommand(int afterWord) {
            int k = afterWord;
            while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
            int b = k;
            while (k < n && !isSpace(s.charAt(k))) k++;
            if (k == b) {
                throw new SqlProblem(positions.at(afterWord - 9), s.substring(afterWord - 9, afterWord),
                        "DELIMITER without a delimiter", "write the new delimiter after it on the same line, e.g. DELIMITER //");
            }
            String value = s.substring(b, k);
            delimiter = value.equals(";") ? null : value;
            delimiterFirst = value.charAt(0);
            while (k < n && s.charAt(k) != '\n' && s.charAt(k) != '\r') k++;
            i = k;
        }

        // ---- quotes and comments

        private void quoted(int open, char quote, boolean backslashEscapes, String what, String hint) {
            begin(open);
            int close = closingQuote(open, quote, backslashEscapes);
            if (close < 0) throw problem(open, "unterminated " + what + ": the " + quote + " opened here is never closed", hint);
            i = close + 1;
            previous = LITERAL;
        }

        /** The index of the quote that closes the one at {@code open}, or -1; a doubled quote stands for itself. */
        private int closingQuote(int open, char quote, boolean backslashEscapes) {
            int k = open + 1;
            if (backslashEscapes) {
                while (k < n) {
                    char c = s.charAt(k);
                    if (c == '\\') {
                        k += 2;
                    } else if (c == quote) {
                        if (k + 1 < n && s.charAt(k + 1) == quote) k += 2;
                        else return k;
                    } else {
                        k++;
                    }
                }
                return -1;
            }
            while (true) {
                int q = s.indexOf(quote, k);
                if (q < 0) return -1;
                if (q + 1 < n && s.charAt(q + 1) == quote) k = q + 2;
                else return q;
            }
        }

        private void bracketed() {
            int close = s.indexOf(']', i + 1);
            if (close < 0) throw problem(i, "unterminated bracketed identifier: the [ opened here is never closed", "add the closing ]");
            begin(i);
            i = close + 1;
            previous = LITERAL;
        }

        private void lineComment() {
            int k = i + 2;
            while (k < n) {
                char c = s.charAt(k);
                if (c == '\n' || c == '\r') break;
                k++;
            }
            i = k;
        }

        private void blockComment() {
            int open = i;
            boolean executable = mysql && i + 2 < n
                    && (s.charAt(i + 2) == '!' || (mariadb && s.charAt(i + 2) == 'M' && i + 3 < n && s.charAt(i + 3) == '!'));
            if (postgres) {
                int level = 1;
                int k = i + 2;
                while (level > 0) {
                    if (k + 1 >= n) throw unterminatedComment(open);
                    char c = s.charAt(k);
                    if (c == '*' && s.charAt(k + 1) == '/') {
                        level--;
                        k += 2;
                    } else if (c == '/' && s.charAt(k + 1) == '*') {
                        level++;
                        k += 2;
                    } else {
                        k++;
                    }
                }
                i = k;
            } else {
                int close = s.indexOf("*/", i + 2);
                if (close < 0) throw unterminatedComment(open);
                i = close + 2;
            }
            if (executable) {
                // MySQL runs what is inside /*! … */, so it belongs to the statement
                begin(open);
                previous = WORD;
            }
        }

        private SqlProblem unterminatedComment(int open) {
            return problem(open, "unterminated block comment: the /* opened here is never closed",
                    postgres ? "add the closing */ (comments nest in PostgreSQL: each /* inside needs its own */)" : "add the closing */");
        }

        /** The index after {@code $tag$} starting at {@code at}, or -1 when this {@code $} is no tag (e.g. {@code $1}). */
        private int dollarTagEnd(int at) {
            int k = at + 1;
            if (k < n && s.charAt(k) == '$') return k + 1;
            if (k >= n || !isWordStart(s.charAt(k)) || Character.isDigit(s.charAt(k))) return -1;
            while (k < n && isWordChar(s.charAt(k)) && s.charAt(k) != '$') k++;
            return k < n && s.charAt(k) == '$' ? k + 1 : -1;
        }

        private void dollarBody(int tagEnd) {
            int open = i;
            String tag = s.substring(open, tagEnd);
            int close = s.indexOf(tag, tagEnd);
            if (close < 0) throw problem(open, "unterminated dollar-quoted body: the " + tag + " opened here is never closed",
                    "add the closing " + tag);
            begin(open);
            i = close + tag.length();
            previous = LITERAL;
        }

        private SqlProblem problem(int at, String what, String hint) {
            int from = start >= 0 ? Math.min(start, at) : at;
            int to = Math.min(n, from + 200);
            return new SqlProblem(positions.at(at), s.substring(from, to), what, hint);
        }
    }
}
