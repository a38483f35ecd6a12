package dev.cairn.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static dev.cairn.testdb.CatalogQuery.attribute;
import static dev.cairn.testdb.CatalogQuery.each;
import static dev.cairn.testdb.CatalogQuery.flag;
import static dev.cairn.testdb.CatalogQuery.strings;

/**
 * One SQLite database's catalog: {@code pragma_table_list} (WITHOUT ROWID, STRICT), {@code pragma_table_xinfo}
 * (columns in order, declared type, NOT NULL, default, primary-key position, generated kind),
 * {@code pragma_index_list} with {@code pragma_index_xinfo} (each key part's column, order and collation; the names
 * SQLite gives the indexes behind UNIQUE and PRIMARY KEY are left out, as they only number the constraints),
 * {@code pragma_foreign_key_list}, and from the text in {@code sqlite_master} ({@link SqliteTableText}) what no pragma
 * reports: checks, collations, generated expressions, AUTOINCREMENT, deferrable foreign keys, index expressions and
 * WHERE clauses, views and triggers. The header's {@code user_version} and {@code application_id} are file settings,
 * not schema, and are left out.
 */
final class SqliteCatalog {
    private static final String NOT_INTERNAL = " name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    private SqliteCatalog() {
    }

    static List<String> read(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        Map<String, String> tableSql = new TreeMap<>();
        each(c, "SELECT type, name, sql FROM sqlite_master WHERE" + NOT_INTERNAL, rs -> {
            String type = rs.getString("type");
            if (type.equals("table")) tableSql.put(rs.getString("name"), rs.getString("sql"));
            if (type.equals("view") || type.equals("trigger")) out.add(type + " " + rs.getString("name") + " " + SqliteText.normal(rs.getString("sql")));
        });
        Map<String, String> relations = new LinkedHashMap<>();
        each(c, "SELECT name, type, wr, strict FROM pragma_table_list WHERE schema = 'main' AND" + NOT_INTERNAL,
                rs -> relations.put(rs.getString("name"), rs.getString("type") + flag("without-rowid", rs.getBoolean("wr")) + flag("strict", rs.getBoolean("strict"))));
        for (Map.Entry<String, String> r : relations.entrySet()) {
            String name = r.getKey();
            if (r.getValue().startsWith("table")) {
                out.add("table " + name + r.getValue().substring("table".length()));
                table(c, name, SqliteTableText.of(tableSql.get(name)), out);
            } else if (r.getValue().startsWith("view")) {
                out.addAll(columns(c, "view", name, SqliteTableText.of(null)));
            } else {
                out.add(r.getValue() + " " + name + " " + SqliteText.normal(String.valueOf(tableSql.get(name))));
            }
        }
        return out;
    }

    private static void table(Connection c, String name, SqliteTableText text, List<String> out) throws SQLException {
        out.addAll(columns(c, "table", name, text));
        for (String check : text.checks()) out.add("table " + name + " check " + check);
        for (String fk : text.deferredForeignKeys()) out.add("table " + name + " foreign-key " + fk + " deferrable initially deferred");
        out.addAll(foreignKeys(c, name));
        Map<String, String[]> indexes = new LinkedHashMap<>();
        each(c, "SELECT name, \"unique\", origin FROM pragma_index_list(?)",
                rs -> indexes.put(rs.getString("name"), new String[] {rs.getString("origin"), flag("unique", rs.getBoolean("unique"))}), name);
        for (Map.Entry<String, String[]> index : indexes.entrySet()) {
            String parts = String.join(", ", strings(c, """
                    SELECT coalesce(name, '<expression>') || CASE WHEN "desc" THEN ' desc' ELSE '' END || ' collate ' || lower(coll)
                    FROM pragma_index_xinfo(?) WHERE key ORDER BY seqno""", index.getKey()));
            String origin = index.getValue()[0];
            if (origin.equals("c")) {
                String definition = strings(c, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", index.getKey()).get(0);
                out.add("table " + name + " index " + index.getKey() + index.getValue()[1] + " (" + parts + ") " + SqliteTableText.afterOn(definition));
            } else {
                out.add("table " + name + (origin.equals("pk") ? " primary-key-index" : " unique-index") + " (" + parts + ")");
            }
        }
    }

    private static List<String> columns(Connection c, String kind, String table, SqliteTableText text) throws SQLException {
        return CatalogQuery.lines(c, "SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid", rs -> {
            String column = rs.getString("name");
            String key = column.toLowerCase(Locale.ROOT);
            int hidden = rs.getInt("hidden");
            String defaultValue = rs.getString("dflt_value") == null ? null : SqliteText.normal(SqliteText.tokens(rs.getString("dflt_value")));
            return kind + " " + table + " column " + "%03d".formatted(rs.getInt("cid") + 1) + " " + column
                    + " " + SqliteText.normal(SqliteText.tokens(rs.getString("type"))).toUpperCase(Locale.ROOT)
                    + flag("not-null", rs.getBoolean("notnull"))
                    + attribute("default", "null".equals(defaultValue) ? null : defaultValue)
                    + attribute("primary-key", rs.getString("pk"), "0")
                    + attribute("collate", text.collations().get(key))
                    + attribute(hidden == 2 ? "generated-virtual" : hidden == 3 ? "generated-stored" : "hidden-" + hidden,
                    hidden == 0 ? null : String.valueOf(text.generated().get(key)))
                    + flag("autoincrement", key.equals(text.autoincrement()));
        }, table);
    }

    /** One line per foreign key, sorted by what it says (the ids SQLite numbers them with follow the text's order). */
    private static List<String> foreignKeys(Connection c, String table) throws SQLException {
        Map<Integer, List<String>> from = new TreeMap<>();
        Map<Integer, List<String>> to = new TreeMap<>();
        Map<Integer, String> target = new TreeMap<>();
        each(c, "SELECT id, \"from\", \"to\", \"table\", on_update, on_delete, \"match\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", rs -> {
            int id = rs.getInt("id");
            from.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString("from"));
            to.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString("to"));
            target.put(id, rs.getString("table") + "\u0000" + attribute("on-update", rs.getString("on_update"), "NO ACTION")
                    + attribute("on-delete", rs.getString("on_delete"), "NO ACTION") + attribute("match", rs.getString("match"), "NONE"));
        }, table);
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, String> fk : target.entrySet()) {
            String[] p = fk.getValue().split("\u0000", 2);
            // REFERENCES parent without columns: the engine enforces the parent's primary key, and so does this line
            if (to.get(fk.getKey()).contains(null))
                to.put(fk.getKey(), strings(c, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", p[0]));
            out.add("table " + table + " foreign-key (" + String.join(",", from.get(fk.getKey())) + ") references " + p[0]
                    + "(" + String.join(",", to.get(fk.getKey())) + ")" + p[1]);
        }
        return out;
    }
}
