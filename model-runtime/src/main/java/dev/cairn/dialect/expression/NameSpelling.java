package dev.cairn.dialect.expression;

import dev.cairn.dialect.expression.Token.Kind;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are spelled in canonical text: a bare word in lower case; a quoted name bare where the engine would take
 * it so, else in the engine's quotes ({@link ExpressionRules#nameQuote()}).
 */
final class NameSpelling {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern PLAIN_FROM_DIGIT_OR_DOLLAR = Pattern.compile("[a-z0-9_$]*[a-z_$][a-z0-9_$]*");
    /** Words that keep their quotes as names in every engine, since the parser would read them as keywords. */
    private static final Set<String> RESERVED = Set.of("all", "and", "any", "array", "as", "asc", "between", "by", "case", "cast",
            "check", "collate", "column", "constraint", "create", "cross", "current_date", "current_time", "current_timestamp",
            "current_user", "default", "desc", "distinct", "div", "do", "else", "end", "escape", "exists", "extract", "false", "fetch",
            "for", "from", "grant", "group", "having", "if", "ilike", "in", "index", "inner", "interval", "into", "is", "join", "key",
            "left", "like", "limit", "localtime", "localtimestamp", "mod", "natural", "not", "null", "offset", "on", "or", "order",
            "outer", "over", "partition", "primary", "range", "references", "regexp", "right", "rlike", "row", "rows", "select",
            "session_user", "set", "similar", "some", "table", "then", "to", "true", "union", "unique", "user", "using", "values",
            "when", "where", "window", "with", "xor");

    private NameSpelling() {
    }

    /** An identifier in canonical spelling: bare and lower-case where the engine would fold it, else quoted. */
    static String identifier(ExpressionRules rules, Token token) {
        String text = token.text();
        if (token.kind() == Kind.WORD) return rules.storedName(text.toLowerCase(Locale.ROOT));
        return name(rules, text);
    }

    /** A name as written in quotes, in canonical spelling: bare where the engine would print it so, else quoted. */
    static String name(ExpressionRules rules, String quotedName) {
        String name = rules.storedName(rules.lowerCasesQuotedNames() ? quotedName.toLowerCase(Locale.ROOT) : quotedName);
        return rules.spelledBare(name) ? name : quoted(rules, name);
    }

    /** {@link ExpressionRules#spelledBare}'s default: a plain word that neither the parser nor the engine reads as a keyword. */
    static boolean plainByDefault(ExpressionRules rules, String name) {
        Pattern plain = rules.bareNamesMayStartWithDigitOrDollar() ? PLAIN_FROM_DIGIT_OR_DOLLAR : PLAIN;
        return plain.matcher(name).matches() && !RESERVED.contains(name) && !rules.isReserved(name);
    }

    /** The collation named by a word, quoted name or string. */
    static String collation(ExpressionRules rules, Token name) {
        if (name.kind() == Kind.WORD) return name.text().toLowerCase(Locale.ROOT);
        return rules.quotedCollationsKeepQuotes() ? quoted(rules, name.text()) : name.text();
    }

    /** Whether the parser reads {@code word} as a keyword. */
    static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The name a canonical part spells: its quotes (the engine's {@code quote}) taken off, or the bare word. */
    static String unquoted(String part, char quote) {
        if (part.length() < 2 || part.charAt(0) != quote || part.charAt(part.length() - 1) != quote) return part;
        String q = String.valueOf(quote);
        return part.substring(1, part.length() - 1).replace(q + q, q);
    }

    private static String quoted(ExpressionRules rules, String name) {
        String q = String.valueOf(rules.nameQuote());
        return q + name.replace(q, q + q) + q;
    }
}
