package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlLiterals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows {@code db:test} keeps in the scratch database's tables, so that a down or a table rebuild that loses data
 * is caught as well as one that gets the schema wrong: a few generated rows in every empty table (numbers from 900001,
 * strings, dates, the first label of an enum, foreign keys pointing at rows of the referenced table), and the rows of
 * every table as text, to compare before a migration's up and after its down.
 */
final class SeedRows {
    private final Engine engine;
    private final int perTable;
    private final MigrationLog log;
    private final Set<String> warned = new HashSet<>();

    SeedRows(Engine engine, int perTable, MigrationLog log) {
        this.engine = engine;
        this.perTable = perTable;
        this.log = log;
    }

    boolean enabled() {
        return perTable > 0;
    }

    /** Fills every empty table of {@code schema} with generated rows, referenced tables first; a table that refuses them is said once. */
    void fill(Connection c, Schema schema) throws SQLException {
        if (!enabled()) return;
        for (Table t : referencedFirst(schema)) {
            if (count(c, t) > 0) continue;
            try {
                insert(c, schema, t);
            } catch (SQLException | UnsupportedOperationException e) {
                if (warned.add(t.name().toLowerCase(Locale.ROOT))) {
                    log.info("db:test: no rows generated for table " + t.name() + " (" + e.getMessage().lines().findFirst().orElse("") + "); its data is not compared");
                }
            }
        }
    }

