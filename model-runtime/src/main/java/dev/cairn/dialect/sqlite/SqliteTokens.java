package dev.cairn.dialect.sqlite;

import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The DDL text SQLite keeps in {@code sqlite_master}, as tokens of SQLite's syntax, and the walks over them that finding
 * constraint names, CHECK and generated-column expressions, index keys and table options needs. Tokens keep their
 * offsets so expressions can be cut out of the original text.
 */
final class SqliteTokens {
    private SqliteTokens() {
    }

    /** The tokens, comments left out, without the end token. */
    static List<Token> tokenize(String sql) {
        List<Token> tokens = SqlLexer.tokens(SqliteSyntax.INSTANCE, sql);
        return tokens.subList(0, tokens.size() - 1);
    }

    /** Whether the token stands for a name: a word, a quoted name, or a string, which SQLite takes for a name where one must stand. */
    static boolean isName(Token t) {
        return t.isName() || t.kind() == Token.Kind.STRING;
    }

    /** The name a token stands for, a string's value included ({@code 'tiles'} is {@code tiles}). */
    static String name(Token t) {
        return t.kind() == Token.Kind.STRING ? SqlLiterals.stringValue(SqliteSyntax.INSTANCE, t.text()) : t.name();
    }

    /** The index of the ")" matching the "(" at {@code open}. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) depth++;
            else if (tokens.get(i).isSymbol(")") && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unbalanced parentheses");
    }

    /** The top-level comma-separated items between tokens {@code from} (exclusive "(") and {@code to} (exclusive ")"). */
    static List<List<Token>> items(List<Token> tokens, int from, int to) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from + 1; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) depth++;
            if (t.isSymbol(")")) depth--;
            if (depth == 0 && t.isSymbol(",")) {
                out.add(current);
                current = new ArrayList<>();
            } else current.add(t);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    static String text(String sql, List<Token> tokens, int from, int toExclusive) {
        if (from >= toExclusive) return "";
        return sql.substring(tokens.get(from).start(), tokens.get(toExclusive - 1).end());
    }

    static int indexOfWord(List<Token> tokens, String keyword, int from) {
        for (int i = from; i < tokens.size(); i++) if (tokens.get(i).is(keyword)) return i;
        return -1;
    }
}
