package dev.cairn.dialect.postgres;

import dev.cairn.dialect.expression.ExpressionRules;
import dev.cairn.dialect.expression.Literals;
import dev.cairn.dialect.expression.Node;
import dev.cairn.dialect.expression.Node.ArrayOf;
import dev.cairn.dialect.expression.Node.Between;
import dev.cairn.dialect.expression.Node.Binary;
import dev.cairn.dialect.expression.Node.Call;
import dev.cairn.dialect.expression.Node.Cast;
import dev.cairn.dialect.expression.Node.InList;
import dev.cairn.dialect.expression.Node.Keyword;
import dev.cairn.dialect.expression.Node.Name;
import dev.cairn.dialect.expression.Node.NumberLit;
import dev.cairn.dialect.expression.Node.StringLit;
import dev.cairn.schema.SqlType;
import dev.cairn.sql.SqlSyntax;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's expressions as {@code pg_get_expr} reports them: casts written {@code ::}, the casts it adds to literals
 * and text columns, {@code IN} as {@code = ANY (ARRAY[…])}, {@code LIKE} as {@code ~~}, defaults folded to the column's
 * type.
 */
final class PostgresExpressions implements ExpressionRules {
    static final PostgresExpressions INSTANCE = new PostgresExpressions();

    /** Functions whose first argument names a sequence ({@code regclass}). */
    private static final Set<String> SEQUENCE_FUNCTIONS = Set.of("nextval", "currval", "setval");
    private static final Set<String> USER_KEYWORDS = Set.of("CURRENT_USER", "SESSION_USER", "CURRENT_ROLE", "USER");
    /**
     * The functions with a {@code char(n)} form (pg_proc, PostgreSQL 15) and the forms that take any type, to which
     * PostgreSQL passes such a column as it is.
     */
    private static final Set<String> CHAR_FUNCTIONS = Set.of("length", "char_length", "character_length", "octet_length", "max", "min",
            "name", "text", "bpchar", "hashbpchar", "hashbpcharextended", "btbpchar_pattern_cmp", "coalesce", "nullif", "greatest", "least");
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "bigint", "smallint", "numeric", "real", "double precision");
    private static final Set<String> TRUE_WORDS = Set.of("t", "true", "y", "yes", "on", "1");
    private static final Set<String> FALSE_WORDS = Set.of("f", "false", "n", "no", "off", "0");

    private PostgresExpressions() {
    }

    @Override
    public SqlSyntax syntax() {
        return PostgresSyntax.INSTANCE;
    }

    @Override
    public boolean isReserved(String word) {
        return PostgresKeywords.INSTANCE.isReserved(word);
    }

    @Override
    public String storedName(String name) {
        return PostgresDdlRules.cutToNameLength(name);
    }

    @Override
    public boolean spelledBare(String quotedName) {
        return !PostgresKeywords.INSTANCE.quotedInCatalog(quotedName);
    }

    @Override
    public String canonicalType(String written) {
        return PostgresTypes.INSTANCE.toSql(PostgresTypes.INSTANCE.parse(written));
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
        return true;
    }

    @Override
    public String catalogSpelling(String expression) {
        return expression;
    }

    @Override
    public String defaultSpelling(String strippedDefault) {
        return strippedDefault;
    }

    @Override
    public Node storedForm(Node n) {
        // PostgreSQL stores x IN ('a') as x = 'a'
        if (n instanceof InList l && l.items().size() == 1) return new Binary(l.negated() ? "<>" : "=", l.operand(), l.items().get(0));
        if (n instanceof Cast c) return withoutAddedCast(c);
        if (n instanceof Call c && SEQUENCE_FUNCTIONS.contains(c.name()) && !c.args().isEmpty()
                && c.args().get(0) instanceof StringLit s && s.prefix().isEmpty()) {
            List<Node> args = new ArrayList<>(c.args());
            args.set(0, new StringLit(regclass(s.value()), ""));
            return new Call(c.name(), args, c.distinct(), c.star());
        }
        if (n instanceof Binary b) {
            if (b.right() instanceof Call q && q.args().size() == 1 && q.args().get(0) instanceof ArrayOf a) {
                if (b.op().equals("=") && q.name().equals("ANY")) return new InList(b.left(), a.items(), false);
                if (b.op().equals("<>") && q.name().equals("ALL")) return new InList(b.left(), a.items(), true);
            }
            String like = switch (b.op()) {
                case "~~" -> "LIKE";
                case "!~~" -> "NOT LIKE";
                case "~~*" -> "ILIKE";
                case "!~~*" -> "NOT ILIKE";
                default -> null;
            };
            if (like != null) return new Binary(like, b.left(), b.right());
            return n;
        }
        if (n instanceof Between b) {
            if (b.negated()) return new Binary("OR", new Binary("<", b.operand(), b.low()), new Binary(">", b.operand(), b.high()));
            return new Binary("AND", new Binary(">=", b.operand(), b.low()), new Binary("<=", b.operand(), b.high()));
        }
        return n;
    }

    /**
     * A relation named in a string ({@code nextval('MY_SEQ')}) as PostgreSQL stores it, by its identity, and prints it
     * back: unquoted parts folded to lower case, quoted ones kept, each cut to 63 bytes as every identifier
     * ({@link PostgresDdlRules#cutToNameLength}) and quoted again only where it must be ({@code 'my_seq'},
     * {@code '"MySeq"'}). Text that is no name stays as written.
     */
    static String regclass(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false, wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    part.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (ch == '.') {
                parts.add(part.toString());
                part.setLength(0);
                wasQuoted = false;
            } else if (Character.isWhitespace(ch)) {
                return text;
            } else {
                part.append(wasQuoted ? ch : Character.toLowerCase(ch));
            }
        }
        if (quoted) return text;
        parts.add(part.toString());
        List<String> printed = new ArrayList<>(parts.size());
        for (String whole : parts) {
            if (whole.isEmpty()) return text;
            String p = PostgresDdlRules.cutToNameLength(whole);
            printed.add(PostgresKeywords.INSTANCE.quotedInCatalog(p) ? "\"" + p.replace("\"", "\"\"") + "\"" : p);
        }
        return String.join(".", printed);
    }

    /** The casts PostgreSQL adds to literals, NULL and literal arrays are dropped (those of columns: {@link #storedColumnCast}). */
    private static Node withoutAddedCast(Cast c) {
        Node operand = c.operand();
        String type = c.type();
        if (operand instanceof StringLit s) {
            if (s.prefix().isEmpty() && NUMERIC_TYPES.contains(type) && s.value().strip().matches("[-+]?\\d+(\\.\\d+)?"))
                return new NumberLit(NumberLit.canonical(s.value().strip().replaceFirst("^\\+", "")));
            return s;
        }
        if (operand instanceof NumberLit && NUMERIC_TYPES.contains(type)) return operand;
        if (operand instanceof Keyword k && k.word().equals("NULL")) return operand;
        // current_user and its kin are of type name, which PostgreSQL casts to text where text is wanted
        if (operand instanceof Keyword k && type.equals("text") && USER_KEYWORDS.contains(k.word())) return operand;
        if (operand instanceof ArrayOf a && a.items().stream().allMatch(PostgresExpressions::isLiteral)) return operand;
        // x::varchar(5)::text: the ::text PostgreSQL adds where text is wanted, to what is a string already
        if (operand instanceof Cast inner && type.equals("text") && isVarying(inner.type())) return operand;
        return c;
    }

    @Override
    public Node storedColumnCast(Cast cast, SqlType columnType) {
        if (columnType.arrayDimensions() > 0) return cast;
        String target = cast.type();
        if (target.equals(canonicalType(columnType.canonical()))) return cast.operand();
        if (target.equals("text") && (columnType.name().equals("text") || isVarying(columnType.name()))) return cast.operand();
        return cast;
    }

    @Override
    public Node storedColumnArgument(String function, Cast cast, SqlType columnType) {
        boolean padded = columnType.arrayDimensions() == 0 && (columnType.name().equals("character") || columnType.name().equals("bpchar"));
        return padded && cast.type().equals("text") && !CHAR_FUNCTIONS.contains(function) ? cast.operand() : cast;
    }

    /**
     * {@code varchar} has the operators and functions of {@code text}, so the {@code ::text} PostgreSQL adds to it is
     * never a change; {@code char(n)} has its own (a cast to text trims its padding), so a cast of one always stays.
     */
    private static boolean isVarying(String type) {
        return type.startsWith("character varying");
    }


    private static boolean isLiteral(Node n) {
        return n instanceof StringLit || n instanceof NumberLit || n instanceof Keyword;
    }

    @Override
    public String storedDefault(String c, SqlType type) {
        if (type.arrayDimensions() > 0) return c;
        String string = Literals.singleQuotedValue(c);
        switch (type.family()) {
            case INTEGER, DECIMAL, FLOAT -> {
                // PostgreSQL folds a quoted number into a numeric constant but keeps a number's digits as written
                String v = Literals.numberIn(c);
                if (v != null) return number(v);
            }
            case BOOLEAN -> {
                if (!type.name().equals("boolean")) return c;
                String word = string != null ? string.strip().toLowerCase(Locale.ROOT) : null;
                if (word != null && TRUE_WORDS.contains(word)) return "TRUE";
                if (word != null && FALSE_WORDS.contains(word)) return "FALSE";
            }
            case TIMESTAMP -> {
                String t = string == null ? null : Literals.dateTime(string, null);
                if (t != null) return Literals.quoted(t);
            }
            case TIME -> {
                if (type.name().equals("time without time zone")) {
                    String t = string == null ? null : Literals.time(string, null);
                    if (t != null) return Literals.quoted(t);
                }
            }
            default -> {
            }
        }
        return c;
    }

    /**
     * A string literal cast to another type than the column's stays: PostgreSQL converts it to the column's type with a
     * cast it does not print ({@code 'a'::character varying} on a {@code text} column, where ALTER COLUMN … TYPE left
     * it). Not a number cast to a number type ({@code '-3'::integer} is how PostgreSQL prints a negative integer, of
     * whatever column) nor a boolean (printed {@code true}).
     */
    @Override
    public boolean keepsDefaultCast(Cast cast, SqlType columnType) {
        if (!(cast.operand() instanceof StringLit s)) return false;
        SqlType to = PostgresTypes.INSTANCE.parse(cast.type());
        if (to.name().equals("boolean")) return false;
        if (NUMERIC_TYPES.contains(to.name()) && s.value().strip().matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return false;
        return !unquotedLabel(to).equals(unquotedLabel(columnType));
    }

    /** {@link #catalogLabel} with a quoted type name unquoted: {@code "mood_café"} in a column's type, {@code mood_café} in a cast. */
    private static String unquotedLabel(SqlType type) {
        return catalogLabel(new SqlType(dev.cairn.sql.SqlLiterals.unquotedName(type.name()), type.family(), null, null, null,
                type.arrayDimensions(), List.of(), false, null));
    }

    /** A string literal default gets the label PostgreSQL prints for the column's type; numbers, booleans and calls print alike on any column. */
    @Override
    public String typedDefault(String canonical, SqlType type) {
        if (Literals.singleQuotedValue(canonical) == null) return canonical;
        return canonical + "::" + catalogLabel(type);
    }

    /**
     * The type a constant of a column of {@code type} is labelled with ({@code '…'::character varying}): the type
     * without its length, precision or scale ({@code character(n)} is {@code bpchar}), arrays kept.
     */
    private static String catalogLabel(SqlType type) {
        String name = type.name().equals("character") ? "bpchar" : type.name();
        return new SqlType(name, type.family(), null, null, null, type.arrayDimensions(), List.of(), false, null).canonical();
    }

    private static String number(String v) {
        String t = v.startsWith("+") ? v.substring(1) : v;
        if (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) return Literals.plainNumber(t);
        if (t.indexOf('.') < 0) return new BigInteger(t).toString();
        return t.startsWith(".") ? "0" + t : t.startsWith("-.") ? "-0" + t.substring(1) : t;
    }
}
