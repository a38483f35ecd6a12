package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a statement into tokens. Comments and whitespace are dropped; quoted names keep their quotes in {@code text}
 * (the reader unquotes them), strings keep theirs. Brackets quote names only on SQLite, where {@code [a b]} is a name;
 * elsewhere {@code [} is a symbol (PostgreSQL arrays). Backslash escapes count inside MySQL strings only.
 */
public final class Tokenizer {
    private static final String[] LONG_SYMBOLS = {"::", "<=", ">=", "<>", "!=", "||", "->>", "->", "==", "&&", "<<", ">>", ":="};

    private Tokenizer() {
    }

    public static List<Token> tokens(Dialect dialect, String sql) {
        List<Token> out = new ArrayList<>(Math.max(16, sql.length() / 5));
        int n = sql.length();
        int i = 0;
        boolean mysql = dialect.isMySqlFamily();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' && mysql) {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '\'') {
                int e = endOfQuoted(sql, i, '\'', mysql);
                out.add(new Token(Kind.STRING, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '"' && !mysql || c == '`' || c == '[' && dialect == Dialect.SQLITE) {
                int e = endOfQuoted(sql, i, c == '[' ? ']' : c, false);
                out.add(new Token(Kind.QUOTED_NAME, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '"') {
                int e = endOfQuoted(sql, i, '"', true);
                out.add(new Token(Kind.STRING, sql.substring(i, e), i, e));
                i = e;
            } else if (c == '$' && dialect == Dialect.POSTGRESQL && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                int e = close < 0 ? n : close + tag.length();
                out.add(new Token(Kind.STRING, sql.substring(i, e), i, e));
                i = e;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int b = i;
                while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) i++;
                if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
                    int k = i + 1;
                    if (k < n && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) k++;
                    if (k < n && Character.isDigit(sql.charAt(k))) {
                        i = k;
                        while (i < n && Character.isDigit(sql.charAt(i))) i++;
                    }
                }
                out.add(new Token(Kind.NUMBER, sql.substring(b, i), b, i));
            } else if (Character.isLetter(c) || c == '_') {
                int b = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                if (i < n && sql.charAt(i) == '\'' && i - b <= 2) {
                    // E'…', X'…', N'…', B'…', U&'…' prefixes belong to the string
                    int e = endOfQuoted(sql, i, '\'', mysql || sql.charAt(b) == 'e' || sql.charAt(b) == 'E');
                    out.add(new Token(Kind.STRING, sql.substring(b, e), b, e));
                    i = e;
                } else {
                    out.add(new Token(Kind.WORD, sql.substring(b, i), b, i));
                }
            } else {
                String symbol = String.valueOf(c);
                for (String s : LONG_SYMBOLS) {
                    if (sql.startsWith(s, i)) {
                        symbol = s;
                        break;
                    }
                }
                out.add(new Token(Kind.SYMBOL, symbol, i, i + symbol.length()));
                i += symbol.length();
            }
        }
        out.add(new Token(Kind.END, "", n, n));
        return out;
    }

    private static int endOfQuoted(String sql, int open, char close, boolean backslashEscapes) {
        int n = sql.length();
        int i = open + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == close) {
                if (i + 1 < n && sql.charAt(i + 1) == close && close != ']') i += 2;
                else return i + 1;
            } else {
                i++;
            }
        }
        return n;
    }

    /** The end of a {@code $tag$} opener at {@code i}, or -1. */
    private static int dollarTagEnd(String sql, int i) {
        int k = i + 1;
        while (k < sql.length() && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_')) k++;
        if (k < sql.length() && sql.charAt(k) == '$' && (k == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) return k + 1;
        return -1;
    }
}
