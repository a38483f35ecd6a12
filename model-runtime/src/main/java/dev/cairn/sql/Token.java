package dev.cairn.sql;

import java.util.Locale;

/**
 * One lexical token of a statement: its kind and where it stands in the text ({@code start} inclusive, {@code end}
 * exclusive), so that every error can point at it and expressions can be cut out exactly as written. Strings keep
 * their quotes and prefix ({@code E'a\n'}, {@code N'x'}), quoted names their quotes.
 */
public record Token(Kind kind, String text, int start, int end) {
    /**
     * What a token is. {@link SqlLexer#tokens} lists hold no comments and no delimiters: those kinds only come from
     * stepping through a text with {@link SqlLexer#next()}.
     */
    public enum Kind {
        WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL,
        /** A line or block comment. */
        COMMENT,
        /** A block comment whose content the server runs ({@code /*! … *}{@code /}), so it is statement text. */
        EXECUTABLE_COMMENT,
        /** The statement delimiter set by a {@code DELIMITER} line. */
        DELIMITER,
        END
    }

    public boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    public boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    public boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
    }

    /** The name a word or quoted name spells: without quotes, a doubled quote inside as one; a word as written. */
    public String name() {
        return kind == Kind.QUOTED_NAME ? SqlLiterals.unquotedName(text) : text;
    }

    public String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
