package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.Keywords;

import java.util.Locale;
import java.util.Set;

/** The words SQLite 3.40 will not take as a bare name. */
final class SqliteKeywords implements Keywords {
    static final SqliteKeywords INSTANCE = new SqliteKeywords();

    private static final Set<String> RESERVED = Set.of(
            "add", "all", "alter", "and", "as", "autoincrement", "between", "case", "cast", "check", "collate",
            "commit", "constraint", "create", "current_date", "current_time", "current_timestamp", "default",
            "deferrable", "delete", "distinct", "drop", "else", "escape", "except", "exists", "foreign", "from",
            "group", "having", "if", "in", "index", "insert", "intersect", "into", "is", "isnull", "join", "limit",
            "not", "nothing", "notnull", "null", "on", "or", "order", "primary", "raise", "references", "returning",
            "select", "set", "table", "then", "to", "transaction", "union", "unique", "update", "using", "values",
            "when", "where");

    private SqliteKeywords() {
    }

    @Override
    public boolean isReserved(String name) {
        return RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }
}
