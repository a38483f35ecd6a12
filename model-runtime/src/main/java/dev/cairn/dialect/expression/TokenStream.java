package dev.cairn.dialect.expression;

import dev.cairn.dialect.expression.Token.Kind;

import java.util.List;

/** The parser's position in an expression's tokens, which end with one {@link Kind#END} token. */
final class TokenStream {
    private final List<Token> tokens;
    private int p;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(p);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(p + ahead, tokens.size() - 1));
    }

    Token take() {
        return tokens.get(p++);
    }

    void skip() {
        p++;
    }

    void skip(int count) {
        p += count;
    }

    void expect(Kind kind) {
        if (take().kind() != kind) throw new UnsupportedExpression("expected " + kind);
    }

    void expectWord(String word) {
        if (!take().isWord(word)) throw new UnsupportedExpression("expected " + word);
    }

    boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            p++;
            return true;
        }
        return false;
    }
}
