package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Asks the real engines: for each column type and default (and each CHECK) as a migration writes it, the text the
 * catalog reports back canonicalizes to the same text, and so does the canonical text after a second round through
 * the engine (renderers write the canonical text back).
 */
class ExpressionCanonicalizerLiveTest {
    /** The columns of the checks' table: {@code c (i integer, n numeric(10,2), v varchar(10), t text, d date)}. */
    private static final Function<String, SqlType> CHECK_COLUMNS = name -> switch (name) {
        case "i" -> Engines.of(Dialect.POSTGRESQL).types().parse("integer");
        case "n" -> Engines.of(Dialect.POSTGRESQL).types().parse("numeric(10,2)");
        case "v" -> Engines.of(Dialect.POSTGRESQL).types().parse("varchar(10)");
        case "t" -> Engines.of(Dialect.POSTGRESQL).types().parse("text");
        case "d" -> Engines.of(Dialect.POSTGRESQL).types().parse("date");
        default -> null;
    };


    private record Case(String type, String written) {
    }

    private static final List<Case> POSTGRES_DEFAULTS = List.of(
            new Case("varchar(10)", "'abc'"), new Case("numeric", "0"), new Case("numeric(10,2)", "1.5"),
            new Case("numeric(10,2)", "'1.5'"), new Case("timestamp", "now()"), new Case("timestamptz", "CURRENT_TIMESTAMP"),
            new Case("text", "'it''s'"), new Case("boolean", "true"), new Case("boolean", "'t'"), new Case("boolean", "'off'"),
            new Case("integer", "-1"), new Case("integer", "'5'"), new Case("integer", "(1+2)"), new Case("bigint", "10000000000"),
            new Case("bigint", "-0"), new Case("date", "current_date"), new Case("date", "'2020-01-01'"),
            new Case("timestamp", "'2020-01-01'"), new Case("timestamp(3)", "'2020-01-01 10:00'"), new Case("time", "'10:00'"),
            new Case("jsonb", "'{}'"), new Case("integer[]", "'{}'"), new Case("text[]", "ARRAY['a','b']"),
            new Case("varchar(5)", "NULL"), new Case("uuid", "gen_random_uuid()"), new Case("timestamp", "localtimestamp"),
            new Case("double precision", "1e3"), new Case("real", "1.5"), new Case("smallint", "1.0"), new Case("text", "('a' || 'b')"),
            new Case("varchar(10)", "''"), new Case("interval", "'1 day'"), new Case("bytea", "'\\x00'"),
            new Case("text", "upper('x')"), new Case("numeric", "1.50"), new Case("integer", "abs(-3)"),
            new Case("timestamp", "CURRENT_TIMESTAMP(3)"), new Case("varchar(20)", "CURRENT_USER"),
            new Case("integer", "2 * (3 + 4)"), new Case("boolean", "(NOT false)"), new Case("text", "'a' || 'b' || 'c'"));

    private static final List<String> POSTGRES_CHECKS = List.of(
            "i > 0", "n > 0", "n >= 0 AND n < 1000", "v IN ('x','y')", "v NOT IN ('x','y')", "i BETWEEN 1 AND 5",
            "v LIKE 'a%'", "v ILIKE 'a%'", "lower(v) <> v", "i IS NOT NULL OR v IS NULL", "(i + 1) * 2 > 0", "NOT (i > 3)",
            "t IN ('a')", "length(t) < 10", "d > '2020-01-01'", "i % 2 = 0", "coalesce(i, 0) >= 0", "v <> ''",
            "CASE WHEN i > 0 THEN v IS NOT NULL ELSE true END", "i = ANY (ARRAY[1, 2])", "n::integer > 0", "t ~ '^a'",
            "(CAST('{1,2}' AS int[]))[i] > 0");

