package dev.cairn.dialect.expression;

import dev.cairn.dialect.expression.Token.Kind;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.SqlSyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The expression parser's view of the engine's tokens ({@link SqlLexer}): strings decoded, names unquoted, brackets,
 * commas, dots and casts told apart from operators. What an expression cannot hold (a parameter, a dollar quote, an
 * unterminated quote or comment, a stray character) ends tokenizing with {@link UnsupportedExpression}.
 */
final class Tokenizer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|?";

    private Tokenizer() {
    }

    static List<Token> tokenize(ExpressionRules rules, String text) {
        SqlSyntax syntax = rules.syntax();
        SqlLexer lexer = new SqlLexer(syntax, text);
        List<Token> out = new ArrayList<>();
        int numberEnd = -1;
        for (dev.cairn.sql.Token.Kind k = lexer.next(); k != dev.cairn.sql.Token.Kind.END; k = lexer.next()) {
            if (lexer.unterminated()) {
                throw new UnsupportedExpression(k == dev.cairn.sql.Token.Kind.COMMENT || k == dev.cairn.sql.Token.Kind.EXECUTABLE_COMMENT
                        ? "unterminated comment" : "unterminated quote");
            }
            char first = text.charAt(lexer.start());
            if (lexer.start() == numberEnd && (Character.isLetter(first) || first == '_')) {
                throw new UnsupportedExpression("identifier starting with a digit");
            }
            switch (k) {
                case WORD -> out.add(new Token(Kind.WORD, lexer.text()));
                case NUMBER -> {
                    String number = lexer.text();
                    out.add(new Token(Kind.NUMBER, number.length() > 1 && (number.charAt(1) == 'x' || number.charAt(1) == 'X')
                            ? number.toLowerCase(Locale.ROOT) : number));
                    numberEnd = lexer.end();
                }
                case STRING -> out.add(string(syntax, lexer.text(), rules.lowerCasesHexDigits()));
                case QUOTED_NAME -> out.add(new Token(Kind.QUOTED, SqlLiterals.unquotedName(lexer.text())));
                case SYMBOL -> out.add(symbol(lexer.text()));
                default -> {
                    // comments
                }
            }
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }

    /** A string's value; B'…' and X'…' keep their marker, X's digits lower-cased if the engine's are; N, E and character sets add nothing. */
    private static Token string(SqlSyntax syntax, String literal, boolean lowerCaseHex) {
        char first = Character.toUpperCase(literal.charAt(0));
        if (first == '$') throw new UnsupportedExpression("parameters and dollar quotes are not expressions Cairn compares");
        String value = SqlLiterals.stringValue(syntax, literal);
        if (first == 'B') return new Token(Kind.STRING, value, "B");
        if (first == 'X') return new Token(Kind.STRING, lowerCaseHex ? value.toLowerCase(Locale.ROOT) : value, "X");
        return new Token(Kind.STRING, value);
    }

    private static Token symbol(String symbol) {
        switch (symbol) {
            case "(":
                return new Token(Kind.LPAREN, "(");
            case ")":
                return new Token(Kind.RPAREN, ")");
            case "[":
                return new Token(Kind.LBRACKET, "[");
            case "]":
                return new Token(Kind.RBRACKET, "]");
            case ",":
                return new Token(Kind.COMMA, ",");
            case ".":
                return new Token(Kind.DOT, ".");
            case "::":
                return new Token(Kind.CAST, "::");
            case "$":
                throw new UnsupportedExpression("parameters and dollar quotes are not expressions Cairn compares");
            default:
                break;
        }
        // the lexer's symbols of several characters are all operators
        if (symbol.length() > 1 || OPERATOR_CHARS.indexOf(symbol.charAt(0)) >= 0) {
            return new Token(Kind.OP, symbol);
        }
        throw new UnsupportedExpression("unexpected character '" + symbol.charAt(0) + "'");
    }
}
