package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Keywords;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.dialect.expression.ExpressionRules;
import dev.cairn.dialect.expression.Literals;
import dev.cairn.dialect.expression.Node;
import dev.cairn.dialect.expression.Node.Binary;
import dev.cairn.dialect.expression.Node.Call;
import dev.cairn.dialect.expression.Node.Keyword;
import dev.cairn.dialect.expression.Node.NumberLit;
import dev.cairn.dialect.expression.Node.Unary;
import dev.cairn.schema.SqlType;
import dev.cairn.sql.SqlSyntax;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

/**
 * The expressions of MySQL and MariaDB as {@code information_schema} reports them: names in backquotes and without
 * case, {@code ||}/{@code &&}/{@code !} as OR/AND/NOT, booleans as 1/0, {@code NOW()} as {@code CURRENT_TIMESTAMP}, some
 * functions renamed, defaults converted to the column's type.
 */
final class MySqlExpressions implements ExpressionRules {
    static final MySqlExpressions MYSQL = new MySqlExpressions(MySqlSyntax.MYSQL, MySqlKeywords.MYSQL, MySqlTypes.MYSQL);
    static final MySqlExpressions MARIADB = new MySqlExpressions(MySqlSyntax.MARIADB, MySqlKeywords.MARIADB, MySqlTypes.MARIADB);

    private static final Map<String, String> FUNCTIONS = Map.of(
            "ucase", "upper", "lcase", "lower", "substr", "substring", "octet_length", "length", "character_length", "char_length",
            "curdate", "CURRENT_DATE", "curtime", "CURRENT_TIME", "now", "CURRENT_TIMESTAMP");
    private static final Set<String> TIMESTAMP = Set.of("CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP");
    private static final Map<String, String> INVERTED = Map.of("=", "<>", "<>", "=", "<", ">=", ">=", "<", ">", "<=", "<=", ">");

    private final SqlSyntax syntax;
    private final Keywords keywords;
    private final TypeSystem types;

    private MySqlExpressions(SqlSyntax syntax, Keywords keywords, TypeSystem types) {
        this.syntax = syntax;
        this.keywords = keywords;
        this.types = types;
    }

    @Override
    public SqlSyntax syntax() {
        return syntax;
    }

    @Override
    public boolean isReserved(String word) {
        return keywords.isReserved(word);
    }

    @Override
    public String canonicalType(String written) {
        return types.toSql(types.parse(written));
    }

    @Override
    public char nameQuote() {
        return '`';
    }

    @Override
    public boolean lowerCasesQuotedNames() {
        return true;
    }

    @Override
    public boolean bareNamesMayStartWithDigitOrDollar() {
        return true;
    }

    @Override
    public boolean quotedCollationsKeepQuotes() {
        return false;
    }

    @Override
    public boolean logicalOperatorSymbols() {
        return true;
    }

    @Override
    public boolean castsWithDoubleColon() {
        return false;
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
        if (n instanceof Keyword k) {
            return switch (k.word()) {
                case "TRUE" -> new NumberLit("1");
                case "FALSE" -> new NumberLit("0");
                case "LOCALTIME", "LOCALTIMESTAMP" -> new Keyword("CURRENT_TIMESTAMP");
                default -> n;
            };
        }
        if (n instanceof Call c) {
            String name = FUNCTIONS.getOrDefault(c.name(), c.name());
            if (TIMESTAMP.contains(name) || name.equals("CURRENT_DATE") || name.equals("CURRENT_TIME")) {
                String keyword = TIMESTAMP.contains(name) ? "CURRENT_TIMESTAMP" : name;
                boolean noPrecision = c.args().isEmpty() || (c.args().size() == 1 && c.args().get(0) instanceof NumberLit z && z.text().equals("0"));
                return noPrecision ? new Keyword(keyword) : new Call(keyword, c.args(), false, false);
            }
            return name.equals(c.name()) ? n : new Call(name, c.args(), c.distinct(), c.star());
        }
        if (n instanceof Binary b && b.op().equals("%")) return new Binary("MOD", b.left(), b.right());
        if (n instanceof Unary u && u.op().equals("NOT") && u.operand() instanceof Binary b && INVERTED.containsKey(b.op())) {
            return new Binary(INVERTED.get(b.op()), b.left(), b.right());
        }
        return n;
    }

    @Override
    public String storedDefault(String c, SqlType type) {
        String string = Literals.singleQuotedValue(c);
        boolean number = Literals.isNumber(c) || Literals.isHex(c);
        switch (type.family()) {
            case INTEGER, BOOLEAN -> {
                if (type.name().equals("bit")) return c;
                String v = number ? c : Literals.numberIn(c);
                if (v != null) return integerValue(v);
            }
            case DECIMAL -> {
                String v = number ? c : Literals.numberIn(c);
                if (v != null && !Literals.isHex(v)) {
                    int scale = type.scale() == null ? 0 : type.scale();
                    return new BigDecimal(v).setScale(scale, RoundingMode.HALF_UP).toPlainString();
                }
            }
            case FLOAT -> {
                String v = number ? c : Literals.numberIn(c);
                if (v != null && !Literals.isHex(v)) return Literals.plainNumber(v);
            }
            case CHAR, VARCHAR, TEXT, ENUM -> {
                if (number) return Literals.quoted(c);
            }
            case TIMESTAMP -> {
                String t = string == null ? null : Literals.dateTime(string, type.precision() == null ? 0 : type.precision());
                if (t != null) return Literals.quoted(t);
            }
            case TIME -> {
                String t = string == null ? null : Literals.time(string, type.precision() == null ? 0 : type.precision());
                if (t != null) return Literals.quoted(t);
            }
            default -> {
                if (type.name().equals("set") && number) return Literals.quoted(c);
            }
        }
        return c;
    }

    private static String integerValue(String v) {
        if (Literals.isHex(v)) return new BigInteger(v.substring(2), 16).toString();
        return new BigDecimal(v).setScale(0, RoundingMode.HALF_UP).toBigInteger().toString();
    }

    @Override
    public Node storedColumnCast(Node.Cast cast, SqlType columnType) {
        return cast;
    }
}
