package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * The inverse of a plain {@code INSERT INTO t [(columns)] VALUES (…), …} into a table that existed before it: a
 * {@code DELETE} of exactly those rows, found by a primary or unique key whose every column the statement gives a
 * literal, non-null value. A plain insert that succeeded added rows with keys no row held before, so deleting by those
 * keys removes what it added and nothing else. Anything else (a SELECT as source, {@code ON CONFLICT}, {@code IGNORE},
 * {@code OR REPLACE}, {@code ON DUPLICATE KEY}, a key left to a default or computed) has no derived inverse, and
 * {@link #why} says which.
 */
final class InsertedRows {
    private final String delete;
    private final String why;

    private InsertedRows(String delete, String why) {
        this.delete = delete;
        this.why = why;
    }

    /** The DELETE undoing the statement, or null when there is none ({@link #why} then says why). */
    String delete() {
        return delete;
    }

    String why() {
        return why;
    }

    /** Null when {@code statement} is not an {@code INSERT}. */
    static InsertedRows of(Engine engine, SqlStatement statement, Schema before) {
        List<Token> t = SqlLexer.tokens(engine.syntax(), statement.sql());
        int i = 0;
        if (!t.get(i).is("INSERT")) return null;
        i++;
        if (!t.get(i).is("INTO")) return none("it is not a plain INSERT INTO (" + t.get(i).text() + " may keep or replace rows that were there)");
        i++;
        if (!t.get(i).isName()) return none("the table name is not read");
        String table = t.get(i++).name();
        while (t.get(i).isSymbol(".") && t.get(i + 1).isName()) {
            table = t.get(i + 1).name();
            i += 2;
        }
        Table target = before.table(table).orElse(null);
        if (target == null) return none(table + " is not a table of the schema before it");
        List<String> columns = new ArrayList<>();
        if (t.get(i).isSymbol("(")) {
            i++;
            while (true) {
                if (!t.get(i).isName()) return none("its column list is not a list of names");
                columns.add(t.get(i++).name());
                if (t.get(i).isSymbol(",")) i++;
                else if (t.get(i).isSymbol(")")) { i++; break; }
                else return none("its column list is not a list of names");
            }
        } else {
            columns.addAll(target.columnNames());
        }
        if (!t.get(i).is("VALUES") && !t.get(i).is("VALUE")) return none("its rows are not given as VALUES");
        i++;
        String sql = statement.sql();
        List<List<String>> rows = new ArrayList<>();
        while (true) {
            if (!t.get(i).isSymbol("(")) return none("its VALUES are not rows in parentheses");
            i++;
            List<String> row = new ArrayList<>();
            while (true) {
                int start = i, depth = 0;
                while (t.get(i).kind() != Kind.END && (depth > 0 || !(t.get(i).isSymbol(",") || t.get(i).isSymbol(")")))) {
                    if (t.get(i).isSymbol("(")) depth++;
                    if (t.get(i).isSymbol(")")) depth--;
                    i++;
                }
                if (t.get(i).kind() == Kind.END) return none("a row of its VALUES is not closed");
                row.add(literal(t.subList(start, i)) ? sql.substring(t.get(start).start(), t.get(i - 1).end()) : null);
                if (t.get(i++).isSymbol(")")) break;
            }
            if (row.size() != columns.size()) return none("a row has " + row.size() + " values for " + columns.size() + " columns");
            rows.add(row);
            if (t.get(i).isSymbol(",")) i++;
            else break;
        }
        if (t.get(i).isSymbol(";")) i++;
        if (t.get(i).kind() != Kind.END) return none("'" + t.get(i).text() + "' after its VALUES may keep or change rows that were there");
        for (List<String> key : keysOf(target)) {
            List<Integer> at = new ArrayList<>();
            for (String k : key) {
                int p = indexOf(columns, k);
                if (p < 0) break;
                at.add(p);
            }
            if (at.size() != key.size()) continue;
            if (rows.stream().anyMatch(r -> at.stream().anyMatch(p -> r.get(p) == null || r.get(p).equalsIgnoreCase("NULL")))) continue;
            return new InsertedRows(deleteOf(engine, target, key, at, rows), null);
        }
        return none("it gives no literal value for every column of a primary or unique key of " + target.name());
    }

    private static InsertedRows none(String why) {
        return new InsertedRows(null, why);
    }

    /** A number, a string, NULL, TRUE or FALSE, a number with a sign. */
    private static boolean literal(List<Token> value) {
        if (value.size() == 2 && (value.get(0).isSymbol("-") || value.get(0).isSymbol("+"))) return value.get(1).kind() == Kind.NUMBER;
        if (value.size() != 1) return false;
        Token v = value.get(0);
        return v.kind() == Kind.NUMBER || v.kind() == Kind.STRING || v.is("NULL") || v.is("TRUE") || v.is("FALSE");
    }

    private static List<List<String>> keysOf(Table table) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniqueConstraints()) keys.add(u.columns());
        for (Index x : table.indexes()) {
            if (x.unique() && x.where() == null && x.keys().stream().allMatch(IndexKey::isWholeColumn)) keys.add(x.columnNames());
        }
        return keys;
    }

    private static int indexOf(List<String> columns, String name) {
        for (int p = 0; p < columns.size(); p++) if (Names.same(columns.get(p), name)) return p;
        return -1;
    }

    private static String deleteOf(Engine engine, Table table, List<String> key, List<Integer> at, List<List<String>> rows) {
        var r = engine.renderer();
        StringBuilder b = new StringBuilder("DELETE FROM ").append(r.quote(table.name())).append(" WHERE ");
        if (key.size() == 1) {
            b.append(r.quote(key.get(0))).append(rows.size() == 1 ? " = " : " IN (");
            for (int n = 0; n < rows.size(); n++) b.append(n > 0 ? ", " : "").append(rows.get(n).get(at.get(0)));
            if (rows.size() > 1) b.append(')');
            return b.toString();
        }
        for (int n = 0; n < rows.size(); n++) {
            b.append(n > 0 ? " OR " : "").append(rows.size() > 1 ? "(" : "");
            for (int k = 0; k < key.size(); k++) {
                b.append(k > 0 ? " AND " : "").append(r.quote(key.get(k))).append(" = ").append(rows.get(n).get(at.get(k)));
            }
            b.append(rows.size() > 1 ? ")" : "");
        }
        return b.toString();
    }
}
