package dev.cairn.dialect.expression;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.expression.Node.ArrayOf;
import dev.cairn.dialect.expression.Node.Between;
import dev.cairn.dialect.expression.Node.Binary;
import dev.cairn.dialect.expression.Node.Call;
import dev.cairn.dialect.expression.Node.Case;
import dev.cairn.dialect.expression.Node.Cast;
import dev.cairn.dialect.expression.Node.Collate;
import dev.cairn.dialect.expression.Node.Extract;
import dev.cairn.dialect.expression.Node.InList;
import dev.cairn.dialect.expression.Node.IsTest;
import dev.cairn.dialect.expression.Node.Keyword;
import dev.cairn.dialect.expression.Node.Name;
import dev.cairn.dialect.expression.Node.NumberLit;
import dev.cairn.dialect.expression.Node.StringLit;
import dev.cairn.dialect.expression.Node.Subscript;
import dev.cairn.dialect.expression.Node.Unary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Rewrites a parsed expression into the form the engine itself stores, so that what a migration wrote and what the
 * engine reports meet: PostgreSQL drops the casts it adds to literals and text columns, turns {@code IN (…)} into
 * {@code = ANY (ARRAY[…])}, {@code BETWEEN} into two comparisons and {@code LIKE} into {@code ~~}; MariaDB stores
 * booleans as 1/0, {@code NOW()} as {@code current_timestamp()} and renames some functions.
 */
final class Rewriter {
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "bigint", "smallint", "numeric", "real", "double precision");
    private static final Map<String, String> MYSQL_FUNCTIONS = Map.of(
            "ucase", "upper", "lcase", "lower", "substr", "substring", "octet_length", "length", "character_length", "char_length",
            "curdate", "CURRENT_DATE", "curtime", "CURRENT_TIME", "now", "CURRENT_TIMESTAMP");
    private static final Set<String> MYSQL_TIMESTAMP = Set.of("CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP");
    private static final Map<String, String> INVERTED = Map.of("=", "<>", "<>", "=", "<", ">=", ">=", "<", ">", "<=", "<=", ">");

    private Rewriter() {
    }

    static Node rewrite(Dialect dialect, Node node) {
        Node n = children(node, c -> rewrite(dialect, c));
        if (dialect == Dialect.POSTGRESQL) return postgres(n);
        if (dialect.isMySqlFamily()) return mySql(n);
        return n;
    }

    private static Node children(Node n, UnaryOperator<Node> f) {
        if (n instanceof Call c) return new Call(c.name(), map(c.args(), f), c.distinct(), c.star());
        if (n instanceof Unary u) return new Unary(u.op(), f.apply(u.operand()));
        if (n instanceof Binary b) return new Binary(b.op(), f.apply(b.left()), f.apply(b.right()));
        if (n instanceof IsTest t) return new IsTest(f.apply(t.operand()), t.test());
        if (n instanceof InList l) return new InList(f.apply(l.operand()), map(l.items(), f), l.negated());
        if (n instanceof Between b) return new Between(f.apply(b.operand()), f.apply(b.low()), f.apply(b.high()), b.negated());
        if (n instanceof Cast c) return new Cast(f.apply(c.operand()), c.type());
        if (n instanceof Case c) return new Case(c.operand() == null ? null : f.apply(c.operand()), map(c.whens(), f), map(c.thens(), f),
                c.otherwise() == null ? null : f.apply(c.otherwise()));
        if (n instanceof ArrayOf a) return new ArrayOf(map(a.items(), f));
        if (n instanceof Subscript s) return new Subscript(f.apply(s.base()), f.apply(s.index()));
        if (n instanceof Collate c) return new Collate(f.apply(c.operand()), c.collation());
        if (n instanceof Extract e) return new Extract(e.field(), f.apply(e.source()));
        return n;
    }

    private static List<Node> map(List<Node> nodes, UnaryOperator<Node> f) {
        return nodes.stream().map(f).toList();
    }

    private static Node postgres(Node n) {
        // PostgreSQL stores x IN ('a') as x = 'a'
        if (n instanceof InList l && l.items().size() == 1) return new Binary(l.negated() ? "<>" : "=", l.operand(), l.items().get(0));
        if (n instanceof Cast c) {
            Node operand = c.operand();
            String type = c.type();
            if (operand instanceof StringLit s) {
                if (s.prefix().isEmpty() && NUMERIC_TYPES.contains(type) && s.value().strip().matches("[-+]?\\d+(\\.\\d+)?"))
                    return new NumberLit(Parser.number(s.value().strip().replaceFirst("^\\+", "")));
                return s;
            }
            if (operand instanceof NumberLit && NUMERIC_TYPES.contains(type)) return operand;
            if (operand instanceof Keyword k && k.word().equals("NULL")) return operand;
            if (operand instanceof Name && isText(type)) return operand;
            if (operand instanceof ArrayOf a && a.items().stream().allMatch(Rewriter::isLiteral)) return operand;
            return n;
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

    private static boolean isText(String type) {
        return type.equals("text") || type.equals("name") || type.startsWith("character varying") || type.startsWith("character");
    }

    private static boolean isLiteral(Node n) {
        return n instanceof StringLit || n instanceof NumberLit || n instanceof Keyword;
    }

    private static Node mySql(Node n) {
        if (n instanceof Keyword k) {
            return switch (k.word()) {
                case "TRUE" -> new NumberLit("1");
                case "FALSE" -> new NumberLit("0");
                case "LOCALTIME", "LOCALTIMESTAMP" -> new Keyword("CURRENT_TIMESTAMP");
                default -> n;
            };
        }
        if (n instanceof Call c) {
            String name = MYSQL_FUNCTIONS.getOrDefault(c.name(), c.name());
            if (MYSQL_TIMESTAMP.contains(name) || name.equals("CURRENT_DATE") || name.equals("CURRENT_TIME")) {
                String keyword = MYSQL_TIMESTAMP.contains(name) ? "CURRENT_TIMESTAMP" : name;
                boolean noPrecision = c.args().isEmpty() || (c.args().size() == 1 && c.args().get(0) instanceof NumberLit z && z.text().equals("0"));
                return noPrecision ? new Keyword(keyword) : new Call(keyword, c.args(), false, false);
            }
            return name.equals(c.name()) ? n : new Call(name, c.args(), c.distinct(), c.star());
        }
        if (n instanceof Unary u && u.op().equals("NOT") && u.operand() instanceof Binary b && INVERTED.containsKey(b.op())) {
            return new Binary(INVERTED.get(b.op()), b.left(), b.right());
        }
        return n;
    }
}
