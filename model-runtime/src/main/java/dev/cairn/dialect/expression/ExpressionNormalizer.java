package dev.cairn.dialect.expression;

import dev.cairn.schema.SqlType;

import java.util.List;
import java.util.function.Function;

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
        return normalize(rules, expression, null);
    }

    /**
     * A column default that is a cast the engine keeps on a column of {@code type} ({@link ExpressionRules#keepsDefaultCast}),
     * its operand canonical and the cast kept; null when the default is no such cast.
     */
    static String keptDefaultCast(ExpressionRules rules, String expression, SqlType type) {
        try {
            List<Token> tokens = Tokenizer.tokenize(rules, expression);
            if (tokens.size() == 1) return null;
            if (!(Parser.parse(rules, tokens) instanceof Node.Cast c) || !rules.keepsDefaultCast(c, type)) return null;
            return Printer.print(rules, new Node.Cast(Rewriter.rewrite(rules, c.operand()), c.type()));
        } catch (UnsupportedExpression e) {
            return null;
        }
    }

    /** As {@link #normalize(ExpressionRules, String)}, with the types of the columns the expression may name (null: none known). */
    static String normalize(ExpressionRules rules, String expression, Function<String, SqlType> columnTypes) {
        List<Token> tokens;
        try {
            tokens = Tokenizer.tokenize(rules, expression);
        } catch (UnsupportedExpression e) {
            return null;
        }
        if (tokens.size() == 1) return "";
        try {
            Node parsed = Parser.parse(rules, tokens);
            return Printer.print(rules, columnTypes == null ? Rewriter.rewrite(rules, parsed) : Rewriter.rewrite(rules, parsed, columnTypes));
        } catch (UnsupportedExpression e) {
            try {
                return Printer.tokens(rules, tokens);
            } catch (UnsupportedExpression again) {
                return null;
            }
        }
    }
}
