package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.expression.ExpressionRules;
import dev.cairn.dialect.expression.Literals;
import dev.cairn.dialect.expression.Node;
import dev.cairn.schema.SqlType;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.SqlSyntax;
import dev.cairn.sql.Token.Kind;

import java.util.Locale;
import java.util.Set;

/**
 * SQLite's expressions: its catalog keeps the text as written, so the canonical form is made here: brackets and
 * backquotes become double quotes, a quoted name that needs none loses them (SQLite names are case-insensitive, so one
 * that keeps them is lower-cased), {@code ==} is {@code =}. Nothing is rewritten the way other engines store it.
 */
final class SqliteExpressions implements ExpressionRules {
    @Override
    public boolean lowerCasesHexDigits() {
        return false;
    }

    static final SqliteExpressions INSTANCE = new SqliteExpressions();

    /** SQLite keywords that cannot stand as a bare column name; a quoted one keeps its quotes. */
    private static final Set<String> KEYWORDS = Set.of("abort", "action", "add", "after", "all", "alter", "always", "analyze",
            "and", "as", "asc", "attach", "autoincrement", "before", "begin", "between", "by", "cascade", "case", "cast", "check",
            "collate", "column", "commit", "conflict", "constraint", "create", "cross", "current", "current_date", "current_time",
            "current_timestamp", "database", "default", "deferrable", "deferred", "delete", "desc", "detach", "distinct", "do", "drop",
            "each", "else", "end", "escape", "except", "exclude", "exclusive", "exists", "explain", "fail", "filter", "first",
            "following", "for", "foreign", "from", "full", "generated", "glob", "group", "groups", "having", "if", "ignore",
            "immediate", "in", "index", "indexed", "initially", "inner", "insert", "instead", "intersect", "into", "is", "isnull",
            "join", "key", "last", "left", "like", "limit", "match", "materialized", "natural", "no", "not", "nothing", "notnull",
            "null", "nulls", "of", "offset", "on", "or", "order", "others", "outer", "over", "partition", "plan", "pragma",
            "preceding", "primary", "query", "raise", "range", "recursive", "references", "regexp", "reindex", "release", "rename",
            "replace", "restrict", "returning", "right", "rollback", "row", "rows", "savepoint", "select", "set", "table", "temp",
            "temporary", "then", "ties", "to", "transaction", "trigger", "unbounded", "union", "unique", "update", "using",
            "vacuum", "values", "view", "virtual", "when", "where", "window", "with", "without", "true", "false", "array",
            "interval", "any", "some", "similar", "ilike", "extract", "div", "mod", "xor", "rlike", "user", "session_user",
            "current_user", "current_role", "localtime", "localtimestamp", "fetch", "grant", "only");

    private SqliteExpressions() {
    }

    @Override
    public SqlSyntax syntax() {
        return SqliteSyntax.INSTANCE;
    }

    @Override
    public boolean isReserved(String word) {
        return SqliteKeywords.INSTANCE.isReserved(word);
    }

    @Override
    public String canonicalType(String written) {
        return SqliteTypes.INSTANCE.toSql(SqliteTypes.INSTANCE.parse(written));
    }

    @Override
    public char nameQuote() {
        return '"';
    }

    @Override
    public boolean lowerCasesQuotedNames() {
        return false;
    }

    @Override
    public boolean bareNamesMayStartWithDigitOrDollar() {
        return false;
    }

    @Override
    public boolean quotedCollationsKeepQuotes() {
        return true;
    }

    @Override
    public boolean logicalOperatorSymbols() {
        return false;
    }

    @Override
    public boolean castsWithDoubleColon() {
        return false;
    }

    /** Name quotes become double quotes, dropped where the name needs none, and {@code ==} becomes {@code =}. */
    @Override
    public String catalogSpelling(String expression) {
        SqlLexer lexer = new SqlLexer(SqliteSyntax.INSTANCE, expression);
        StringBuilder out = null;
        int copied = 0;
        for (Kind k = lexer.next(); k != Kind.END; k = lexer.next()) {
            String replacement;
            if (k == Kind.QUOTED_NAME && !lexer.unterminated()) replacement = name(SqlLiterals.unquotedName(lexer.text()));
            else if (k == Kind.SYMBOL && lexer.end() - lexer.start() == 2 && expression.startsWith("==", lexer.start())) replacement = "=";
            else continue;
            if (out == null) out = new StringBuilder(expression.length());
            out.append(expression, copied, lexer.start()).append(replacement);
            copied = lexer.end();
        }
        return out == null ? expression : out.append(expression, copied, expression.length()).toString();
    }

    private static String name(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*") && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) return name;
        // SQLite names are case-insensitive: one spelling for "Select" and "select"
        return "\"" + name.toLowerCase(Locale.ROOT).replace("\"", "\"\"") + "\"";
    }

    /** A default cannot name a column, so SQLite reads a double-quoted default as a string. */
    @Override
    public String defaultSpelling(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && Literals.isOneQuoted(text, '"')) {
            return "'" + text.substring(1, text.length() - 1).replace("\"\"", "\"").replace("'", "''") + "'";
        }
        return text;
    }

    @Override
    public Node storedForm(Node node) {
        return node;
    }

    @Override
    public String storedDefault(String canonical, SqlType type) {
        return canonical;
    }

    @Override
    public Node storedColumnCast(Node.Cast cast, SqlType columnType) {
        return cast;
    }
}
