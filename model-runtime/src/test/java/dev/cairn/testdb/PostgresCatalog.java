package dev.cairn.testdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.cairn.testdb.CatalogQuery.attribute;
import static dev.cairn.testdb.CatalogQuery.flag;
import static dev.cairn.testdb.CatalogQuery.lines;
import static dev.cairn.testdb.CatalogQuery.oneLine;
import static dev.cairn.testdb.CatalogQuery.strings;

/**
 * One PostgreSQL schema's catalog, read from {@code pg_catalog} with the server's own deparsers
 * ({@code pg_get_constraintdef}, {@code pg_get_indexdef}, {@code pg_get_triggerdef}, {@code pg_get_viewdef},
 * {@code pg_get_functiondef}, {@code pg_get_expr}, {@code format_type}). The queries run with {@code search_path}
 * on {@code pg_catalog} alone, so the deparsers qualify every name of the schema and a snapshot never depends on the
 * connection's search path; objects that belong to an extension are left to the extension's line.
 */
final class PostgresCatalog {
    /** The oid of the schema under test, bound to the one {@code ?} of each query. */
    private static final String NS = "(SELECT oid FROM pg_namespace WHERE nspname = ?)";
    /** Not an object an extension created. */
    private static final String NOT_FROM_EXTENSION = " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '%s'::regclass AND e.objid = %s AND e.deptype = 'e')";

    private PostgresCatalog() {
    }

