package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.RoutineText;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.DeclaredSpelling;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;
import dev.cairn.sql.Token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a SQLite database through {@code PRAGMA table_xinfo}, {@code index_list}/{@code index_info},
 * {@code foreign_key_list} and the DDL text in {@code sqlite_master} (for what PRAGMAs do not report: CHECKs,
 * constraint names, AUTOINCREMENT, generated expressions, collations, index expressions and predicates, options).
 * Internal {@code sqlite_*} tables and the {@code sqlite_autoindex_*} indexes behind UNIQUE/PRIMARY KEY are left out.
 * Table options are keyed {@code without rowid} and {@code strict} with value {@code true}.
 */
public final class SqliteIntrospector implements SchemaIntrospector {
    @Override
    public Schema asStoredIn(Connection connection, Schema expected) {
        return expected;
    }

    @Override
    public Schema introspect(Connection connection) throws SQLException {
        Schema.Builder schema = Schema.EMPTY.toBuilder();
        Map<String, String> tables = new TreeMap<>();
        Map<String, String> views = new TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master WHERE type IN ('table','view') "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) (rs.getString(1).equals("table") ? tables : views).put(rs.getString(2), rs.getString(3));
        }
        for (var e : tables.entrySet()) schema.putTable(table(connection, e.getKey(), e.getValue()));
        for (var e : views.entrySet()) schema.putView(view(connection, e.getKey(), e.getValue()));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")) {
            while (rs.next()) RoutineText.putIntrospected(SqliteEngine.INSTANCE, schema, rs.getString(1));
        }
        return DeclaredSpelling.of(schema.build(), Schema.EMPTY, true); // foreign keys' targets as the table text spells them
    }

    private Table table(Connection c, String name, String sql) throws SQLException {
        SqliteTableText text = SqliteTableText.parse(sql);
        List<Column> columns = new ArrayList<>();
        TreeMap<Integer, String> pk = new TreeMap<>();
        try (ResultSet rs = pragma(c, "table_xinfo", name)) {
            while (rs.next()) {
                String col = rs.getString("name");
                int hidden = rs.getInt("hidden");
                if (hidden == 1) continue;
                String declared = text.declaredTypes.getOrDefault(Names.key(col), rs.getString("type"));
                String dflt = rs.getString("dflt_value");
                SqlType type = SqliteEngine.INSTANCE.types().parse(declared);
                Column column = new Column(col, type, rs.getInt("notnull") == 0,
                        SqliteEngine.INSTANCE.expressions().canonicalDefault(dflt, type), Identity.NONE, null, false,
                        text.collations.get(Names.key(col)), null);
                SqliteTableText.Generated g = text.generated.get(Names.key(col));
                if (g != null) column = column.withGenerated(SqliteEngine.INSTANCE.expressions().canonical(g.expression()), g.stored());
                int pkPos = rs.getInt("pk");
                if (pkPos > 0) pk.put(pkPos, col);
                columns.add(column);
            }
        }
        if (text.autoincrement && pk.size() == 1) {
            String col = pk.firstEntry().getValue();
            columns.replaceAll(x -> Names.same(x.name(), col) ? x.withIdentity(Identity.AUTO_INCREMENT) : x);
        }
        PrimaryKey primaryKey = pk.isEmpty() ? null : new PrimaryKey(text.primaryKeyName, List.copyOf(pk.values()));

        List<UniqueConstraint> uniques = new ArrayList<>();
        List<String> uniqueIndexes = new ArrayList<>();
        try (ResultSet rs = pragma(c, "index_list", name)) {
            while (rs.next()) if ("u".equals(rs.getString("origin"))) uniqueIndexes.add(rs.getString("name"));
        }
        for (String index : uniqueIndexes) {
            List<String> cols = indexColumns(c, index);
            uniques.add(new UniqueConstraint(text.nameOf(text.uniques, cols), cols));
        }

        List<CheckConstraint> checks = new ArrayList<>();
        for (SqliteTableText.Check ch : text.checks)
            checks.add(new CheckConstraint(ch.name(), SqliteEngine.INSTANCE.expressions().canonical(ch.expression())));

        List<ForeignKey> foreignKeys = foreignKeys(c, name, text);
        List<Index> indexes = indexes(c, name);
        Map<String, String> options = new TreeMap<>();
        if (text.withoutRowid) options.put("without rowid", "true");
        if (text.strict) options.put("strict", "true");
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, null, options);
    }

    private List<ForeignKey> foreignKeys(Connection c, String table, SqliteTableText text) throws SQLException {
        record Row(String target, List<String> from, List<String> to, String onUpdate, String onDelete) {
        }
        Map<Integer, Row> rows = new LinkedHashMap<>();
        try (ResultSet rs = pragma(c, "foreign_key_list", table)) {
            while (rs.next()) {
                Row r = rows.computeIfAbsent(rs.getInt("id"), k -> {
                    try {
                        return new Row(rs.getString("table"), new ArrayList<>(), new ArrayList<>(), rs.getString("on_update"), rs.getString("on_delete"));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                r.from().add(rs.getString("from"));
                String to = rs.getString("to");
                if (to != null) r.to().add(to);
            }
        }
        List<ForeignKey> out = new ArrayList<>();
        for (Row r : rows.values()) {
            List<String> to = r.to().isEmpty() ? primaryKeyColumns(c, r.target()) : r.to();
            out.add(new ForeignKey(text.nameOf(text.foreignKeys, r.from()), r.from(), r.target(), to,
                    ForeignKeyAction.parse(r.onDelete()), ForeignKeyAction.parse(r.onUpdate())));
        }
        return out;
    }

    private List<String> primaryKeyColumns(Connection c, String table) throws SQLException {
        TreeMap<Integer, String> pk = new TreeMap<>();
        try (ResultSet rs = pragma(c, "table_info", table)) {
            while (rs.next()) if (rs.getInt("pk") > 0) pk.put(rs.getInt("pk"), rs.getString("name"));
        }
        return List.copyOf(pk.values());
    }

    private List<String> indexColumns(Connection c, String index) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = pragma(c, "index_info", index)) {
            while (rs.next()) cols.add(rs.getString("name"));
        }
        return cols;
    }

    private List<Index> indexes(Connection c, String table) throws SQLException {
        List<Index> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(index(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** Parses {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (keys) [WHERE predicate]}. */
    static Index index(String name, String sql) {
        List<Token> tokens = SqliteTokens.tokenize(sql);
        boolean unique = tokens.size() > 1 && tokens.get(1).is("UNIQUE");
        int on = SqliteTokens.indexOfWord(tokens, "ON", 0);
        int open = on;
        while (!tokens.get(open).isSymbol("(")) open++;
        int close = SqliteTokens.matching(tokens, open);
        List<IndexKey> keys = new ArrayList<>();
        for (List<Token> part : SqliteTokens.items(tokens, open, close)) {
            int end = part.size();
            boolean desc = false;
            if (end > 1 && (part.get(end - 1).is("DESC") || part.get(end - 1).is("ASC"))) {
                desc = part.get(end - 1).is("DESC");
                end--;
            }
            if (end > 2 && part.get(end - 2).is("COLLATE")) end -= 2;
            if (end == 1 && SqliteTokens.isName(part.get(0))) keys.add(new IndexKey(SqliteTokens.name(part.get(0)), null, desc)); // 'c' is column c
            else keys.add(new IndexKey(null, SqliteEngine.INSTANCE.expressions().canonical(SqliteTokens.text(sql, part, 0, end)), desc));
        }
        String where = null;
        if (close + 1 < tokens.size() && tokens.get(close + 1).is("WHERE"))
            where = SqliteEngine.INSTANCE.expressions().canonical(SqliteTokens.text(sql, tokens, close + 2, tokens.size()));
        return new Index(name, unique, keys, where, null);
    }

    private View view(Connection c, String name, String sql) throws SQLException {
        List<Token> tokens = SqliteTokens.tokenize(sql);
        int as = SqliteTokens.indexOfWord(tokens, "AS", 0);
        String definition = as < 0 ? sql : SqliteTokens.text(sql, tokens, as + 1, tokens.size());
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = pragma(c, "table_info", name)) {
            while (rs.next()) columns.add(rs.getString("name"));
        }
        return new View(name, definition, columns, null);
    }

    private static ResultSet pragma(Connection c, String pragma, String argument) throws SQLException {
        PreparedStatement p = c.prepareStatement("SELECT * FROM pragma_" + pragma + "(?)");
        p.setString(1, argument);
        p.closeOnCompletion();
        return p.executeQuery();
    }
}
