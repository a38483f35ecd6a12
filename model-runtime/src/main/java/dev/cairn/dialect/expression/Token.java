package dev.cairn.dialect.expression;

/**
 * One lexical unit of an SQL expression. For {@link Kind#STRING} {@code text} is the decoded value (quotes and
 * escapes removed) and {@code prefix} a bit/hex/national marker ({@code B}, {@code X}, {@code N}) or empty; for
 * {@link Kind#QUOTED} it is the identifier without its quotes.
 */
record Token(Kind kind, String text, String prefix) {
    enum Kind { STRING, NUMBER, WORD, QUOTED, OP, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, CAST, END }

    Token(Kind kind, String text) {
        this(kind, text, "");
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isOp(String op) {
        return kind == Kind.OP && text.equals(op);
    }
}