    private static final List<Case> MARIADB_DEFAULTS = List.of(
            new Case("varchar(10)", "'abc'"), new Case("decimal(10,2)", "0"), new Case("decimal(10,2)", "1.5"),
            new Case("decimal(10,2)", "'1.5'"), new Case("timestamp", "current_timestamp"), new Case("datetime", "now()"),
            new Case("text", "'it''s'"), new Case("text", "'back\\\\slash'"), new Case("boolean", "true"), new Case("int", "-1"),
            new Case("date", "(curdate())"), new Case("int", "(1+2)"), new Case("bigint", "10000000000"), new Case("varchar(5)", "null"),
            new Case("datetime(3)", "current_timestamp(3)"), new Case("float", "1e3"), new Case("int", "'5'"),
            new Case("varchar(10)", "\"dq\""), new Case("enum('x','y')", "'x'"), new Case("varchar(10)", "5"),
            new Case("datetime", "'2020-01-01'"), new Case("datetime(3)", "'2020-01-01 10:00:00'"), new Case("date", "'2020-01-01'"),
            new Case("time", "'10:00'"), new Case("time(2)", "'10:00'"), new Case("float", "1.5"), new Case("double", "0.10"),
            new Case("bit(1)", "b'1'"), new Case("tinyint(1)", "false"), new Case("char(4)", "1.50"), new Case("int", "0x10"),
            new Case("varchar(10)", "''"), new Case("binary(2)", "'ab'"), new Case("json", "('{}')"), new Case("int", "(-1)"),
            new Case("varchar(10)", "(concat('a','b'))"), new Case("year", "2020"), new Case("enum('1','2')", "'1'"),
            new Case("bigint", "-0"), new Case("varchar(10)", "(5)"), new Case("int unsigned", "7"), new Case("decimal(5,0)", "1.4"),
            new Case("int", "1.5"), new Case("varchar(10)", "(upper('x'))"), new Case("int", "(2 * (3 + 4))"));

    private static final List<String> MARIADB_CHECKS = List.of(
            "i > 0", "n > 0", "n >= 0 AND n < 1000", "v IN ('x','y')", "v NOT IN ('x','y')", "i BETWEEN 1 AND 5",
            "v LIKE 'a%'", "lower(v) <> v", "i IS NOT NULL OR v IS NULL", "(i + 1) * 2 > 0", "NOT (i > 3)",
            "length(t) < 10", "d > '2020-01-01'", "i % 2 = 0", "coalesce(i, 0) >= 0", "v <> ''", "`Weird Name` > 0",
            "CASE WHEN i > 0 THEN v IS NOT NULL ELSE true END", "i != 3", "upper(v) = v", "substr(v, 1, 1) = 'a'",
            "ifnull(i, 0) >= 0", "i DIV 2 >= 0", "v REGEXP '^a'", "char_length(v) > 0", "NOT i <=> 3", "i * 2 + 1 > 0 AND n IS NOT NULL");

