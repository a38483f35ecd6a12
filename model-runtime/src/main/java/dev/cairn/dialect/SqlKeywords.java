package dev.cairn.dialect;

import java.util.Locale;
import java.util.Set;

/**
 * The words each engine will not take as a bare table, column, index or constraint name, so that DDL and expressions
 * quote them. The lists were found by asking the engines themselves (PostgreSQL 15, MariaDB 10.11, SQLite 3.40): every
 * keyword any of them knows was tried as an unquoted name; these are the ones that failed. PostgreSQL's are exactly
 * its reserved and type/function-name keywords; MySQL gets MariaDB's plus the words MySQL 8 reserved on top.
 */
public final class SqlKeywords {
    private static final Set<String> SQLITE = Set.of(
            "add", "all", "alter", "and", "as", "autoincrement", "between", "case", "cast", "check", "collate",
            "commit", "constraint", "create", "current_date", "current_time", "current_timestamp", "default",
            "deferrable", "delete", "distinct", "drop", "else", "escape", "except", "exists", "foreign", "from",
            "group", "having", "if", "in", "index", "insert", "intersect", "into", "is", "isnull", "join", "limit",
            "not", "nothing", "notnull", "null", "on", "or", "order", "primary", "raise", "references", "returning",
            "select", "set", "table", "then", "to", "transaction", "union", "unique", "update", "using", "values",
            "when", "where");

    private static final Set<String> POSTGRESQL = Set.of(
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

    private static final Set<String> MARIADB = Set.of(
            "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
            "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character", "check",
            "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross", "current_date",
            "current_role", "current_time", "current_timestamp", "current_user", "cursor", "databases", "day_hour",
            "day_microsecond", "day_minute", "day_second", "dec", "decimal", "declare", "default", "delayed", "delete",
            "delete_domain_id", "desc", "describe", "deterministic", "distinct", "distinctrow", "div", "do_domain_ids",
            "double", "drop", "dual", "each", "else", "elseif", "enclosed", "escaped", "except", "exists", "exit",
            "explain", "false", "fetch", "float", "float4", "float8", "for", "force", "foreign", "from", "fulltext",
            "grant", "group", "having", "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if",
            "ignore", "ignore_domain_ids", "in", "index", "infile", "inner", "inout", "insensitive", "insert", "int",
            "int1", "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into", "is", "iterate", "join",
            "key", "keys", "kill", "leading", "leave", "left", "like", "limit", "linear", "lines", "load", "localtime",
            "localtimestamp", "lock", "long", "longblob", "longtext", "loop", "low_priority",
            "master_demote_to_replica", "master_demote_to_slave", "master_ssl_verify_server_cert", "match", "maxvalue",
            "mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond", "minute_second", "mod",
            "modifies", "natural", "no_write_to_binlog", "not", "null", "numeric", "offset", "on", "optimize",
            "optionally", "or", "order", "out", "outer", "outfile", "over", "page_checksum", "parse_vcol_expr",
            "partition", "portion", "precision", "primary", "procedure", "purge", "range", "read", "read_write",
            "reads", "real", "recursive", "ref_system_id", "references", "regexp", "release", "rename", "repeat",
            "replace", "require", "resignal", "restrict", "return", "returning", "revoke", "right", "rlike",
            "row_number", "rows", "schemas", "second_microsecond", "select", "sensitive", "separator", "set", "show",
            "signal", "smallint", "spatial", "specific", "sql", "sql_big_result", "sql_buffer_result", "sql_cache",
            "sql_calc_found_rows", "sql_no_cache", "sql_small_result", "sqlexception", "sqlstate", "sqlwarning", "ssl",
            "starting", "stats_auto_recalc", "stats_persistent", "stats_sample_pages", "straight_join", "table",
            "terminated", "then", "tinyblob", "tinyint", "tinytext", "to", "trailing", "trigger", "true", "undo",
            "union", "unique", "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time",
            "utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "when", "where", "while",
            "with", "write", "xor", "year_month", "zerofill");

    /** Reserved in MySQL 8 but not in MariaDB (window functions, LATERAL, …). */
    private static final Set<String> MYSQL_ONLY = Set.of(
            "cube", "cume_dist", "dense_rank", "empty", "first_value", "function", "generated", "get", "grouping", "groups",
            "io_after_gtids", "io_before_gtids", "json_table", "lag", "last_value", "lateral", "lead", "master_bind", "nth_value",
            "ntile", "of", "optimizer_costs", "percent_rank", "qualify", "rank", "row", "stored", "system", "virtual", "window");

    private SqlKeywords() {
    }

    /** Whether {@code name} must be quoted to be used as an identifier in {@code dialect}. */
    public static boolean isReserved(Dialect dialect, String name) {
        String word = name.toLowerCase(Locale.ROOT);
        return switch (dialect) {
            case SQLITE -> SQLITE.contains(word);
            case POSTGRESQL -> POSTGRESQL.contains(word);
            case MARIADB -> MARIADB.contains(word);
            case MYSQL -> MARIADB.contains(word) || MYSQL_ONLY.contains(word);
        };
    }
}
