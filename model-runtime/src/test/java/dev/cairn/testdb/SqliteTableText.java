package dev.cairn.testdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a SQLite {@code CREATE TABLE} text in {@code sqlite_master} says that no pragma reports, read with
 * {@link SqliteText}: each column's COLLATE and generated expression (by lower-case column name), the AUTOINCREMENT
 * column, every CHECK (column or table level, with its constraint name if it has one) and the foreign keys declared
 * {@code DEFERRABLE INITIALLY DEFERRED}.
 */
record SqliteTableText(Map<String, String> collations, Map<String, String> generated, String autoincrement,
                       List<String> checks, List<String> deferredForeignKeys) {

    /** The text of {@code createTable}; nothing for null (a view has no table text). */
    static SqliteTableText of(String createTable) {
        SqliteTableText text = new SqliteTableText(new TreeMap<>(), new TreeMap<>(), null, new ArrayList<>(), new ArrayList<>());
        if (createTable == null) return text;
        List<String> tokens = SqliteText.tokens(createTable);
        int open = tokens.indexOf("(");
        if (open < 0) return text;
        String autoincrement = null;
        for (List<String> definition : SqliteText.commaSeparated(tokens, open + 1, SqliteText.closingParenthesis(tokens, open))) {
            int start = definition.get(0).equals("constraint") ? 2 : 0;
            String first = definition.get(start);
            if (List.of("primary", "unique", "check", "foreign").contains(first)) {
                if (first.equals("check")) text.checks.add(check(definition, 0));
                if (first.equals("foreign") && deferred(definition))
                    text.deferredForeignKeys.add(SqliteText.normal(definition.subList(start + 2, SqliteText.closingParenthesis(definition, start + 2) + 1)));
                continue;
            }
            String column = unquoted(first);
            int depth = 0;
            for (int k = 1; k < definition.size(); k++) {
                String t = definition.get(k);
                if (t.equals("(")) depth++;
                if (t.equals(")")) depth--;
                if (depth > 0 || t.equals(")")) continue;
                boolean parenthesisNext = k + 1 < definition.size() && definition.get(k + 1).equals("(");
                if (t.equals("collate") && k + 1 < definition.size()) text.collations.put(column, unquoted(definition.get(k + 1)));
                if (t.equals("autoincrement")) autoincrement = column;
                if (t.equals("as") && parenthesisNext)
                    text.generated.put(column, SqliteText.normal(definition.subList(k + 1, SqliteText.closingParenthesis(definition, k + 1) + 1)));
                if (t.equals("check") && parenthesisNext) text.checks.add(check(definition, k >= 2 && definition.get(k - 2).equals("constraint") ? k - 2 : k));
            }
            if (definition.contains("references") && deferred(definition)) text.deferredForeignKeys.add("(" + SqliteText.normal(List.of(first)) + ")");
        }
        return new SqliteTableText(text.collations, text.generated, autoincrement, text.checks, text.deferredForeignKeys);
    }

    /**
     * {@code CREATE INDEX}'s text from its ON: the table, the key parts and the WHERE clause. A key part is written
     * without what changes nothing for SQLite: parentheses around the whole expression and the default ASC.
     */
    static String afterOn(String createIndex) {
        List<String> tokens = SqliteText.tokens(createIndex);
        int on = tokens.indexOf("on");
        int open = tokens.indexOf("(");
        if (on < 0 || open < on) return SqliteText.normal(tokens);
        int close = SqliteText.closingParenthesis(tokens, open);
        List<String> parts = new ArrayList<>();
        for (List<String> part : SqliteText.commaSeparated(tokens, open + 1, close)) parts.add(SqliteText.normal(keyPart(part)));
        return SqliteText.normal(tokens.subList(on, open).stream().map(SqliteText::asName).toList()) + "(" + String.join(", ", parts) + ")"
                + (close + 1 < tokens.size() ? " " + SqliteText.normal(tokens.subList(close + 1, tokens.size())) : "");
    }

    private static List<String> keyPart(List<String> written) {
        List<String> part = new ArrayList<>(written);
        List<String> suffix = new ArrayList<>();
        String last = part.get(part.size() - 1);
        if (last.equals("asc") || last.equals("desc")) {
            part.remove(part.size() - 1);
            if (last.equals("desc")) suffix.add(last);
        }
        if (part.size() > 2 && part.get(part.size() - 2).equals("collate")) {
            suffix.addAll(0, part.subList(part.size() - 2, part.size()));
            part = new ArrayList<>(part.subList(0, part.size() - 2));
        }
        if (part.get(0).equals("(") && SqliteText.closingParenthesis(part, 0) == part.size() - 1) part = new ArrayList<>(part.subList(1, part.size() - 1));
        if (part.size() == 1) part.set(0, SqliteText.asName(part.get(0))); // a bare string key is a column (SQLite's rule)
        part.addAll(suffix);
        return part;
    }

    /** {@code [name] (expression)} of the CHECK at {@code at} (or of the CONSTRAINT that names it). */
    private static String check(List<String> definition, int at) {
        String name = definition.get(at).equals("constraint") ? definition.get(at + 1) + " " : "";
        int open = definition.subList(at, definition.size()).indexOf("(") + at;
        return name + SqliteText.normal(definition.subList(open, SqliteText.closingParenthesis(definition, open) + 1));
    }

    private static boolean deferred(List<String> definition) {
        for (int k = 0; k + 2 < definition.size(); k++)
            if (definition.get(k).equals("deferrable") && (k == 0 || !definition.get(k - 1).equals("not"))
                    && definition.get(k + 1).equals("initially") && definition.get(k + 2).equals("deferred")) return true;
        return false;
    }

    /** A name token without its quotes (double quotes, or the single quotes SQLite also accepts around a name). */
    private static String unquoted(String token) {
        if (token.length() >= 2 && (token.charAt(0) == '"' || token.charAt(0) == '\'') && token.charAt(token.length() - 1) == token.charAt(0))
            return token.substring(1, token.length() - 1).replace(token.substring(0, 1) + token.charAt(0), token.substring(0, 1)).toLowerCase(Locale.ROOT);
        return token;
    }
}
