package dev.cairn.testdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite keeps CHECK constraints, collations, generated expressions, AUTOINCREMENT, deferrable foreign keys, and the
 * expressions of indexes, views and triggers only as the text in {@code sqlite_master}. This reads that text the way
 * the engine does, as far as a catalog snapshot needs: comments and white space dropped, keywords and names folded to
 * lower case (names are case-insensitive in SQLite) and unquoted where no quote is needed, string literals kept as
 * written. It is written for the tests, independent of Cairn's lexer.
 */
final class SqliteText {
    private SqliteText() {
    }

    /** The statement's tokens in normal form. */
    static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = closing(sql, i, '\'');
                out.add(sql.substring(i, end));
                i = end;
            } else if (c == '"' || c == '`' || c == '[') {
                int end = closing(sql, i, c == '[' ? ']' : c);
                String body = sql.substring(i + 1, end - 1);
                out.add(name(c == '[' ? body : body.replace(String.valueOf(c) + c, String.valueOf(c))));
                i = end;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(sql.charAt(i))) i++;
                out.add(name(sql.substring(start, i)));
            } else {
                String two = i + 1 < n ? sql.substring(i, i + 2) : "";
                boolean pair = List.of("<=", ">=", "<>", "!=", "==", "||", "<<", ">>", "->").contains(two);
                out.add(pair ? two : String.valueOf(c));
                i += pair ? 2 : 1;
            }
        }
        return out;
    }

    /** Tokens as one line: single spaces, none around parentheses, commas and dots. */
    static String normal(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        String previous = null;
        for (String t : tokens) {
            boolean tight = previous == null || previous.equals("(") || previous.equals(".")
                    || t.equals(")") || t.equals(",") || t.equals(".") || t.equals("(");
            if (!tight) b.append(' ');
            b.append(t);
            previous = t;
        }
        return b.toString();
    }

    /** The whole statement in normal form, without {@code IF NOT EXISTS} and {@code TEMP}. */
    static String normal(String sql) {
        List<String> tokens = new ArrayList<>(tokens(sql));
        for (int k = 0; k + 2 < tokens.size(); k++)
            if (tokens.get(k).equals("if") && tokens.get(k + 1).equals("not") && tokens.get(k + 2).equals("exists")) {
                tokens.subList(k, k + 3).clear();
                break;
            }
        tokens.removeIf(t -> t.equals("temp") || t.equals("temporary"));
        // the header (CREATE VIEW v, CREATE TRIGGER tr … ON t) holds only keywords and names: a string there is a name
        for (int k = 0; k < tokens.size() && !List.of("(", "as", "begin", "when", "select").contains(tokens.get(k)); k++)
            tokens.set(k, asName(tokens.get(k)));
        return normal(tokens);
    }

    /** The index of the token that closes the parenthesis opened at {@code open}. */
    static int closingParenthesis(List<String> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).equals("(")) depth++;
            if (tokens.get(k).equals(")") && --depth == 0) return k;
        }
        return tokens.size() - 1;
    }

    /** The parts of {@code tokens[from, to)} between commas at depth 0. */
    static List<List<String>> commaSeparated(List<String> tokens, int from, int to) {
        List<List<String>> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int k = from; k < to; k++) {
            String t = tokens.get(k);
            if (t.equals("(")) depth++;
            if (t.equals(")")) depth--;
            if (t.equals(",") && depth == 0) {
                parts.add(tokens.subList(start, k));
                start = k + 1;
            }
        }
        if (start < to) parts.add(tokens.subList(start, to));
        return parts;
    }

    /**
     * A token where SQLite wants a name: a string literal there is that name ({@code 'tiles'} is {@code tiles}, the
     * engine's own rule for table, index, view and trigger names and for a key that is a bare string).
     */
    static String asName(String token) {
        return token.startsWith("'") ? name(token.substring(1, token.length() - 1).replace("''", "'")) : token;
    }

    private static String name(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        return folded.matches("[a-z_0-9$]+") ? folded : "\"" + folded.replace("\"", "\"\"") + "\"";
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** The index after the quote that closes the one at {@code open} (a doubled quote stays inside). */
    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (quote != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
