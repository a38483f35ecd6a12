package dev.cairn.dialect.expression;

import dev.cairn.dialect.expression.Token.Kind;

import java.util.Locale;
import java.util.Set;

/** Reads the type of a cast ({@code ::type}, {@code CAST(x AS type)}) and gives it in the engine's canonical spelling. */
final class TypeNameReader {
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time", "zone",
            "unsigned", "signed", "integer", "int");

    private TypeNameReader() {
    }

    /**
     * Reads a type name after {@code ::} or {@code AS} and returns its canonical spelling. A quoted name keeps its quotes
     * unless the engine would fold it to the same bare word ({@code "mood_Ñandú5"} and {@code "Mood"} are types of their
     * own; {@code "mood"} is {@code mood}).
     */
    static String read(TokenStream in, ExpressionRules rules) {
        StringBuilder text = new StringBuilder();
        Token first = in.take();
        if (first.kind() == Kind.QUOTED) {
            text.append(NameSpelling.name(rules, first.text()));
        } else if (first.kind() == Kind.WORD) {
            text.append(first.text());
            while (in.peek().kind() == Kind.DOT && in.peek(1).kind() == Kind.WORD) {
                in.skip();
                text.append('.').append(in.take().text());
            }
        } else {
            throw new UnsupportedExpression("type name");
        }
        continuation(in, text);
        if (in.peek().kind() == Kind.LPAREN) {
            in.skip();
            text.append('(');
            boolean firstArg = true;
            while (in.peek().kind() != Kind.RPAREN) {
                Token arg = in.take();
                if (arg.kind() == Kind.COMMA) {
                    text.append(',');
                } else if (arg.kind() == Kind.NUMBER || arg.kind() == Kind.WORD) {
                    text.append(arg.text());
                } else {
                    throw new UnsupportedExpression("type modifier");
                }
                firstArg = false;
            }
            if (firstArg) throw new UnsupportedExpression("empty type modifier");
            in.skip();
            text.append(')');
            continuation(in, text);
        }
        while (in.peek().kind() == Kind.LBRACKET) {
            in.skip();
            if (in.peek().kind() == Kind.NUMBER) in.skip();
            in.expect(Kind.RBRACKET);
            text.append("[]");
        }
        return rules.canonicalType(text.toString());
    }

    private static void continuation(TokenStream in, StringBuilder text) {
        while (in.peek().kind() == Kind.WORD && TYPE_CONTINUATIONS.contains(in.peek().text().toLowerCase(Locale.ROOT))) {
            text.append(' ').append(in.take().text());
        }
    }
}
