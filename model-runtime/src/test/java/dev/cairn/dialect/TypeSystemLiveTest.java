package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Asks the real engines: a column declared with each type reads back (PostgreSQL {@code format_type} plus
 * {@code attndims}, MariaDB {@code COLUMN_TYPE}, SQLite {@code PRAGMA table_xinfo}) as a text that parses to the
 * same type, and a column declared with the canonical spelling does too.
 */
class TypeSystemLiveTest {

    private static final List<String> POSTGRES = List.of("int", "int4", "integer", "int8", "bigint", "smallint", "int2",
            "serial", "bigserial", "smallserial", "varchar", "varchar(64)", "character varying(10)", "char", "char(5)",
            "character(3)", "bpchar", "text", "bool", "boolean", "float", "float(10)", "float(30)", "real", "float4", "float8",
            "double precision", "numeric", "numeric(10)", "decimal(10,2)", "numeric(5,-2)", "timestamp", "timestamptz",
            "timestamp(3)", "timestamp(0) with time zone", "time", "timetz", "time(2)", "date", "interval",
            "interval year to month", "interval(3)", "uuid", "json", "jsonb", "bytea", "int[]", "integer[][]", "_int4",
            "varchar(64)[]", "text array", "int array[3]", "bit", "bit(4)", "bit varying(8)", "varbit", "mood", "mood[]",
            "\"Mood\"", "money", "inet", "cidr", "\"char\"", "xml", "tsvector", "point", "int4range", "character varying(64) array");

    private static final List<String> MARIADB = List.of("int", "int(11)", "integer", "int unsigned", "int(10) unsigned zerofill",
            "tinyint", "tinyint(1)", "boolean", "bool", "smallint", "mediumint", "bigint", "bigint unsigned", "int1", "int2", "int3",
            "int4", "int8", "middleint", "varchar(64)", "char", "char(5)", "character varying(10)", "national varchar(10)",
            "nchar(3)", "text", "tinytext", "mediumtext", "longtext", "blob", "binary", "varbinary(16)", "decimal", "decimal(10)",
            "decimal(10,2)", "numeric(5,1)", "dec(4)", "fixed(4,2)", "float", "float(10)", "float(30)", "float(7,4)", "double",
            "double precision", "real", "double(10,2)", "date", "datetime", "datetime(3)", "timestamp", "time(2)", "year",
            "year(4)", "bit", "bit(4)", "enum('a','b c','it''s')", "set('x','y')", "long varchar", "long varbinary", "serial",
            "text(100)", "varchar(10) character set latin1", "varchar(10) binary", "uuid", "inet6", "tinyint(1) unsigned",
            "integer(5)", "decimal(10,2) unsigned", "datetime(0)", "tinyblob", "longblob", "mediumblob");

    private static final List<String> SQLITE = List.of("INT", "INTEGER", "TINYINT", "BIGINT", "UNSIGNED BIG INT", "INT2", "INT8",
            "CHARACTER(20)", "VARCHAR(255)", "VARYING CHARACTER(255)", "NCHAR(55)", "NATIVE CHARACTER(70)", "NVARCHAR(100)",
            "TEXT", "CLOB", "BLOB", "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "NUMERIC", "DECIMAL(10,5)", "decimal(10, 2)",
            "BOOLEAN", "DATE", "DATETIME", "varchar( 64 )", "weird type", "[weird type]", "", "ANY", "numeric(10,-2)",
            "character varying (10)");

