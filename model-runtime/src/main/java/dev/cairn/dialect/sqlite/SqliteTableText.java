package dev.cairn.dialect.sqlite;

import dev.cairn.schema.Names;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What only the CREATE TABLE text tells (PRAGMAs do not): constraint names, CHECKs, AUTOINCREMENT, generated column
 * expressions, collations and the WITHOUT ROWID / STRICT options.
 */
final class SqliteTableText {
    record Named(String name, List<String> columns) {
    }

    record Check(String name, String expression) {
    }

    record Generated(String expression, boolean stored) {
    }

    String primaryKeyName;
    boolean autoincrement;
    final List<Named> uniques = new ArrayList<>();
    final List<Named> foreignKeys = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    final Map<String, String> collations = new HashMap<>();
    final Map<String, Generated> generated = new HashMap<>();
    final Map<String, String> declaredTypes = new HashMap<>();
    boolean withoutRowid;
    boolean strict;

    private static final Set<String> COLUMN_KEYWORDS = Set.of("CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK",
            "DEFAULT", "COLLATE", "REFERENCES", "GENERATED", "AS");

    static SqliteTableText parse(String sql) {
        SqliteTableText r = new SqliteTableText();
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int open = 0;
        while (!tokens.get(open).isSymbol("(")) open++;
        int close = SqliteTokens.matching(tokens, open);
        for (List<Token> item : SqliteTokens.items(tokens, open, close)) {
            if (item.isEmpty()) continue;
            String first = item.get(0).upper();
            if (item.get(0).kind() == Token.Kind.WORD && Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(first))
                r.tableConstraint(sql, item);
            else r.column(sql, item);
        }
        for (int i = close + 1; i < tokens.size(); i++) {
            if (tokens.get(i).is("ROWID")) r.withoutRowid = true;
            if (tokens.get(i).is("STRICT")) r.strict = true;
        }
        return r;
    }

    private void tableConstraint(String sql, List<Token> item) {
        String name = null;
        int i = 0;
        if (item.get(0).is("CONSTRAINT")) {
            name = SqliteTokens.name(item.get(1));
            i = 2;
        }
        Token kind = item.get(i);
        if (kind.is("CHECK")) {
            int open = i + 1, close = SqliteTokens.matching(item, open);
            checks.add(new Check(name, SqliteTokens.text(sql, item, open + 1, close)));
            return;
        }
        int open = i;
        while (!item.get(open).isSymbol("(")) open++;
        int close = SqliteTokens.matching(item, open);
        List<String> cols = new ArrayList<>();
        for (List<Token> part : SqliteTokens.items(item, open, close)) cols.add(SqliteTokens.name(part.get(0)));
        if (kind.is("PRIMARY")) primaryKeyName = name;
        else if (kind.is("UNIQUE")) uniques.add(new Named(name, cols));
        else if (kind.is("FOREIGN")) foreignKeys.add(new Named(name, cols));
    }

    private void column(String sql, List<Token> item) {
        String column = SqliteTokens.name(item.get(0));
        int i = 1;
        int typeStart = i;
        while (i < item.size() && !(item.get(i).kind() == Token.Kind.WORD && COLUMN_KEYWORDS.contains(item.get(i).upper()))) {
            if (item.get(i).isSymbol("(")) i = SqliteTokens.matching(item, i);
            i++;
        }
        declaredTypes.put(Names.key(column), SqliteTokens.text(sql, item, typeStart, i));
        String pending = null;
        while (i < item.size()) {
            Token t = item.get(i);
            if (t.is("CONSTRAINT")) {
                pending = SqliteTokens.name(item.get(i + 1));
                i += 2;
                continue;
            }
            if (t.is("PRIMARY")) {
                primaryKeyName = pending;
                i++;
                while (i < item.size() && !(item.get(i).kind() == Token.Kind.WORD && COLUMN_KEYWORDS.contains(item.get(i).upper()))) {
                    if (item.get(i).is("AUTOINCREMENT")) autoincrement = true;
                    i++;
                }
            } else if (t.is("UNIQUE")) {
                uniques.add(new Named(pending, List.of(column)));
                i++;
                i = skipConflict(item, i);
            } else if (t.is("CHECK")) {
                int close = SqliteTokens.matching(item, i + 1);
                checks.add(new Check(pending, SqliteTokens.text(sql, item, i + 2, close)));
                i = close + 1;
            } else if (t.is("DEFAULT")) {
                i++;
                if (item.get(i).isSymbol("(")) i = SqliteTokens.matching(item, i) + 1;
                else if (item.get(i).isSymbol("-") || item.get(i).isSymbol("+")) i += 2;
                else i++;
            } else if (t.is("COLLATE")) {
                collations.put(Names.key(column), SqliteTokens.name(item.get(i + 1)));
                i += 2;
            } else if (t.is("AS")) {
                int close = SqliteTokens.matching(item, i + 1);
                String expr = SqliteTokens.text(sql, item, i + 2, close);
                i = close + 1;
                boolean stored = i < item.size() && item.get(i).is("STORED");
                if (i < item.size() && (item.get(i).is("STORED") || item.get(i).is("VIRTUAL"))) i++;
                generated.put(Names.key(column), new Generated(expr, stored));
            } else if (t.is("REFERENCES")) {
                foreignKeys.add(new Named(pending, List.of(column)));
                i++;
                Token previous = t;
                while (i < item.size()) {
                    Token u = item.get(i);
                    boolean partOfAction = (previous.is("SET") && (u.is("NULL") || u.is("DEFAULT"))) || (u.is("NOT") && i + 1 < item.size() && item.get(i + 1).is("DEFERRABLE"));
                    if (!partOfAction && u.kind() == Token.Kind.WORD && COLUMN_KEYWORDS.contains(u.upper())) break;
                    if (u.isSymbol("(")) i = SqliteTokens.matching(item, i);
                    previous = item.get(i);
                    i++;
                }
            } else {
                i++; // NOT, NULL, GENERATED, ALWAYS, ON CONFLICT …
                if (t.is("NULL")) i = skipConflict(item, i);
                continue;
            }
            pending = null;
        }
    }

    private static int skipConflict(List<Token> item, int i) {
        if (i + 2 < item.size() && item.get(i).is("ON") && item.get(i + 1).is("CONFLICT")) return i + 3;
        return i;
    }

    String nameOf(List<Named> list, List<String> columns) {
        for (Named n : list) {
            if (n.columns().size() != columns.size()) continue;
            boolean same = true;
            for (int k = 0; k < columns.size(); k++) same &= Names.same(n.columns().get(k), columns.get(k));
            if (same) return n.name();
        }
        return null;
    }
}