    static List<String> read(Connection c, String ns) throws SQLException {
        String searchPath = strings(c, "SELECT current_setting('search_path')").get(0);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO pg_catalog");
        }
        try {
            List<String> out = new ArrayList<>();
            out.addAll(relations(c, ns));
            out.addAll(columns(c, ns));
            out.addAll(constraintsAndIndexes(c, ns));
            out.addAll(sequences(c, ns));
            out.addAll(types(c, ns));
            out.addAll(routinesAndTriggers(c, ns));
            out.addAll(policiesAndExtensions(c, ns));
            return out;
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('search_path', '" + searchPath.replace("'", "''") + "', false)");
            }
        }
    }

    private static List<String> relations(Connection c, String ns) throws SQLException {
        return lines(c, """
                SELECT c.relname, c.relkind, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity,
                       array_to_string(c.reloptions, ',') AS options, pg_get_partkeydef(c.oid) AS partition_by,
                       pg_get_expr(c.relpartbound, c.oid) AS bound, obj_description(c.oid, 'pg_class') AS comment,
                       (SELECT string_agg(p.oid::regclass::text, ',' ORDER BY i.inhseqno) FROM pg_inherits i
                        JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid) AS parents,
                       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS definition
                FROM pg_class c WHERE c.relnamespace = %s AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
                """.formatted(NS) + NOT_FROM_EXTENSION.formatted("pg_class", "c.oid"), rs -> kind(rs.getString("relkind")) + " " + rs.getString("relname")
                + attribute("persistence", rs.getString("relpersistence"), "p")
                + flag("row-level-security", rs.getBoolean("relrowsecurity"))
                + flag("force-row-level-security", rs.getBoolean("relforcerowsecurity"))
                + attribute("options", rs.getString("options"))
                + attribute("partition-by", rs.getString("partition_by"))
                + attribute("partition-of", rs.getString("parents") != null && rs.getString("bound") != null ? rs.getString("parents") + " " + rs.getString("bound") : null)
                + attribute("inherits", rs.getString("bound") == null ? rs.getString("parents") : null)
                + attribute("comment", rs.getString("comment"))
                + attribute("as", oneLine(rs.getString("definition"))), ns);
    }

    private static String kind(String relkind) {
        return switch (relkind) {
            case "v" -> "view";
            case "m" -> "materialized-view";
            case "f" -> "foreign-table";
            case "c" -> "type";
            default -> "table";
        };
    }

    private static List<String> columns(Connection c, String ns) throws SQLException {
        return lines(c, """
                SELECT c.relkind, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull,
                       row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum) AS position,
                       pg_get_expr(d.adbin, d.adrelid) AS expression, a.attgenerated, a.attidentity,
                       CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
                       col_description(c.oid, a.attnum) AS comment
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                WHERE c.relnamespace = %s AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'c') AND a.attnum > 0 AND NOT a.attisdropped
                """.formatted(NS) + NOT_FROM_EXTENSION.formatted("pg_class", "c.oid"), rs -> {
            boolean generated = !rs.getString("attgenerated").isEmpty();
            return kind(rs.getString("relkind")) + " " + rs.getString("relname") + " column " + "%03d".formatted(rs.getInt("position"))
                    + " " + rs.getString("attname") + " " + rs.getString("type") + flag("not-null", rs.getBoolean("attnotnull"))
                    + attribute(generated ? "generated-stored" : "default", generated ? rs.getString("expression")
                            : integerConstant(explicitNullAsNone(rs.getString("expression"))))
                    + attribute("identity", rs.getString("attidentity"))
                    + attribute("collate", rs.getString("collation"))
                    + attribute("comment", rs.getString("comment"));
        }, ns);
    }

    /** {@code DEFAULT NULL}, which PostgreSQL keeps as {@code NULL::type}, is no default: a column without one reads NULL too. */
    private static String explicitNullAsNone(String expression) {
        return expression != null && expression.matches("NULL(::[\\w .\"\\[\\]()]+)?") ? null : expression;
    }

    /**
     * {@code DEFAULT '0'::bigint}, which PostgreSQL keeps so, and {@code DEFAULT 0}, which it keeps as {@code 0}, are
     * one default: the same constant of the column's type (issue 14 item 10).
     */
    private static String integerConstant(String expression) {
        return expression == null ? null : expression.replaceFirst("^'(-?\\d+)'::(bigint|integer|smallint)$", "$1");
    }

    private static List<String> constraintsAndIndexes(Connection c, String ns) throws SQLException {
        List<String> out = new ArrayList<>(lines(c, """
                SELECT c.relkind, c.relname, con.conname, pg_get_constraintdef(con.oid, true) AS definition,
                       obj_description(con.oid, 'pg_constraint') AS comment
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid WHERE c.relnamespace = %s
                """.formatted(NS), rs -> kind(rs.getString("relkind")) + " " + rs.getString("relname") + " constraint " + rs.getString("conname")
                + " " + rs.getString("definition") + attribute("comment", rs.getString("comment")), ns));
        out.addAll(lines(c, """
                SELECT t.relkind, t.relname, pg_get_indexdef(i.indexrelid) AS definition, i.indisclustered, i.indisreplident,
                       obj_description(i.indexrelid, 'pg_class') AS comment
                FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = %s
                """.formatted(NS), rs -> kind(rs.getString("relkind")) + " " + rs.getString("relname") + " index " + rs.getString("definition")
                + flag("clustered", rs.getBoolean("indisclustered")) + flag("replica-identity", rs.getBoolean("indisreplident"))
                + attribute("comment", rs.getString("comment")), ns));
        return out;
    }

    private static List<String> sequences(Connection c, String ns) throws SQLException {
        return lines(c, """
                SELECT c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                       s.seqcache, s.seqcycle, obj_description(c.oid, 'pg_class') AS comment,
                       (SELECT CASE d.deptype WHEN 'i' THEN 'identity ' ELSE '' END || t.relname || '.' || a.attname FROM pg_depend d
                        JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                          AND d.deptype IN ('a', 'i')) AS owner
                FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid WHERE c.relnamespace = %s
                """.formatted(NS) + NOT_FROM_EXTENSION.formatted("pg_class", "c.oid"), rs -> "sequence " + rs.getString("relname") + " " + rs.getString("type")
                + " start " + rs.getLong("seqstart") + " increment " + rs.getLong("seqincrement") + " min " + rs.getLong("seqmin")
                + " max " + rs.getLong("seqmax") + " cache " + rs.getLong("seqcache") + flag("cycle", rs.getBoolean("seqcycle"))
                + attribute("owned-by", rs.getString("owner")) + attribute("comment", rs.getString("comment")), ns);
    }

    private static List<String> types(Connection c, String ns) throws SQLException {
        return lines(c, """
                SELECT t.typname, t.typtype, obj_description(t.oid, 'pg_type') AS comment,
                       (SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels,
                       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base,
                       t.typnotnull, t.typdefault,
                       (SELECT string_agg(con.conname || ' ' || pg_get_constraintdef(con.oid, true), ', ' ORDER BY con.conname)
                        FROM pg_constraint con WHERE con.contypid = t.oid) AS checks,
                       (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid) AS subtype
                FROM pg_type t WHERE t.typnamespace = %s AND t.typtype IN ('e', 'd', 'r', 'c')
                  AND (t.typtype <> 'c' OR (SELECT k.relkind FROM pg_class k WHERE k.oid = t.typrelid) = 'c')
                """.formatted(NS) + NOT_FROM_EXTENSION.formatted("pg_type", "t.oid"), rs -> "type " + rs.getString("typname") + " " + switch (rs.getString("typtype")) {
            case "e" -> "enum (" + rs.getString("labels") + ")";
            case "d" -> "domain " + rs.getString("base") + flag("not-null", rs.getBoolean("typnotnull"))
                    + attribute("default", rs.getString("typdefault")) + attribute("checks", rs.getString("checks"));
            case "r" -> "range of " + rs.getString("subtype");
            default -> "composite";
        } + attribute("comment", rs.getString("comment")), ns);
    }

    private static List<String> routinesAndTriggers(Connection c, String ns) throws SQLException {
        List<String> out = new ArrayList<>(lines(c, """
                SELECT p.proname, p.prokind, pg_get_function_identity_arguments(p.oid) AS arguments,
                       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS definition,
                       obj_description(p.oid, 'pg_proc') AS comment
                FROM pg_proc p WHERE p.pronamespace = %s
                """.formatted(NS) + NOT_FROM_EXTENSION.formatted("pg_proc", "p.oid"), rs -> routineKind(rs.getString("prokind")) + " "
                + rs.getString("proname") + "(" + rs.getString("arguments") + ")" + attribute("comment", rs.getString("comment"))
                + attribute("as", oneLine(rs.getString("definition"))), ns));
        out.addAll(lines(c, """
                SELECT c.relkind, c.relname, tg.tgname, pg_get_triggerdef(tg.oid, true) AS definition, tg.tgenabled,
                       obj_description(tg.oid, 'pg_trigger') AS comment
                FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid WHERE NOT tg.tgisinternal AND c.relnamespace = %s
                """.formatted(NS), rs -> kind(rs.getString("relkind")) + " " + rs.getString("relname") + " trigger " + rs.getString("tgname")
                + " " + rs.getString("definition") + attribute("enabled", rs.getString("tgenabled"), "O")
                + attribute("comment", rs.getString("comment")), ns));
        return out;
    }

    private static String routineKind(String prokind) {
        return switch (prokind) {
            case "p" -> "procedure";
            case "a" -> "aggregate";
            case "w" -> "window-function";
            default -> "function";
        };
    }

    private static List<String> policiesAndExtensions(Connection c, String ns) throws SQLException {
        List<String> out = new ArrayList<>(lines(c, """
                SELECT tablename, policyname, permissive, array_to_string(roles, ',') AS roles, cmd, qual, with_check
                FROM pg_policies WHERE schemaname = ?
                """, rs -> "table " + rs.getString("tablename") + " policy " + rs.getString("policyname") + " " + rs.getString("permissive")
                + " for " + rs.getString("cmd") + " to " + rs.getString("roles") + attribute("using", oneLine(rs.getString("qual")))
                + attribute("with-check", oneLine(rs.getString("with_check"))), ns));
        out.addAll(lines(c, "SELECT extname FROM pg_extension WHERE extnamespace = " + NS, rs -> "extension " + rs.getString("extname"), ns));
        return out;
    }
}
