package dev.cairn.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static dev.cairn.testdb.CatalogQuery.attribute;
import static dev.cairn.testdb.CatalogQuery.flag;
import static dev.cairn.testdb.CatalogQuery.oneLine;
import static dev.cairn.testdb.CatalogQuery.strings;

/**
 * One MariaDB (or MySQL) database's catalog, read from {@code information_schema} as the server reports it:
 * {@code TABLES} (engine, collation, options), {@code COLUMNS} (the column type as written by the server, default,
 * character set, collation, extra, generation expression), {@code TABLE_CONSTRAINTS} with {@code KEY_COLUMN_USAGE},
 * {@code REFERENTIAL_CONSTRAINTS} and {@code CHECK_CONSTRAINTS}, {@code STATISTICS} (one line per index, with each
 * part's {@code SUB_PART}), {@code VIEWS}, {@code TRIGGERS}, {@code ROUTINES} with {@code PARAMETERS}, and
 * {@code SHOW CREATE SEQUENCE} for MariaDB's sequences. Written alike because they are the same: an integer type with
 * or without a display width (it only pads ZEROFILL columns), a foreign key's NO ACTION and RESTRICT (synonyms in
 * InnoDB).
 */
final class MariaDbCatalog {
    private MariaDbCatalog() {
    }

    static List<String> read(Connection c, String db) throws SQLException {
        List<String> out = new ArrayList<>(CatalogQuery.lines(c, """
                SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?
                """, rs -> "database charset=" + rs.getString(1) + " collation=" + rs.getString(2), db));
        out.addAll(tables(c, db));
        out.addAll(columns(c, db));
        out.addAll(constraints(c, db));
        out.addAll(indexes(c, db));
        out.addAll(triggersAndRoutines(c, db));
        return out;
    }

