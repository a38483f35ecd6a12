package dev.cairn.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal tokenizer for the DDL text SQLite keeps in {@code sqlite_master}: enough to find constraint names,
 * CHECK and generated-column expressions, index keys and table options. Tokens keep their offsets so expressions
 * can be cut out of the original text.
 */
final class SqliteTokens {
    enum Kind { WORD, QUOTED, STRING, NUMBER, PUNCT }

    record Token(Kind kind, String text, int start, int end) {
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The identifier without its quotes. */
        String name() {
            if (kind != Kind.QUOTED) return text;
            char q = text.charAt(0);
            char close = q == '[' ? ']' : q;
            String inner = text.substring(1, text.length() - 1);
            return q == '[' ? inner : inner.replace("" + close + close, "" + close);
        }

        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqliteTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) j += 2;
                        else break;
                    } else j++;
                }
                int end = Math.min(j + 1, n);
                out.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) j++;
                out.add(new Token(Kind.WORD, sql.substring(i, j), i, j));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) j++;
                out.add(new Token(Kind.NUMBER, sql.substring(i, j), i, j));
                i = j;
            } else {
                out.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return out;
    }

    /** The index of the ")" matching the "(" at {@code open}. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) depth++;
            else if (tokens.get(i).isPunct(')') && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unbalanced parentheses");
    }

    /** The top-level comma-separated items between tokens {@code from} (exclusive "(") and {@code to} (exclusive ")"). */
    static List<List<Token>> items(List<Token> tokens, int from, int to) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) depth++;
            if (t.isPunct(')')) depth--;
            if (depth == 0 && t.isPunct(',')) {
                out.add(current);
                current = new ArrayList<>();
            } else current.add(t);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    static String text(String sql, List<Token> tokens, int from, int toExclusive) {
        if (from >= toExclusive) return "";
        return sql.substring(tokens.get(from).start(), tokens.get(toExclusive - 1).end());
    }

    static int indexOfWord(List<Token> tokens, String keyword, int from) {
        for (int i = from; i < tokens.size(); i++) if (tokens.get(i).is(keyword)) return i;
        return -1;
    }
}
