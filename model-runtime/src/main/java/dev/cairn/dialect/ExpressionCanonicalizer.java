package dev.cairn.dialect;

import dev.cairn.dialect.expression.ExpressionNormalizer;
import dev.cairn.schema.SqlType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings SQL expression text (column defaults, CHECK conditions, partial-index predicates, index expressions) into
 * one canonical spelling per dialect, so that what a migration wrote and what the engine reports back compare equal
 * ({@code 0} vs {@code (0)::numeric} on PostgreSQL, {@code CURRENT_TIMESTAMP} vs {@code current_timestamp()} on MariaDB).
 * <p>
 * The canonical text is parsed and printed again by {@link ExpressionNormalizer}: keywords upper-case, unquoted names
 * and function names lower-case, only the parentheses precedence needs, single spaces, the engine's own rewrites
 * undone (PostgreSQL's casts, {@code = ANY (ARRAY[…])}, {@code ~~}; MariaDB's backticks, {@code current_timestamp()},
 * {@code ucase}). It stays valid SQL of the dialect, so renderers write it back as is. On SQLite, whose catalog keeps
 * the text as written, brackets and backticks become double quotes, a quoted name that needs no quotes loses them
 * (SQLite names are case-insensitive), and {@code ==} is {@code =}.
 * <p>
 * A column default is more than an expression: engines store the default converted to the column's type
 * ({@code DEFAULT '5'} on an integer reads back as {@code 5}, {@code DEFAULT 0} on MariaDB's {@code decimal(10,2)} as
 * {@code 0.00}, a date on a datetime column gains {@code 00:00:00}). {@link #canonicalDefault} applies those
 * conversions, so replay and introspection should both use it for defaults.
 */
public final class ExpressionCanonicalizer {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?");
    private static final Set<String> TRUE_WORDS = Set.of("t", "true", "y", "yes", "on", "1");
    private static final Set<String> FALSE_WORDS = Set.of("f", "false", "n", "no", "off", "0");
    /** SQLite keywords that cannot stand as a bare column name; a quoted one keeps its quotes. */
    private static final Set<String> SQLITE_KEYWORDS = Set.of("abort", "action", "add", "after", "all", "alter", "always", "analyze",
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

    private ExpressionCanonicalizer() {
    }

    /** The canonical text of an expression; null stays null. */
    public static String canonical(Dialect dialect, String expression) {
        if (expression == null) return null;
        String s = expression.strip();
        if (s.isEmpty()) return s;
        Dialect d = dialect == null ? Dialect.SQLITE : dialect;
        if (d == Dialect.SQLITE) s = sqliteSpelling(s);
        String normalized = ExpressionNormalizer.normalize(d, s);
        if (normalized != null) return normalized;
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) s = s.substring(1, s.length() - 1).strip();
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The canonical default of a column of type {@code type}: null when there is none or it is the NULL literal;
     * otherwise the canonical expression with a literal converted the way the engine stores it for that type.
     */
    public static String canonicalDefault(Dialect dialect, String expression, SqlType type) {
        if (expression == null || expression.isBlank()) return null;
        Dialect d = dialect == null ? Dialect.SQLITE : dialect;
        String text = expression.strip();
        if (d == Dialect.SQLITE && text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") && isOneQuoted(text, '"')) {
            // a default cannot name a column, so SQLite reads a double-quoted default as a string
            text = "'" + text.substring(1, text.length() - 1).replace("\"\"", "\"").replace("'", "''") + "'";
        }
        String c = canonical(d, text);
        if (c == null || c.isEmpty() || c.equalsIgnoreCase("NULL")) return null;
        if (type == null || d == Dialect.SQLITE) return c;
        return d == Dialect.POSTGRESQL ? postgresLiteral(c, type) : mySqlLiteral(c, type);
    }

    // ------------------------------------------------------------------------------------------------ defaults

    private static String postgresLiteral(String c, SqlType type) {
        if (type.arrayDimensions() > 0) return c;
        String string = stringLiteral(c);
        switch (type.family()) {
            case INTEGER, DECIMAL, FLOAT -> {
                // PostgreSQL folds a quoted number into a numeric constant but keeps a number's digits as written
                String v = string != null && NUMBER.matcher(string.strip()).matches() ? string.strip() : isNumber(c) ? c : null;
                if (v != null) return postgresNumber(v);
            }
            case BOOLEAN -> {
                if (!type.name().equals("boolean")) return c;
                String word = string != null ? string.strip().toLowerCase(Locale.ROOT) : null;
                if (word != null && TRUE_WORDS.contains(word)) return "TRUE";
                if (word != null && FALSE_WORDS.contains(word)) return "FALSE";
            }
            case TIMESTAMP -> {
                String t = string == null ? null : dateTime(string, null);
                if (t != null) return quote(t);
            }
            case TIME -> {
                if (type.name().equals("time without time zone")) {
                    String t = string == null ? null : time(string, null);
                    if (t != null) return quote(t);
                }
            }
            default -> {
            }
        }
        return c;
    }

    private static String mySqlLiteral(String c, SqlType type) {
        String string = stringLiteral(c);
        boolean number = isNumber(c) || isHex(c);
        switch (type.family()) {
            case INTEGER, BOOLEAN -> {
                if (type.name().equals("bit")) return c;
                String v = number ? c : string != null && NUMBER.matcher(string.strip()).matches() ? string.strip() : null;
                if (v != null) return integerValue(v);
            }
            case DECIMAL -> {
                String v = number ? c : string != null && NUMBER.matcher(string.strip()).matches() ? string.strip() : null;
                if (v != null && !isHex(v)) {
                    int scale = type.scale() == null ? 0 : type.scale();
                    return new BigDecimal(v).setScale(scale, RoundingMode.HALF_UP).toPlainString();
                }
            }
            case FLOAT -> {
                String v = number ? c : string != null && NUMBER.matcher(string.strip()).matches() ? string.strip() : null;
                if (v != null && !isHex(v)) return number(v);
            }
            case CHAR, VARCHAR, TEXT, ENUM -> {
                if (number) return quote(c);
            }
            case TIMESTAMP -> {
                String t = string == null ? null : dateTime(string, type.precision() == null ? 0 : type.precision());
                if (t != null) return quote(t);
            }
            case TIME -> {
                String t = string == null ? null : time(string, type.precision() == null ? 0 : type.precision());
                if (t != null) return quote(t);
            }
            default -> {
                if (type.name().equals("set") && number) return quote(c);
            }
        }
        return c;
    }

    /** {@code yyyy-mm-dd[ hh:mm[:ss[.f]]]} written out in full; fractional digits padded to {@code fsp} (null: trimmed). */
    private static String dateTime(String s, Integer fsp) {
        Matcher m = DATE_TIME.matcher(s.strip());
        if (!m.matches()) return null;
        String hh = m.group(2) == null ? "00" : pad2(m.group(2));
        String mm = m.group(3) == null ? "00" : m.group(3);
        String ss = m.group(4) == null ? "00" : m.group(4);
        String[] ymd = m.group(1).split("-"); // both engines accept 2020-1-2 and store 2020-01-02
        return ymd[0] + "-" + pad2(ymd[1]) + "-" + pad2(ymd[2]) + " " + hh + ":" + mm + ":" + ss + fraction(m.group(5), fsp);
    }

    private static String time(String s, Integer fsp) {
        Matcher m = TIME.matcher(s.strip());
        if (!m.matches()) return null;
        String ss = m.group(3) == null ? "00" : m.group(3);
        return pad2(m.group(1)) + ":" + m.group(2) + ":" + ss + fraction(m.group(4), fsp);
    }

    private static String fraction(String digits, Integer fsp) {
        String f = digits == null ? "" : digits;
        if (fsp == null) {
            f = f.replaceFirst("0+$", "");
        } else {
            f = f.length() > fsp ? f.substring(0, fsp) : f + "0".repeat(fsp - f.length());
        }
        return f.isEmpty() ? "" : "." + f;
    }

    private static String pad2(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    private static String integerValue(String v) {
        if (isHex(v)) return new BigInteger(v.substring(2), 16).toString();
        return new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).toBigInteger().toString();
    }

    private static String postgresNumber(String v) {
        String t = v.startsWith("+") ? v.substring(1) : v;
        if (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) return number(t);
        if (t.indexOf('.') < 0) return new BigInteger(t).toString();
        return t.startsWith(".") ? "0" + t : t.startsWith("-.") ? "-0" + t.substring(1) : t;
    }

    /** A number in one spelling: no exponent, no trailing fractional zeros, no negative zero. */
    private static String number(String v) {
        BigDecimal value = new BigDecimal(v.startsWith("+") ? v.substring(1) : v);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static boolean isNumber(String c) {
        return NUMBER.matcher(c).matches();
    }

    private static boolean isHex(String c) {
        return c.matches("0[xX][0-9a-fA-F]+");
    }

    /** The value of {@code c} when it is exactly one single-quoted string literal, else null. */
    private static String stringLiteral(String c) {
        if (c.length() < 2 || c.charAt(0) != '\'' || c.charAt(c.length() - 1) != '\'' || !isOneQuoted(c, '\'')) return null;
        return c.substring(1, c.length() - 1).replace("''", "'");
    }

    private static boolean isOneQuoted(String text, char quote) {
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == quote) {
                if (text.charAt(i + 1) == quote && i + 1 < text.length() - 1) i++;
                else return false;
            }
        }
        return true;
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    // -------------------------------------------------------------------------------------------------- SQLite

    /**
     * Rewrites SQLite's identifier quotes into double quotes, dropping them where the name needs none, and
     * {@code ==} into {@code =}; strings and comments are left as they are.
     */
    static String sqliteSpelling(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'') {
                int end = i + 1;
                while (end < n) {
                    if (s.charAt(end) == '\'') {
                        if (end + 1 < n && s.charAt(end + 1) == '\'') end += 2;
                        else break;
                    } else {
                        end++;
                    }
                }
                out.append(s, i, Math.min(end + 1, n));
                i = end + 1;
            } else if (c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                StringBuilder name = new StringBuilder();
                int end = i + 1;
                while (end < n) {
                    char d = s.charAt(end);
                    if (d == close) {
                        if (close != ']' && end + 1 < n && s.charAt(end + 1) == close) {
                            name.append(d);
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    name.append(d);
                    end++;
                }
                if (end >= n) {
                    out.append(s.substring(i));
                    break;
                }
                out.append(sqliteName(name.toString()));
                i = end + 1;
            } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                int end = s.indexOf('\n', i);
                if (end < 0) end = n;
                out.append(s, i, end);
                i = end;
            } else if (c == '=' && i + 1 < n && s.charAt(i + 1) == '=') {
                out.append('=');
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String sqliteName(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*") && !SQLITE_KEYWORDS.contains(name.toLowerCase(Locale.ROOT))) return name;
        // SQLite names are case-insensitive: one spelling for "Select" and "select"
        return "\"" + name.toLowerCase(Locale.ROOT).replace("\"", "\"\"") + "\"";
    }

    private static boolean balanced(String s) {
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') quote = !quote;
            else if (!quote && c == '(') depth++;
            else if (!quote && c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }
}
