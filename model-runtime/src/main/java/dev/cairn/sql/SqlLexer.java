package dev.cairn.sql;

import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one scanner of SQL text: it cuts a text into words, quoted names, strings, numbers, symbols and comments, each
 * with its offsets, by the rules of an engine's {@link SqlSyntax}. The splitter steps through a whole file with
 * {@link #next()} without allocating per token; everything else takes a statement's or an expression's tokens as a list
 * from {@link #tokens}. {@link SqlLiterals} decodes what it cut.
 * <p>
 * What it reads, whatever the engine: whitespace (skipped), {@code --} and {@code /* *}{@code /} comments, strings in
 * {@code '…'} with {@code ''} for a quote and the prefixes {@code N}, {@code X}, {@code B}, words (a letter or
 * {@code _}, then letters, digits, {@code _}, {@code $}), numbers ({@code 12}, {@code 1.5}, {@code .5}, {@code 1e-3},
 * {@code 0x1F}) and symbols, of which {@code ::}, {@code <=}, {@code ||}, {@code ->>} and the other operators of
 * PostgreSQL and MySQL written with several characters are one token. Everything else is the syntax's to answer. A quote or comment left open runs to
 * the end of the text and is marked {@link #unterminated()}: the caller decides whether that is an error.
 */
public final class SqlLexer {
    /** Operators of more than one character, by their first character, longest first. */
    private static final String[][] LONG_SYMBOLS = new String[128][];

    static {
        String[] symbols = {"!~~*", "<=>", "->>", "#>>", "!~~", "~~*", "!~*", "::", ":=", "<=", ">=", "<>", "!=", "||",
                "->", "==", "&&", "<<", ">>", "#>", "@>", "<@", "@@", "?|", "?&", "~~", "!~", "~*"};
        for (String symbol : symbols) {
            char first = symbol.charAt(0);
            String[] known = LONG_SYMBOLS[first] == null ? new String[0] : LONG_SYMBOLS[first];
            String[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = symbol;
            LONG_SYMBOLS[first] = more;
        }
    }

    private static final byte WORD_START = 1;
    private static final byte WORD_PART = 2;
    /** What an ASCII character can be in a word (a table: this is the lexer's innermost loop). */
    private static final byte[] CHARACTER_CLASS = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            CHARACTER_CLASS[c] = (byte) ((letter ? WORD_START | WORD_PART : 0) | (c >= '0' && c <= '9' || c == '$' ? WORD_PART : 0));
        }
    }

    private final String s;
    private final int n;
    private final SqlSyntax syntax;
    /** The answers read for every string; the others are asked where their token starts. */
    private final boolean backslashEscapes;
    private final boolean doubleQuotedStrings;

    /** A statement delimiter set by a DELIMITER line, or null. */
    private String delimiter;
    private char delimiterFirst;

    private int position;
    private Kind kind;
    private int start;
    private int end;
    private boolean unterminated;

    /** A lexer at the start of {@code text} (after a byte order mark, if there is one). */
    public SqlLexer(SqlSyntax syntax, String text) {
        this(syntax, text, !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0);
    }

    private SqlLexer(SqlSyntax syntax, String text, int from) {
        this.s = text;
        this.n = text.length();
        this.backslashEscapes = syntax.backslashEscapes();
        this.doubleQuotedStrings = syntax.doubleQuotedStrings();
        this.syntax = syntax;
        this.position = from;
    }

    /** The tokens of {@code text}, comments left out, ending with one {@link Kind#END} token at the text's length. */
    public static List<Token> tokens(SqlSyntax syntax, String text) {
        SqlLexer lexer = new SqlLexer(syntax, text, 0);
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        for (Kind k = lexer.next(); k != Kind.END; k = lexer.next()) {
            if (k != Kind.COMMENT && k != Kind.EXECUTABLE_COMMENT) out.add(new Token(k, text.substring(lexer.start, lexer.end), lexer.start, lexer.end));
        }
        out.add(new Token(Kind.END, "", text.length(), text.length()));
        return out;
    }

    /** A second lexer over the same text from {@code offset}, to look ahead without moving this one. */
    public SqlLexer lookingFrom(int offset) {
        SqlLexer ahead = new SqlLexer(syntax, s, offset);
        ahead.delimiter(delimiter);
        return ahead;
    }

    /** Moves to the next token, skipping whitespace, and returns its kind; {@link Kind#END} at the end of the text. */
    public Kind next() {
        String s = this.s;
        int n = this.n;
        int i = position;
        while (i < n) {
            char c = s.charAt(i);
            if (c > ' ' && (c < 128 || !Character.isWhitespace(c))) break;
            i++;
        }
        start = i;
        unterminated = false;
        if (i >= n) return token(Kind.END, n);
        char c = s.charAt(i);
        if (delimiter != null && c == delimiterFirst && s.startsWith(delimiter, i)) return token(Kind.DELIMITER, i + delimiter.length());
        if (isWordStart(c)) return word(i);
        if (c == '(' || c == ')' || c == ',' || c == ';') return token(Kind.SYMBOL, i + 1);
        return notWord(c, i);
    }

    /** The token at {@code i} that is not a word: a quote, comment, number or symbol (kept apart so next() stays small). */
    private Kind notWord(char c, int i) {
        switch (c) {
            case '\'':
                return token(Kind.STRING, quoted(i, '\'', backslashEscapes));
            case '"':
                return doubleQuotedStrings ? token(Kind.STRING, quoted(i, '"', backslashEscapes)) : token(Kind.QUOTED_NAME, quoted(i, '"', false));
            case '`':
                if (syntax.backquotedNames()) return token(Kind.QUOTED_NAME, quoted(i, '`', false));
                break;
            case '[':
                if (syntax.bracketedNames()) return token(Kind.QUOTED_NAME, bracketed(i));
                break;
            case '-':
                if (i + 1 < n && s.charAt(i + 1) == '-' && (!syntax.dashCommentsNeedSpace() || i + 2 >= n || s.charAt(i + 2) <= ' ')) {
                    return token(Kind.COMMENT, lineEnd(i + 2));
                }
                break;
            case '#':
                if (syntax.hashComments()) return token(Kind.COMMENT, lineEnd(i + 1));
                break;
            case '/':
                if (i + 1 < n && s.charAt(i + 1) == '*') return blockComment(i);
                break;
            case '$':
                if (syntax.dollarQuotedStrings()) {
                    int tagEnd = dollarTagEnd(i);
                    if (tagEnd > 0) return token(Kind.STRING, dollarQuoted(i, tagEnd));
                }
                break;
            default:
                break;
        }
        if (isDigit(c) || c == '.' && i + 1 < n && isDigit(s.charAt(i + 1))) return token(Kind.NUMBER, numberEnd(i));
        return token(Kind.SYMBOL, symbolEnd(i));
    }

    /** Where the current token starts. */
    public int start() {
        return start;
    }

    /** Where the current token ends (exclusive); the next one is looked for from here. */
    public int end() {
        return end;
    }

    /** Whether the current token is a quote or comment that the text ends inside of. */
    public boolean unterminated() {
        return unterminated;
    }

    /** The current token's text. */
    public String text() {
        return s.substring(start, end);
    }

    /** The last character of the current token (a one-character symbol's character). */
    public char lastChar() {
        return s.charAt(end - 1);
    }

    /** Whether the current token is this word, in any case. */
    public boolean isWord(String word) {
        return kind == Kind.WORD && end - start == word.length() && s.regionMatches(true, start, word, 0, word.length());
    }

    /** Whether the current token is this one-character symbol. */
    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && end - start == 1 && s.charAt(start) == c;
    }

    /**
     * Sets the delimiter that ends statements from here on, as a {@code DELIMITER} line does ({@code null} or
     * {@code ";"} for none but {@code ;}). Where it stands outside quotes and comments it is a {@link Kind#DELIMITER}
     * token, even right after a word ({@code END//}).
     */
    public void delimiter(String value) {
        delimiter = value == null || value.equals(";") ? null : value;
        delimiterFirst = delimiter == null ? 0 : delimiter.charAt(0);
    }

    /**
     * Reads the argument of a {@code DELIMITER} command just read as a word: the run of non-blank characters after it on
     * the same line, then skips to the end of that line. Null, and nothing read, when the line holds no argument.
     */
    public String delimiterArgument() {
        int k = end;
        while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
        int b = k;
        while (k < n && s.charAt(k) > ' ' && !Character.isWhitespace(s.charAt(k))) k++;
        if (k == b) return null;
        String value = s.substring(b, k);
        position = lineEnd(k);
        return value;
    }

    // ---------------------------------------------------------------------------------------------- scanning

    private Kind token(Kind k, int tokenEnd) {
        kind = k;
        end = tokenEnd;
        position = tokenEnd;
        return k;
    }

    private Kind word(int b) {
        int k = b + 1;
        if (delimiter == null) {
            while (k < n && isWordPart(s.charAt(k))) k++;
        } else {
            while (k < n && isWordPart(s.charAt(k)) && !atDelimiter(k)) k++;
        }
        if (k < n && s.charAt(k) == '\'') {
            int prefix = stringPrefix(b, k);
            if (prefix != NO_PREFIX) return token(Kind.STRING, quoted(k, '\'', prefix == ESCAPING_PREFIX));
        }
        return token(Kind.WORD, k);
    }

    private static final int NO_PREFIX = 0;
    private static final int PLAIN_PREFIX = 1;
    private static final int ESCAPING_PREFIX = 2;

    /** Whether the word {@code b..k} right before a quote belongs to the string, and whether its backslashes escape. */
    private int stringPrefix(int b, int k) {
        if (k - b > 1) return syntax.charsetIntroducers() && s.charAt(b) == '_' ? (backslashEscapes ? ESCAPING_PREFIX : PLAIN_PREFIX) : NO_PREFIX;
        return switch (s.charAt(b)) {
            case 'E', 'e' -> syntax.escapeStrings() ? ESCAPING_PREFIX : NO_PREFIX;
            case 'N', 'n' -> backslashEscapes ? ESCAPING_PREFIX : PLAIN_PREFIX;
            case 'X', 'x', 'B', 'b' -> PLAIN_PREFIX;
            default -> NO_PREFIX;
        };
    }

    private int numberEnd(int b) {
        int k = b;
        if (s.charAt(k) == '0' && k + 2 < n && (s.charAt(k + 1) == 'x' || s.charAt(k + 1) == 'X') && Character.digit(s.charAt(k + 2), 16) >= 0) {
            k += 2;
            while (k < n && Character.digit(s.charAt(k), 16) >= 0 && !atDelimiter(k)) k++;
            return k;
        }
        while (k < n && isDigit(s.charAt(k)) && !atDelimiter(k)) k++;
        if (k < n && s.charAt(k) == '.' && !(k + 1 < n && s.charAt(k + 1) == '.') && !atDelimiter(k)) {
            k++;
            while (k < n && isDigit(s.charAt(k)) && !atDelimiter(k)) k++;
        }
        if (k < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E') && !atDelimiter(k)) {
            int m = k + 1;
            if (m < n && (s.charAt(m) == '+' || s.charAt(m) == '-')) m++;
            if (m < n && isDigit(s.charAt(m))) {
                k = m;
                while (k < n && isDigit(s.charAt(k)) && !atDelimiter(k)) k++;
            }
        }
        return k;
    }

    private int symbolEnd(int i) {
        char c = s.charAt(i);
        String[] candidates = c < 128 && i + 1 < n ? LONG_SYMBOLS[c] : null;
        if (candidates == null) return i + 1;
        char second = s.charAt(i + 1);
        for (String symbol : candidates) {
            // the second character rules out most candidates before the whole symbol is compared
            if (symbol.charAt(1) == second && s.startsWith(symbol, i) && !delimiterWithin(i + 1, i + symbol.length())) {
                return i + symbol.length();
            }
        }
        return i + 1;
    }

    private boolean atDelimiter(int k) {
        return delimiter != null && s.charAt(k) == delimiterFirst && s.startsWith(delimiter, k);
    }

    private boolean delimiterWithin(int from, int to) {
        if (delimiter == null) return false;
        for (int k = from; k < to; k++) if (atDelimiter(k)) return true;
        return false;
    }

    /** The end of a quoted run opened at {@code open}: after its closing quote, or the text's end (unterminated). */
    private int quoted(int open, char quote, boolean escapes) {
        int k = open + 1;
        if (escapes) {
            while (k < n) {
                char c = s.charAt(k);
                if (c == '\\') {
                    k += 2;
                } else if (c == quote) {
                    if (k + 1 < n && s.charAt(k + 1) == quote) k += 2;
                    else return k + 1;
                } else {
                    k++;
                }
            }
            return open();
        }
        while (true) {
            int q = s.indexOf(quote, k);
            if (q < 0) return open();
            if (q + 1 < n && s.charAt(q + 1) == quote) k = q + 2;
            else return q + 1;
        }
    }

    /** The end of a token the text ends inside of. */
    private int open() {
        unterminated = true;
        return n;
    }

    private int bracketed(int open) {
        int close = s.indexOf(']', open + 1);
        return close < 0 ? open() : close + 1;
    }

    private int lineEnd(int from) {
        int k = from;
        while (k < n && s.charAt(k) != '\n' && s.charAt(k) != '\r') k++;
        return k;
    }

    private Kind blockComment(int open) {
        Kind k = Kind.COMMENT;
        List<String> executable = syntax.executableCommentOpeners();
        for (int o = 0; o < executable.size(); o++) {
            if (s.startsWith(executable.get(o), open)) k = Kind.EXECUTABLE_COMMENT;
        }
        if (!syntax.nestedBlockComments()) {
            int close = s.indexOf("*/", open + 2);
            return token(k, close < 0 ? open() : close + 2);
        }
        int level = 1;
        int i = open + 2;
        while (level > 0) {
            if (i + 1 >= n) return token(k, open());
            char c = s.charAt(i);
            if (c == '*' && s.charAt(i + 1) == '/') {
                level--;
                i += 2;
            } else if (c == '/' && s.charAt(i + 1) == '*') {
                level++;
                i += 2;
            } else {
                i++;
            }
        }
        return token(k, i);
    }

    /** The index after a {@code $tag$} opener at {@code at}, or -1 when this {@code $} opens none (e.g. {@code $1}). */
    private int dollarTagEnd(int at) {
        int k = at + 1;
        if (k < n && s.charAt(k) == '$') return k + 1;
        if (k >= n || !isWordStart(s.charAt(k))) return -1;
        while (k < n && isWordPart(s.charAt(k)) && s.charAt(k) != '$') k++;
        return k < n && s.charAt(k) == '$' ? k + 1 : -1;
    }

    private int dollarQuoted(int open, int tagEnd) {
        String tag = s.substring(open, tagEnd);
        int close = s.indexOf(tag, tagEnd);
        return close < 0 ? open() : close + tag.length();
    }

    private static boolean isWordStart(char c) {
        return c < 128 ? (CHARACTER_CLASS[c] & WORD_START) != 0 : Character.isLetter(c);
    }

    private static boolean isWordPart(char c) {
        return c < 128 ? (CHARACTER_CLASS[c] & WORD_PART) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c);
    }
}