    @Test
    void postgresDefaultsAndChecksComeBackCanonical() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            Map<String, String> written = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < POSTGRES_DEFAULTS.size(); i++) {
                Case c = POSTGRES_DEFAULTS.get(i);
                columns.add("c" + i + " " + c.type() + " DEFAULT " + c.written());
            }
            db.execute("CREATE TABLE d (" + String.join(", ", columns) + ")");
            Map<String, String> reported = postgresDefaults(db.connection(), "d");
            List<String> canonical = new ArrayList<>();
            for (int i = 0; i < POSTGRES_DEFAULTS.size(); i++) {
                Case c = POSTGRES_DEFAULTS.get(i);
                SqlType type = Engines.of(Dialect.POSTGRESQL).types().parse(c.type());
                String w = Engines.of(Dialect.POSTGRESQL).expressions().canonicalDefault(c.written(), type);
                String r = Engines.of(Dialect.POSTGRESQL).expressions().canonicalDefault(reported.get("c" + i), type);
                assertEquals(w, r, c + " reported as " + reported.get("c" + i));
                canonical.add("c" + i + " " + c.type() + (w == null ? "" : " DEFAULT " + renderDefault(w)));
                written.put("c" + i, w);
            }
            db.execute("CREATE TABLE d2 (" + String.join(", ", canonical) + ")");
            Map<String, String> again = postgresDefaults(db.connection(), "d2");
            for (int i = 0; i < POSTGRES_DEFAULTS.size(); i++) {
                SqlType type = Engines.of(Dialect.POSTGRESQL).types().parse(POSTGRES_DEFAULTS.get(i).type());
                assertEquals(written.get("c" + i), Engines.of(Dialect.POSTGRESQL).expressions().canonicalDefault(again.get("c" + i), type),
                        "canonical default written back: " + written.get("c" + i));
            }

            List<String> checks = new ArrayList<>();
            for (int i = 0; i < POSTGRES_CHECKS.size(); i++) checks.add("CONSTRAINT k" + i + " CHECK (" + POSTGRES_CHECKS.get(i) + ")");
            db.execute("CREATE TABLE c (i integer, n numeric(10,2), v varchar(10), t text, d date, " + String.join(", ", checks) + ")");
            Map<String, String> reportedChecks = postgresChecks(db.connection(), "c");
            List<String> canonicalChecks = new ArrayList<>();
            for (int i = 0; i < POSTGRES_CHECKS.size(); i++) {
                String w = Engines.of(Dialect.POSTGRESQL).expressions().canonical(POSTGRES_CHECKS.get(i), CHECK_COLUMNS);
                assertEquals(w, Engines.of(Dialect.POSTGRESQL).expressions().canonical(reportedChecks.get("k" + i), CHECK_COLUMNS),
                        POSTGRES_CHECKS.get(i) + " reported as " + reportedChecks.get("k" + i));
                canonicalChecks.add("CONSTRAINT k" + i + " CHECK (" + w + ")");
            }
            db.execute("CREATE TABLE c2 (i integer, n numeric(10,2), v varchar(10), t text, d date, " + String.join(", ", canonicalChecks) + ")");
            Map<String, String> checksAgain = postgresChecks(db.connection(), "c2");
            for (int i = 0; i < POSTGRES_CHECKS.size(); i++) {
                assertEquals(Engines.of(Dialect.POSTGRESQL).expressions().canonical(POSTGRES_CHECKS.get(i), CHECK_COLUMNS),
                        Engines.of(Dialect.POSTGRESQL).expressions().canonical(checksAgain.get("k" + i), CHECK_COLUMNS), "canonical check written back");
            }
        }
    }

    @Test
    void mariaDbDefaultsAndChecksComeBackCanonical() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < MARIADB_DEFAULTS.size(); i++) {
                Case c = MARIADB_DEFAULTS.get(i);
                columns.add("c" + i + " " + c.type() + " DEFAULT " + c.written());
            }
            db.execute("CREATE TABLE d (" + String.join(", ", columns) + ")");
            Map<String, String> reported = mariaDbDefaults(db.connection(), db.namespace(), "d");
            List<String> canonical = new ArrayList<>();
            Map<String, String> written = new LinkedHashMap<>();
            for (int i = 0; i < MARIADB_DEFAULTS.size(); i++) {
                Case c = MARIADB_DEFAULTS.get(i);
                SqlType type = Engines.of(Dialect.MARIADB).types().parse(c.type());
                String w = Engines.of(Dialect.MARIADB).expressions().canonicalDefault(c.written(), type);
                String r = Engines.of(Dialect.MARIADB).expressions().canonicalDefault(reported.get("c" + i), type);
                assertEquals(w, r, c + " reported as " + reported.get("c" + i));
                canonical.add("c" + i + " " + c.type() + (w == null ? "" : " DEFAULT " + renderDefault(w)));
                written.put("c" + i, w);
            }
            db.execute("CREATE TABLE d2 (" + String.join(", ", canonical) + ")");
            Map<String, String> again = mariaDbDefaults(db.connection(), db.namespace(), "d2");
            for (int i = 0; i < MARIADB_DEFAULTS.size(); i++) {
                SqlType type = Engines.of(Dialect.MARIADB).types().parse(MARIADB_DEFAULTS.get(i).type());
                assertEquals(written.get("c" + i), Engines.of(Dialect.MARIADB).expressions().canonicalDefault(again.get("c" + i), type),
                        "canonical default written back: " + written.get("c" + i));
            }

            List<String> checks = new ArrayList<>();
            for (int i = 0; i < MARIADB_CHECKS.size(); i++) checks.add("CONSTRAINT k" + i + " CHECK (" + MARIADB_CHECKS.get(i) + ")");
            db.execute("CREATE TABLE c (i int, n decimal(10,2), v varchar(10), t text, d date, `Weird Name` int, " + String.join(", ", checks) + ")");
            Map<String, String> reportedChecks = mariaDbChecks(db.connection(), db.namespace(), "c");
            List<String> canonicalChecks = new ArrayList<>();
            for (int i = 0; i < MARIADB_CHECKS.size(); i++) {
                String w = Engines.of(Dialect.MARIADB).expressions().canonical(MARIADB_CHECKS.get(i));
                assertEquals(w, Engines.of(Dialect.MARIADB).expressions().canonical(reportedChecks.get("k" + i)),
                        MARIADB_CHECKS.get(i) + " reported as " + reportedChecks.get("k" + i));
                canonicalChecks.add("CONSTRAINT k" + i + " CHECK (" + w + ")");
            }
            db.execute("CREATE TABLE c2 (i int, n decimal(10,2), v varchar(10), t text, d date, `Weird Name` int, " + String.join(", ", canonicalChecks) + ")");
            Map<String, String> checksAgain = mariaDbChecks(db.connection(), db.namespace(), "c2");
            for (int i = 0; i < MARIADB_CHECKS.size(); i++) {
                assertEquals(Engines.of(Dialect.MARIADB).expressions().canonical(MARIADB_CHECKS.get(i)),
                        Engines.of(Dialect.MARIADB).expressions().canonical(checksAgain.get("k" + i)), "canonical check written back");
            }
        }
    }

    @Test
    void sqliteDefaultsComeBackAsWritten() throws Exception {
        List<Case> cases = List.of(new Case("TEXT", "'abc'"), new Case("INTEGER", "-1"), new Case("", "(datetime('now'))"),
                new Case("NUMERIC", "(1+2)"), new Case("TEXT", "\"dq\""), new Case("BLOB", "x'00ff'"), new Case("INT", "+5"),
                new Case("REAL", "1.50"), new Case("BOOLEAN", "TRUE"), new Case("TEXT", "CURRENT_TIMESTAMP"), new Case("TEXT", "null"),
                new Case("TEXT", "'it''s'"), new Case("TEXT", "(lower('X') || 'y')"));
        Path file = Files.createTempFile("cairn-canon", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) columns.add("c" + i + " " + cases.get(i).type() + " DEFAULT " + cases.get(i).written());
            s.execute("CREATE TABLE d (" + String.join(", ", columns) + ")");
            List<String> canonical = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name, type, dflt_value FROM pragma_table_xinfo('d')")) {
                int i = 0;
                while (r.next()) {
                    Case k = cases.get(i);
                    SqlType type = Engines.of(Dialect.SQLITE).types().parse(r.getString("type"));
                    String w = Engines.of(Dialect.SQLITE).expressions().canonicalDefault(k.written(), type);
                    assertEquals(w, Engines.of(Dialect.SQLITE).expressions().canonicalDefault(r.getString("dflt_value"), type), k.toString());
                    canonical.add("c" + i + " " + k.type() + (w == null ? "" : " DEFAULT " + renderDefault(w)));
                    i++;
                }
                assertEquals(cases.size(), i);
            }
            s.execute("CREATE TABLE d2 (" + String.join(", ", canonical) + ")");
            try (ResultSet r = s.executeQuery("SELECT a.dflt_value AS first, b.dflt_value AS second, a.type AS type "
                    + "FROM pragma_table_xinfo('d') a JOIN pragma_table_xinfo('d2') b ON a.cid = b.cid")) {
                int n = 0;
                while (r.next()) {
                    SqlType type = Engines.of(Dialect.SQLITE).types().parse(r.getString("type"));
                    assertEquals(Engines.of(Dialect.SQLITE).expressions().canonicalDefault(r.getString("first"), type),
                            Engines.of(Dialect.SQLITE).expressions().canonicalDefault(r.getString("second"), type));
                    n++;
                }
                assertTrue(n > 0);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What a renderer writes after DEFAULT: literals bare, any other expression in parentheses. */
    private static String renderDefault(String canonical) {
        boolean literal = canonical.matches("[-+]?\\d+(\\.\\d+)?|'([^']|'')*'|[bBxX]'[^']*'|TRUE|FALSE|NULL|CURRENT_(TIMESTAMP|DATE|TIME)");
        return literal ? canonical : "(" + canonical + ")";
    }

    private static Map<String, String> postgresDefaults(Connection c, String table) throws SQLException {
        return query(c, "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a LEFT JOIN pg_attrdef d "
                + "ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = ?::regclass AND a.attnum > 0", table);
    }

    private static Map<String, String> postgresChecks(Connection c, String table) throws SQLException {
        return query(c, "SELECT conname, pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'c'", table);
    }

    private static Map<String, String> mariaDbDefaults(Connection c, String schema, String table) throws SQLException {
        return query(c, "SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = '" + schema
                + "' AND table_name = ?", table);
    }

    private static Map<String, String> mariaDbChecks(Connection c, String schema, String table) throws SQLException {
        return query(c, "SELECT constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_schema = '"
                + schema + "' AND table_name = ?", table);
    }

    private static Map<String, String> query(Connection c, String sql, String parameter) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }
}