    private static List<String> tables(Connection c, String db) throws SQLException {
        List<String> out = new ArrayList<>(CatalogQuery.lines(c, """
                SELECT t.TABLE_NAME, t.TABLE_TYPE, t.ENGINE, t.TABLE_COLLATION, t.CREATE_OPTIONS, t.TABLE_COMMENT,
                       v.VIEW_DEFINITION, v.CHECK_OPTION, v.SECURITY_TYPE, v.ALGORITHM
                FROM information_schema.TABLES t LEFT JOIN information_schema.VIEWS v
                  ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
                WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE <> 'SEQUENCE'
                """, rs -> switch (rs.getString("TABLE_TYPE")) {
            case "VIEW" -> "view " + rs.getString("TABLE_NAME") + attribute("check-option", rs.getString("CHECK_OPTION"), "NONE")
                    + attribute("security", rs.getString("SECURITY_TYPE"), "DEFINER") + attribute("algorithm", rs.getString("ALGORITHM"), "UNDEFINED")
                    + " as " + oneLine(rs.getString("VIEW_DEFINITION"));
            default -> "table " + rs.getString("TABLE_NAME") + " engine=" + rs.getString("ENGINE") + " collation=" + rs.getString("TABLE_COLLATION")
                    + attribute("options", rs.getString("CREATE_OPTIONS")) + attribute("comment", rs.getString("TABLE_COMMENT"));
        }, db));
        for (String sequence : strings(c, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'SEQUENCE'", db))
            out.add("sequence " + sequence + " " + oneLine(CatalogQuery.lines(c, "SHOW CREATE SEQUENCE `" + db + "`.`" + sequence.replace("`", "``") + "`",
                    rs -> rs.getString(2)).get(0)));
        return out;
    }

    private static List<String> columns(Connection c, String db) throws SQLException {
        return CatalogQuery.lines(c, """
                SELECT c.TABLE_NAME, t.TABLE_TYPE, c.ORDINAL_POSITION, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, c.COLUMN_DEFAULT,
                       c.CHARACTER_SET_NAME, c.COLLATION_NAME, c.EXTRA, c.GENERATION_EXPRESSION, c.COLUMN_COMMENT
                FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
                  ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE <> 'SEQUENCE'
                """, rs -> ("VIEW".equals(rs.getString("TABLE_TYPE")) ? "view " : "table ") + rs.getString("TABLE_NAME")
                + " column " + "%03d".formatted(rs.getInt("ORDINAL_POSITION")) + " " + rs.getString("COLUMN_NAME") + " " + withoutDisplayWidth(rs.getString("COLUMN_TYPE"))
                + flag("not-null", "NO".equals(rs.getString("IS_NULLABLE"))) + attribute("default", rs.getString("COLUMN_DEFAULT"))
                + attribute("charset", rs.getString("CHARACTER_SET_NAME")) + attribute("collate", rs.getString("COLLATION_NAME"))
                + attribute("extra", rs.getString("EXTRA")) + attribute("as", rs.getString("GENERATION_EXPRESSION"))
                + attribute("comment", rs.getString("COLUMN_COMMENT")), db);
    }

    /** {@code bigint(13)} is {@code bigint}: an integer's display width changes nothing but ZEROFILL's padding. */
    private static String withoutDisplayWidth(String columnType) {
        return columnType.contains("zerofill") ? columnType : columnType.replaceFirst("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)", "$1");
    }

    private static List<String> constraints(Connection c, String db) throws SQLException {
        Map<String, String> keyColumns = new TreeMap<>();
        for (String row : CatalogQuery.lines(c, """
                SELECT TABLE_NAME, CONSTRAINT_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR ',') AS cols,
                       MAX(REFERENCED_TABLE_SCHEMA) AS rschema, MAX(REFERENCED_TABLE_NAME) AS rtable,
                       GROUP_CONCAT(REFERENCED_COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR ',') AS rcols
                FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? GROUP BY TABLE_NAME, CONSTRAINT_NAME
                """, rs -> rs.getString("TABLE_NAME") + "\u0000" + rs.getString("CONSTRAINT_NAME") + "\u0000(" + rs.getString("cols") + ")"
                + (rs.getString("rtable") == null ? "" : " references " + rs.getString("rschema") + "." + rs.getString("rtable")
                + "(" + rs.getString("rcols") + ")"), db)) {
            int cut = row.indexOf('\u0000', row.indexOf('\u0000') + 1);
            keyColumns.put(row.substring(0, cut), row.substring(cut + 1));
        }
        List<String> out = new ArrayList<>(CatalogQuery.lines(c, """
                SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, r.UPDATE_RULE, r.DELETE_RULE, r.MATCH_OPTION
                FROM information_schema.TABLE_CONSTRAINTS tc
                LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON tc.CONSTRAINT_TYPE = 'FOREIGN KEY'
                  AND r.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND r.TABLE_NAME = tc.TABLE_NAME AND r.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
                WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE <> 'CHECK'
                """, rs -> "table " + rs.getString("TABLE_NAME") + " constraint " + rs.getString("CONSTRAINT_NAME") + " "
                + rs.getString("CONSTRAINT_TYPE").toLowerCase(Locale.ROOT)
                + " " + keyColumns.getOrDefault(rs.getString("TABLE_NAME") + "\u0000" + rs.getString("CONSTRAINT_NAME"), "()")
                + attribute("on-update", rs.getString("UPDATE_RULE"), "RESTRICT", "NO ACTION")
                + attribute("on-delete", rs.getString("DELETE_RULE"), "RESTRICT", "NO ACTION")
                + attribute("match", rs.getString("MATCH_OPTION"), "NONE"), db));
        // A column-level CHECK without its name: MariaDB names it after its column as declared and keeps that name
        // through a rename; no statement can name it (DROP CONSTRAINT does not find it), so a schema written out
        // afresh, which names it after the column's present name, holds the same CHECK. Its clause names the column.
        out.addAll(CatalogQuery.lines(c, """
                SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?
                """, rs -> "table " + rs.getString("TABLE_NAME") + ("Column".equals(rs.getString("LEVEL")) ? " column check"
                : " constraint " + rs.getString("CONSTRAINT_NAME") + " check") + " (" + rs.getString("CHECK_CLAUSE") + ")"
                + attribute("level", rs.getString("LEVEL")), db));
        return out;
    }

    private static List<String> indexes(Connection c, String db) throws SQLException {
        return CatalogQuery.lines(c, """
                SELECT TABLE_NAME, INDEX_NAME, MAX(NON_UNIQUE) AS non_unique, MAX(INDEX_TYPE) AS type, MAX(INDEX_COMMENT) AS comment,
                       GROUP_CONCAT(CONCAT(COLUMN_NAME, IFNULL(CONCAT('(', SUB_PART, ')'), ''), IF(COLLATION = 'D', ' DESC', ''))
                                    ORDER BY SEQ_IN_INDEX SEPARATOR ', ') AS parts
                FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? GROUP BY TABLE_NAME, INDEX_NAME
                """, rs -> "table " + rs.getString("TABLE_NAME") + " index " + rs.getString("INDEX_NAME")
                + flag("unique", rs.getInt("non_unique") == 0) + " " + rs.getString("type") + " (" + rs.getString("parts") + ")"
                + attribute("comment", rs.getString("comment")), db);
    }

    private static List<String> triggersAndRoutines(Connection c, String db) throws SQLException {
        List<String> out = new ArrayList<>(CatalogQuery.lines(c, """
                SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER, ACTION_ORIENTATION, ACTION_STATEMENT
                FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?
                """, rs -> "table " + rs.getString("EVENT_OBJECT_TABLE") + " trigger " + rs.getString("TRIGGER_NAME") + " "
                + rs.getString("ACTION_TIMING") + " " + rs.getString("EVENT_MANIPULATION") + " for each " + rs.getString("ACTION_ORIENTATION")
                + " order " + rs.getInt("ACTION_ORDER") + " " + oneLine(rs.getString("ACTION_STATEMENT")), db));
        out.addAll(CatalogQuery.lines(c, """
                SELECT r.ROUTINE_TYPE, r.ROUTINE_NAME, r.DTD_IDENTIFIER, r.IS_DETERMINISTIC, r.SQL_DATA_ACCESS, r.SECURITY_TYPE,
                       r.ROUTINE_COMMENT, r.ROUTINE_DEFINITION,
                       (SELECT GROUP_CONCAT(CONCAT_WS(' ', p.PARAMETER_MODE, p.PARAMETER_NAME, p.DTD_IDENTIFIER) ORDER BY p.ORDINAL_POSITION SEPARATOR ', ')
                        FROM information_schema.PARAMETERS p WHERE p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME
                          AND p.ROUTINE_TYPE = r.ROUTINE_TYPE AND p.ORDINAL_POSITION > 0) AS parameters
                FROM information_schema.ROUTINES r WHERE r.ROUTINE_SCHEMA = ?
                """, rs -> rs.getString("ROUTINE_TYPE").toLowerCase(Locale.ROOT) + " " + rs.getString("ROUTINE_NAME")
                + "(" + (rs.getString("parameters") == null ? "" : rs.getString("parameters")) + ")" + attribute("returns", rs.getString("DTD_IDENTIFIER"))
                + flag("deterministic", "YES".equals(rs.getString("IS_DETERMINISTIC"))) + attribute("data-access", rs.getString("SQL_DATA_ACCESS"), "CONTAINS SQL")
                + attribute("security", rs.getString("SECURITY_TYPE"), "DEFINER") + attribute("comment", rs.getString("ROUTINE_COMMENT"))
                + " " + oneLine(rs.getString("ROUTINE_DEFINITION")), db));
        return out;
    }
}
