package dev.cairn.sql;

import java.util.Locale;

/**
 * One lexical token of a DDL statement: its kind and where it stands in the statement text ({@code start} inclusive,
 * {@code end} exclusive), so that every error can point at it and expressions can be cut out exactly as written.
 */
public record Token(Kind kind, String text, int start, int end) {
    public enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL, END }

    public boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
