package dev.cairn.dialect.expression;

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
import dev.cairn.dialect.expression.Node.Name;
import dev.cairn.dialect.expression.Node.Subscript;
import dev.cairn.dialect.expression.Node.Unary;
import dev.cairn.schema.SqlType;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Rewrites a parsed expression into the form the engine itself stores, so that what a migration wrote and what the
 * engine reports meet: each node, children first, becomes the engine's {@link ExpressionRules#storedForm}.
 */
final class Rewriter {
    private Rewriter() {
    }

    static Node rewrite(ExpressionRules rules, Node node) {
        if (node instanceof Subscript s && s.base() instanceof Cast c) {
            return rules.storedForm(new Subscript(subscriptedCast(c, o -> rewrite(rules, o)), rewrite(rules, s.index())));
        }
        return signFolded(rules.storedForm(children(node, c -> rewrite(rules, c))));
    }

    /**
     * A sign before what the engine stores as a number is folded into it, as the parser folds it before a written number:
     * MySQL stores {@code TRUE} as {@code 1}, so {@code + TRUE} is {@code 1} and {@code -TRUE} is {@code -1}, as
     * {@code +1} and {@code -1} are.
     */
    private static Node signFolded(Node n) {
        if (!(n instanceof Unary u && u.operand() instanceof Node.NumberLit number)) return n;
        if (u.op().equals("+")) return number;
        if (u.op().equals("-")) return new Node.NumberLit(number.text().startsWith("-") ? number.text().substring(1) : "-" + number.text());
        return n;
    }

    /**
     * The cast of a subscripted value stays, whatever the engine adds elsewhere: {@code ('{1,2}'::integer[])[i]}
     * without its cast would subscript an untyped literal, which PostgreSQL refuses.
     */
    private static Cast subscriptedCast(Cast c, UnaryOperator<Node> f) {
        return new Cast(f.apply(c.operand()), c.type());
    }

    /** As {@link #rewrite(ExpressionRules, Node)}, a cast of a column of a known type first as {@link ExpressionRules#storedColumnCast}. */
    static Node rewrite(ExpressionRules rules, Node node, Function<String, SqlType> columnTypes) {
        if (node instanceof Subscript s && s.base() instanceof Cast c) {
            Cast cast = subscriptedCast(c, o -> rewrite(rules, o, columnTypes));
            SqlType type = castColumnType(rules, cast, columnTypes);
            Node base = type == null ? cast : rules.storedColumnCast(cast, type);
            return rules.storedForm(new Subscript(base, rewrite(rules, s.index(), columnTypes)));
        }
        Node n = children(node, c -> rewrite(rules, c, columnTypes));
        SqlType type = castColumnType(rules, n, columnTypes);
        if (type != null) n = rules.storedColumnCast((Cast) n, type);
        if (n instanceof Call call) {
            n = new Call(call.name(), map(call.args(), a -> argument(rules, call.name(), a, columnTypes)), call.distinct(), call.star());
        } else if (n instanceof Binary b && b.op().equals("||")) {
            n = new Binary(b.op(), argument(rules, "||", b.left(), columnTypes), argument(rules, "||", b.right(), columnTypes));
        }
        return signFolded(rules.storedForm(n));
    }

    /** The type of the column that {@code n} casts, when it is a cast of a column of a known type; else null. */
    private static SqlType castColumnType(ExpressionRules rules, Node n, Function<String, SqlType> columnTypes) {
        if (!(n instanceof Cast c && c.operand() instanceof Name name && name.parts().size() == 1)) return null;
        return columnTypes.apply(NameSpelling.unquoted(name.parts().get(0), rules.nameQuote()));
    }

    private static Node argument(ExpressionRules rules, String function, Node argument, Function<String, SqlType> columnTypes) {
        SqlType type = castColumnType(rules, argument, columnTypes);
        return type == null ? argument : rules.storedColumnArgument(function, (Cast) argument, type);
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
}
