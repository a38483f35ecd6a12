package dev.cairn.sql;

/**
 * What a token {@link SqlLexer} cut stands for: a string's value, a quoted name's name. The escapes decoded here are
 * the ones the lexer skipped over by the same {@link SqlSyntax}.
 */
public final class SqlLiterals {
    private SqlLiterals() {
    }

    /**
     * The value of a string token: prefix and quotes removed, a doubled quote as one, and backslash escapes
     * ({@code \n}, {@code \t}, {@code \r}, {@code \0}, else the character itself) decoded where the syntax has them:
     * in every string of a syntax with {@link SqlSyntax#backslashEscapes()} (but for {@code X'…'} and {@code B'…'}),
     * and in {@code E'…'}. A dollar-quoted string's value is its body.
     */
    public static String stringValue(SqlSyntax syntax, String literal) {
        if (literal.startsWith("$")) {
            int tagEnd = literal.indexOf('$', 1) + 1;
            return literal.length() >= 2 * tagEnd ? literal.substring(tagEnd, literal.length() - tagEnd) : literal.substring(tagEnd);
        }
        int open = 0;
        while (open < literal.length() && literal.charAt(open) != '\'' && literal.charAt(open) != '"') open++;
        if (open == literal.length()) return literal;
        char q = literal.charAt(open);
        char prefix = open == 0 ? 0 : Character.toUpperCase(literal.charAt(0));
        boolean escapes = prefix == 'E' && open == 1 ? syntax.escapeStrings() : syntax.backslashEscapes() && prefix != 'X' && prefix != 'B';
        int close = literal.length() > open + 1 && literal.charAt(literal.length() - 1) == q ? literal.length() - 1 : literal.length();
        StringBuilder b = new StringBuilder(close - open);
        for (int k = open + 1; k < close; k++) {
            char c = literal.charAt(k);
            if (c == q && k + 1 < close && literal.charAt(k + 1) == q) {
                b.append(q);
                k++;
            } else if (c == '\\' && escapes && k + 1 < close) {
                char e = literal.charAt(++k);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> e;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The name a quoted name spells ({@code "a""b"} → {@code a"b}, {@code `a`}, {@code [a b]}); other text as it is. */
    public static String unquotedName(String quoted) {
        if (quoted.isEmpty()) return quoted;
        char open = quoted.charAt(0);
        char close = open == '[' ? ']' : open;
        if (open != '"' && open != '`' && open != '[') return quoted;
        int to = quoted.length() > 1 && quoted.charAt(quoted.length() - 1) == close ? quoted.length() - 1 : quoted.length();
        String inner = quoted.substring(1, to);
        return open == '[' ? inner : inner.replace(String.valueOf(close) + close, String.valueOf(close));
    }
}
