package dev.cairn.dialect.mysql;

import dev.cairn.schema.Column;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.TypeFamily;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a MySQL or MariaDB database gives a table or column that leaves something out, asked of the server: the
 * database's default collation ({@code information_schema.SCHEMATA}), the default storage engine, each character
 * set's default collation ({@code information_schema.CHARACTER_SETS}, with MariaDB 11's
 * {@code character_set_collations} over it, which may make utf8mb4's {@code utf8mb4_uca1400_ai_ci}), and the names
 * the server itself gives aliases ({@code utf8} → {@code utf8mb3}).
 *
 * <p>{@link #stored} writes a table in the form the introspector reads one: the engine only where it is not the
 * default, the table's collation only where it is not the database's, a column's only where it is not the table's,
 * and no character set apart from a collation (a collation names its set). Inheritance runs column from table, table
 * from database; a character set without a collation takes the set's default collation.
 */
final class MySqlDatabaseDefaults {
    private final Connection connection;
    private final String databaseCollation;
    private final String defaultEngine;
    private final Map<String, String> engines = new HashMap<>();
    private final Map<String, String> charsetCollations = new HashMap<>();
    private final Map<String, String> collations = new HashMap<>();

    private MySqlDatabaseDefaults(Connection connection, String databaseCollation, String defaultEngine) {
        this.connection = connection;
        this.databaseCollation = databaseCollation;
        this.defaultEngine = defaultEngine;
    }

    /** The defaults of {@code database} on the connection's server (read at once; aliases asked when met). */
    static MySqlDatabaseDefaults read(Connection connection, String database) throws SQLException {
        String collation;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            s.setString(1, database);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) throw new SQLException("database " + database + " does not exist");
                collation = lower(r.getString(1));
            }
        }
        MySqlDatabaseDefaults d = new MySqlDatabaseDefaults(connection, collation, lower(string(connection, "SELECT @@default_storage_engine")));
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT ENGINE FROM information_schema.ENGINES")) {
                while (r.next()) d.engines.put(lower(r.getString(1)), r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT CHARACTER_SET_NAME, DEFAULT_COLLATE_NAME FROM information_schema.CHARACTER_SETS")) {
                while (r.next()) d.charsetCollations.put(lower(r.getString(1)), lower(r.getString(2)));
            }
            try (ResultSet r = s.executeQuery("SELECT COLLATION_NAME FROM information_schema.COLLATIONS")) {
                while (r.next()) d.collations.put(lower(r.getString(1)), lower(r.getString(1)));
            }
            try (ResultSet r = s.executeQuery("SHOW VARIABLES LIKE 'character_set_collations'")) {
                // MariaDB 11.2 on: charset=collation pairs that replace the sets' own defaults
                if (r.next() && r.getString(2) != null) {
                    for (String pair : r.getString(2).split(",")) {
                        String[] p = pair.strip().split("=");
                        if (p.length == 2) d.charsetCollations.put(lower(p[0].strip()), lower(p[1].strip()));
                    }
                }
            }
        }
        return d;
    }

    /** The schema as the introspector reads it from this database (see the class comment). */
    Schema stored(Schema expected) throws SQLException {
        Schema.Builder b = expected.toBuilder();
        for (Table t : expected.tables().values()) b.putTable(stored(t));
        return b.build();
    }

    Table stored(Table t) throws SQLException {
        String tableCollation = tableCollation(t.options());
        List<Column> columns = new ArrayList<>(t.columns().size());
        for (Column c : t.columns()) {
            if (!c.type().holdsCharacters() || c.type().family() == TypeFamily.JSON) {
                columns.add(c.charset() == null ? c : c.withCharset(null));
                continue;
            }
            String collation = c.collation() != null ? collation(c.collation()) : c.charset() != null ? defaultCollation(c.charset()) : tableCollation;
            columns.add(c.withCharset(null).withCollation(collation.equals(tableCollation) ? null : collation));
        }
        return t.withColumns(columns).withOptions(options(t.options(), engineOf(t.options().get(Table.ENGINE)), tableCollation));
    }

    /** The options the introspector writes for a table of this engine and collation. */
    Map<String, String> options(Map<String, String> others, String engine, String tableCollation) {
        Map<String, String> out = new TreeMap<>(others);
        out.remove(Table.ENGINE);
        out.remove(Table.CHARSET);
        out.remove(Table.COLLATE);
        if (engine != null && !lower(engine).equals(defaultEngine)) out.put(Table.ENGINE, engine);
        if (tableCollation != null && !lower(tableCollation).equals(databaseCollation)) out.put(Table.COLLATE, lower(tableCollation));
        return out;
    }

    private String tableCollation(Map<String, String> options) throws SQLException {
        if (options.containsKey(Table.COLLATE)) return collation(options.get(Table.COLLATE));
        if (options.containsKey(Table.CHARSET)) return defaultCollation(options.get(Table.CHARSET));
        return databaseCollation;
    }

    /** The engine's name as the server spells it ({@code innodb} → {@code InnoDB}); null stays null (the default). */
    private String engineOf(String written) {
        return written == null ? null : engines.getOrDefault(lower(written), written);
    }

    /** A character set's default collation, the server's answer for a name it takes as an alias. */
    private String defaultCollation(String charset) throws SQLException {
        String key = lower(charset);
        String known = charsetCollations.get(key);
        if (known != null) return known;
        String real = isName(key) ? askServer("SELECT CHARSET(CONVERT('' USING " + key + "))") : null; // an alias: the set it names
        String answer = real == null ? key : charsetCollations.getOrDefault(lower(real), key);
        charsetCollations.put(key, answer);
        return answer;
    }

    /** A collation's name as the server reports it ({@code utf8_bin} → {@code utf8mb3_bin}). */
    private String collation(String name) throws SQLException {
        String key = lower(name);
        String known = collations.get(key);
        if (known != null) return known;
        int cut = key.indexOf('_');
        String asked = cut > 0 && isName(key) ? askServer("SELECT COLLATION(CONVERT('' USING " + key.substring(0, cut) + ") COLLATE " + key + ")") : null;
        String answer = asked == null ? key : lower(asked);
        collations.put(key, answer);
        return answer;
    }

    private String askServer(String sql) {
        try {
            return string(connection, sql);
        } catch (SQLException e) {
            return null; // not a name the server knows: the migration that used it could not have run
        }
    }

    private static boolean isName(String s) {
        return s.matches("[a-z0-9_]+");
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
