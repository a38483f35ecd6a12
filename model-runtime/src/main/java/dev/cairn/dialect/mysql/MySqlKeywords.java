package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Keywords;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words MariaDB 10.11 will not take as a bare name, and for MySQL 8 those plus the ones it reserved on top. */
final class MySqlKeywords implements Keywords {
    private static final Set<String> MARIADB_RESERVED = Set.of(
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

    static final MySqlKeywords MARIADB = new MySqlKeywords(MARIADB_RESERVED);
    static final MySqlKeywords MYSQL = new MySqlKeywords(union(MARIADB_RESERVED, MYSQL_ONLY));

    private final Set<String> reserved;

    private MySqlKeywords(Set<String> reserved) {
        this.reserved = reserved;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    @Override
    public boolean isReserved(String name) {
        return reserved.contains(name.toLowerCase(Locale.ROOT));
    }
}