    /**
     * The rows of each table of {@code before} that {@code after} still has, in the columns both have, as sorted text:
     * what a down must give back (the columns and tables the up dropped are lost by design).
     */
    Map<String, List<String>> snapshot(Connection c, Schema before, Schema after) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        if (!enabled()) return out;
        for (Table t : before.tables().values()) {
            Optional<Table> kept = after.table(t.name());
            if (kept.isEmpty()) continue;
            List<String> columns = new ArrayList<>();
            for (Column col : t.columns()) {
                if (kept.get().columns().stream().anyMatch(k -> k.name().equalsIgnoreCase(col.name()))) columns.add(col.name());
            }
            if (columns.isEmpty()) continue;
            columns.sort(String.CASE_INSENSITIVE_ORDER);
            List<String> rows = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + quoted(columns) + " FROM " + quote(t.name()))) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int k = 1; k <= columns.size(); k++) row.append(k > 1 ? " | " : "").append(rs.getString(k));
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            out.put(t.name() + " (" + String.join(", ", columns) + ")", rows);
        }
        return out;
    }

    /** What differs between two snapshots, one line per table (empty: equal). */
    static List<String> differences(Map<String, List<String>> expected, Map<String, List<String>> actual) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            List<String> a = actual.get(e.getKey());
            if (a == null || a.equals(e.getValue())) continue;
            List<String> lost = new ArrayList<>(e.getValue());
            a.forEach(lost::remove);
            List<String> extra = new ArrayList<>(a);
            e.getValue().forEach(extra::remove);
            out.add("rows of " + e.getKey() + ": " + e.getValue().size() + " before the up, " + a.size() + " after the down"
                    + (lost.isEmpty() ? "" : "; lost " + sample(lost)) + (extra.isEmpty() ? "" : "; now " + sample(extra)));
        }
        return out;
    }

    private static String sample(List<String> rows) {
        List<String> shown = rows.subList(0, Math.min(3, rows.size()));
        return "[" + String.join("], [", shown) + "]" + (rows.size() > shown.size() ? " and " + (rows.size() - shown.size()) + " more" : "");
    }

    private void insert(Connection c, Schema schema, Table t) throws SQLException {
        List<Column> columns = t.columns().stream().filter(col -> col.generatedExpression() == null && col.identity() != Identity.ALWAYS).toList();
        if (columns.isEmpty()) throw new UnsupportedOperationException("no column takes a value");
        Map<String, List<List<String>>> referenced = new HashMap<>();
        for (ForeignKey fk : t.foreignKeys()) referenced.put(fk.name() == null ? fk.columns().toString() : fk.name(), keys(c, fk));
        String sql = "INSERT INTO " + quote(t.name()) + " (" + quoted(columns.stream().map(Column::name).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(col -> "?").toList()) + ")";
        for (int i = 1; i <= perTable; i++) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int k = 0; k < columns.size(); k++) bind(ps, k + 1, schema, t, columns.get(k), i, referenced);
                ps.executeUpdate();
            }
        }
        if (!c.getAutoCommit()) c.commit();
    }

    private void bind(PreparedStatement ps, int index, Schema schema, Table t, Column col, int i, Map<String, List<List<String>>> referenced)
            throws SQLException {
        for (ForeignKey fk : t.foreignKeys()) {
            int part = indexOfIgnoreCase(fk.columns(), col.name());
            if (part < 0) continue;
            List<List<String>> keys = referenced.get(fk.name() == null ? fk.columns().toString() : fk.name());
            if (keys.isEmpty()) {
                if (!col.nullable()) throw new UnsupportedOperationException("the table " + fk.referencedTable() + " it refers to has no rows");
                ps.setNull(index, Types.NULL);
                return;
            }
            String value = keys.get((i - 1) % keys.size()).get(part);
            switch (col.type().family()) {
                case INTEGER -> ps.setLong(index, Long.parseLong(value.strip()));
                case DECIMAL, FLOAT -> ps.setBigDecimal(index, new BigDecimal(value.strip()));
                default -> text(ps, index, value, engine.values());
            }
            return;
        }
        SqlType type = col.type();
        JdbcValues values = engine.values();
        if (type.arrayDimensions() > 0) {
            text(ps, index, "{}", values);
            return;
        }
        switch (type.family()) {
            case INTEGER -> ps.setLong(index, integer(type, i));
            case DECIMAL -> ps.setBigDecimal(index, BigDecimal.valueOf(i));
            case FLOAT -> ps.setDouble(index, i + 0.5);
            case BOOLEAN -> ps.setBoolean(index, i % 2 == 1);
            case BINARY -> ps.setBytes(index, new byte[]{(byte) i});
            default -> {
                String text = text(schema, type, i);
                if (text == null) {
                    if (!col.nullable()) throw new UnsupportedOperationException("no value for a column of type " + type.canonical());
                    ps.setNull(index, Types.NULL);
                } else {
                    text(ps, index, text, values);
                }
            }
        }
    }

    private static void text(PreparedStatement ps, int index, String text, JdbcValues values) throws SQLException {
        if (values.bindsOtherTypesAsUntypedText()) ps.setObject(index, text, Types.OTHER);
        else ps.setString(index, text);
    }

    private static long integer(SqlType type, int i) {
        String name = type.name().toLowerCase(Locale.ROOT);
        if (name.contains("tiny")) return 100 + i;
        if (name.contains("small") || name.equals("int2")) return 30000 + i;
        return 900000 + i;
    }

    private static String text(Schema schema, SqlType type, int i) {
        return switch (type.family()) {
            case CHAR, VARCHAR, TEXT -> type.length() != null && type.length() < 8 ? Integer.toString(i, 36) : "seed " + i;
            case DATE -> "2020-01-0" + i % 10;
            case TIME -> "10:00:0" + i % 10;
            case TIMESTAMP -> "2020-01-01 10:00:0" + i % 10;
            case TIMESTAMP_TZ -> "2020-01-01 10:00:0" + i % 10 + "+00:00";
            case INTERVAL -> i + " days";
            case UUID -> "00000000-0000-4000-8000-" + String.format(Locale.ROOT, "%012d", i);
            case JSON -> "{\"seed\": " + i + "}";
            case ENUM, OTHER -> {
                if (!type.enumValues().isEmpty()) yield type.enumValues().get(0);
                Optional<EnumType> e = schema.enumType(SqlLiterals.unquotedName(type.name()));
                yield e.isPresent() && !e.get().values().isEmpty() ? e.get().values().get(0) : null;
            }
            default -> null;
        };
    }

    /** Up to {@code perTable} rows of the referenced columns of {@code fk}, as text. */
    private List<List<String>> keys(Connection c, ForeignKey fk) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + quoted(fk.referencedColumns()) + " FROM "
                + quote(fk.referencedTable()))) {
            while (rs.next() && out.size() < perTable) {
                List<String> row = new ArrayList<>();
                for (int k = 1; k <= fk.referencedColumns().size(); k++) row.add(rs.getString(k));
                out.add(row);
            }
        }
        return out;
    }

    private long count(Connection c, Table t) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + quote(t.name()))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The tables, each after the tables its foreign keys refer to (a cycle keeps the schema's order). */
    private static List<Table> referencedFirst(Schema schema) {
        Map<String, Table> byName = new LinkedHashMap<>();
        for (Table t : schema.tables().values()) byName.put(t.name().toLowerCase(Locale.ROOT), t);
        List<Table> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String name : byName.keySet()) place(name, byName, placed, visiting, out);
        return out;
    }

    private static void place(String name, Map<String, Table> byName, Set<String> placed, Set<String> visiting, List<Table> out) {
        if (placed.contains(name) || !visiting.add(name)) return;
        Table t = byName.get(name);
        for (ForeignKey fk : t.foreignKeys()) {
            String target = fk.referencedTable().toLowerCase(Locale.ROOT);
            if (byName.containsKey(target)) place(target, byName, placed, visiting, out);
        }
        placed.add(name);
        out.add(t);
    }

    private static int indexOfIgnoreCase(List<String> names, String name) {
        for (int k = 0; k < names.size(); k++) if (names.get(k).equalsIgnoreCase(name)) return k;
        return -1;
    }

    private String quoted(List<String> names) {
        return String.join(", ", names.stream().map(this::quote).toList());
    }

    private String quote(String name) {
        return engine.renderer().quote(name);
    }
}
