package dev.cairn.dialect.expression;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.expression.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/** Cuts expression text into tokens, with the dialect's quoting: PostgreSQL {@code "ident"}, MySQL {@code `ident`} and {@code "string"}. */
final class Tokenizer {
    private static final List<String> MULTI_CHAR_OPERATORS = List.of(
            "!~~*", "<=>", "->>", "#>>", "!~~", "~~*", "!~*", "::", "<>", "!=", ">=", "<=", "||", "->", "#>", "@>", "<@",
            "?|", "?&", "~~", "!~", "~*", "&&", "<<", ">>", "@@", ":=");
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|?";

    private final Dialect dialect;
    private final String s;
    private int i;

    private Tokenizer(Dialect dialect, String text) {
        this.dialect = dialect;
        this.s = text;
    }

    static List<Token> tokenize(Dialect dialect, String text) {
        return new Tokenizer(dialect, text).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (i >= s.length()) break;
            out.add(next());
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }

    private boolean mySql() {
        return dialect.isMySqlFamily();
    }

    private void skipSpaceAndComments() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("--", i) || (mySql() && c == '#')) {
                while (i < s.length() && s.charAt(i) != '\n') i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                if (end < 0) throw new UnsupportedExpression("unterminated comment");
                i = end + 2;
            } else {
                return;
            }
        }
    }

    private Token next() {
        char c = s.charAt(i);
        if (c == '\'') return new Token(Kind.STRING, quoted('\'', mySql()));
        if (c == '"') {
            return mySql() ? new Token(Kind.STRING, quoted('"', true)) : new Token(Kind.QUOTED, quoted('"', false));
        }
        if (c == '`' && mySql()) return new Token(Kind.QUOTED, quoted('`', false));
        if (c == '$') throw new UnsupportedExpression("parameters and dollar quotes are not expressions Cairn compares");
        if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) return number();
        if (Character.isLetter(c) || c == '_') return word();
        i++;
        switch (c) {
            case '(': return new Token(Kind.LPAREN, "(");
            case ')': return new Token(Kind.RPAREN, ")");
            case '[': return new Token(Kind.LBRACKET, "[");
            case ']': return new Token(Kind.RBRACKET, "]");
            case ',': return new Token(Kind.COMMA, ",");
            case '.': return new Token(Kind.DOT, ".");
            default: i--;
        }
        for (String op : MULTI_CHAR_OPERATORS) {
            if (s.startsWith(op, i)) {
                if (op.equals(":=") && !mySql()) break;
                i += op.length();
                return op.equals("::") ? new Token(Kind.CAST, "::") : new Token(Kind.OP, op);
            }
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            i++;
            return new Token(Kind.OP, String.valueOf(c));
        }
        throw new UnsupportedExpression("unexpected character '" + c + "'");
    }

    /** Reads a quoted run starting at the opening quote; a doubled quote is one quote; backslash escapes where enabled. */
    private String quoted(char quote, boolean backslashEscapes) {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    b.append(quote);
                    i += 2;
                    continue;
                }
                i++;
                return b.toString();
            }
            if (c == '\\' && backslashEscapes && i + 1 < s.length()) {
                char e = s.charAt(i + 1);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> e;
                });
                i += 2;
                continue;
            }
            b.append(c);
            i++;
        }
        throw new UnsupportedExpression("unterminated quote");
    }

    private Token number() {
        int start = i;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            i += 2;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) i++;
            return new Token(Kind.NUMBER, s.substring(start, i).toLowerCase(java.util.Locale.ROOT));
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        if (i < s.length() && s.charAt(i) == '.' && !(i + 1 < s.length() && s.charAt(i + 1) == '.')) {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int mark = i;
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            if (i < s.length() && Character.isDigit(s.charAt(i))) {
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            } else {
                i = mark;
            }
        }
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_'))
            throw new UnsupportedExpression("identifier starting with a digit");
        return new Token(Kind.NUMBER, s.substring(start, i));
    }

    private Token word() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) i++;
        String w = s.substring(start, i);
        if (i < s.length() && s.charAt(i) == '\'') {
            String upper = w.toUpperCase(java.util.Locale.ROOT);
            if (upper.equals("E") && !mySql()) return new Token(Kind.STRING, quoted('\'', true));
            if (upper.equals("N")) return new Token(Kind.STRING, quoted('\'', mySql()));
            if (upper.equals("B")) return new Token(Kind.STRING, quoted('\'', false), upper);
            if (upper.equals("X")) return new Token(Kind.STRING, quoted('\'', false).toLowerCase(java.util.Locale.ROOT), upper);
            // a MySQL character set introducer such as _utf8mb4'text' does not change the value
            if (mySql() && w.startsWith("_")) return new Token(Kind.STRING, quoted('\'', true));
        }
        return new Token(Kind.WORD, w);
    }
}