    @Test
    void postgresReportsTheSameTypes() throws SQLException {
        try (LiveDatabase db = LiveDatabase.postgres()) {
            db.execute("CREATE TYPE mood AS ENUM ('a', 'b')", "CREATE TYPE \"Mood\" AS ENUM ('c')");
            List<String> reported = roundTrip(db, POSTGRES, "t1");
            List<String> again = roundTrip(db, canonicalSpellings(Dialect.POSTGRESQL, reported), "t2");
            for (int i = 0; i < POSTGRES.size(); i++) {
                SqlType declared = Engines.of(Dialect.POSTGRESQL).types().parse(POSTGRES.get(i));
                assertEquals(declared, Engines.of(Dialect.POSTGRESQL).types().parse(reported.get(i)), POSTGRES.get(i) + " reported as " + reported.get(i));
                assertEquals(declared, Engines.of(Dialect.POSTGRESQL).types().parse(again.get(i)), POSTGRES.get(i) + " declared canonically, reported as " + again.get(i));
            }
        }
    }

    @Test
    void mariaDbReportsTheSameTypes() throws SQLException {
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            List<String> reported = roundTrip(db, MARIADB, "t1");
            List<String> again = roundTrip(db, canonicalSpellings(Dialect.MARIADB, reported), "t2");
            for (int i = 0; i < MARIADB.size(); i++) {
                SqlType declared = Engines.of(Dialect.MARIADB).types().parse(MARIADB.get(i));
                assertEquals(declared, Engines.of(Dialect.MARIADB).types().parse(reported.get(i)), MARIADB.get(i) + " reported as " + reported.get(i));
                assertEquals(declared, Engines.of(Dialect.MARIADB).types().parse(again.get(i)), MARIADB.get(i) + " declared canonically, reported as " + again.get(i));
            }
        }
    }

    @Test
    void sqliteReportsTheSameTypes() throws Exception {
        Path file = Files.createTempFile("cairn-types", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            for (int i = 0; i < SQLITE.size(); i++) columns.add("c" + i + " " + SQLITE.get(i));
            s.execute("CREATE TABLE t1 (" + String.join(", ", columns) + ")");
            List<String> reported = sqliteTypes(s, "t1");
            columns.clear();
            for (int i = 0; i < SQLITE.size(); i++) columns.add("c" + i + " " + Engines.of(Dialect.SQLITE).types().toSql(Engines.of(Dialect.SQLITE).types().parse(reported.get(i))));
            s.execute("CREATE TABLE t2 (" + String.join(", ", columns) + ")");
            List<String> again = sqliteTypes(s, "t2");
            for (int i = 0; i < SQLITE.size(); i++) {
                SqlType declared = Engines.of(Dialect.SQLITE).types().parse(SQLITE.get(i));
                assertEquals(declared, Engines.of(Dialect.SQLITE).types().parse(reported.get(i)), SQLITE.get(i) + " reported as " + reported.get(i));
                assertEquals(declared, Engines.of(Dialect.SQLITE).types().parse(again.get(i)), SQLITE.get(i) + " canonical, reported as " + again.get(i));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The reported types re-declared in their canonical spelling as a renderer writes it. */
    private static List<String> canonicalSpellings(Dialect dialect, List<String> reported) {
        List<String> out = new ArrayList<>();
        for (String r : reported) out.add(Engines.of(dialect).types().toSql(Engines.of(dialect).types().parse(r)));
        return out;
    }

    private static List<String> roundTrip(LiveDatabase db, List<String> types, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) columns.add("c" + i + " " + types.get(i));
        db.execute("CREATE TABLE " + table + " (" + String.join(", ", columns) + ")");
        String sql = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT format_type(atttypid, atttypmod), attndims FROM pg_attribute WHERE attrelid = '" + table
                  + "'::regclass AND attnum > 0 ORDER BY attnum"
                : "SELECT column_type, 0 FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '" + table
                  + "' ORDER BY ordinal_position";
        List<String> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String type = r.getString(1);
                int dims = r.getInt(2);
                // format_type prints one [] whatever the declared dimensions; attndims keeps them
                if (type.endsWith("[]") && dims > 1) type = type.substring(0, type.length() - 2) + "[]".repeat(dims);
                out.add(type);
            }
        }
        assertEquals(types.size(), out.size());
        return out;
    }

    private static List<String> sqliteTypes(Statement s, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT type FROM pragma_table_xinfo('" + table + "')")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
