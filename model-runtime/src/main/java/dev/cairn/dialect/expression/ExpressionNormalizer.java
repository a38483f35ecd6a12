package dev.cairn.dialect.expression;

import java.util.List;

/**
 * Parses an SQL expression (a default, a CHECK condition, an index key or predicate) and prints it back in one
 * canonical spelling: keywords upper-case, names and functions lower-case, unneeded parentheses and quotes gone, and
 * the engine's own rewrites applied (see {@link Rewriter}). Syntax outside what it models (subqueries, window calls,
 * …) still gets canonical tokens and spacing, so equal texts stay equal.
 */
final class ExpressionNormalizer {
    private ExpressionNormalizer() {
    }

    /** The canonical text, or null when the text cannot even be cut into tokens (e.g. an unterminated quote). */
    static String normalize(ExpressionRules rules, String expression) {
        List<Token> tokens;
        try {
            tokens = Tokenizer.tokenize(rules, expression);
        } catch (UnsupportedExpression e) {
            return null;
        }
        if (tokens.size() == 1) return "";
        try {
            return Printer.print(rules, Rewriter.rewrite(rules, Parser.parse(rules, tokens)));
        } catch (UnsupportedExpression e) {
            try {
                return Printer.tokens(rules, tokens);
            } catch (UnsupportedExpression again) {
                return null;
            }
        }
    }
}
