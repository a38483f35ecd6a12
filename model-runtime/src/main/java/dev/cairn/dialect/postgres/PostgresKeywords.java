package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Keywords;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** PostgreSQL's reserved and type/function-name keywords (PostgreSQL 15): the ones it will not take as a bare name. */
final class PostgresKeywords implements Keywords {
    static final PostgresKeywords INSTANCE = new PostgresKeywords();

    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "ilike",
            "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading", "left",
            "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only",
            "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right", "select",
            "session_user", "similar", "some", "symmetric", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    /** The column-name keywords: a bare name as a column, but not as a function or type, so the catalog quotes them too. */
    private static final Set<String> COLUMN_NAME = Set.of(
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists", "extract", "float",
            "greatest", "grouping", "inout", "int", "integer", "interval", "least", "national", "nchar", "none", "normalize", "nullif",
            "numeric", "out", "overlay", "position", "precision", "real", "row", "setof", "smallint", "substring", "time", "timestamp",
            "treat", "trim", "values", "varchar", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
            "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable");
    private static final Pattern SAFE = Pattern.compile("[a-z_][a-z0-9_]*");

    private PostgresKeywords() {
    }

    /**
     * Whether PostgreSQL's {@code quote_identifier} quotes the name when it prints it (in {@code pg_get_constraintdef},
     * {@code pg_get_indexdef}, {@code pg_get_expr}, a regclass): unless it is lower-case letters, digits and
     * underscores, not starting with a digit, and no keyword but an unreserved one.
     */
    boolean quotedInCatalog(String name) {
        return !SAFE.matcher(name).matches() || RESERVED.contains(name) || COLUMN_NAME.contains(name);
    }

    @Override
    public boolean isReserved(String name) {
        return RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }
}
