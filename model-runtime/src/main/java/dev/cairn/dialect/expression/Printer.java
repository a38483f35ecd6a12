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
import dev.cairn.dialect.expression.Node.Keyword;
import dev.cairn.dialect.expression.Node.Name;
import dev.cairn.dialect.expression.Node.NumberLit;
import dev.cairn.dialect.expression.Node.StringLit;
import dev.cairn.dialect.expression.Node.Subscript;
import dev.cairn.dialect.expression.Node.Unary;
import dev.cairn.dialect.expression.Token.Kind;

import java.util.List;
import java.util.Locale;

/** Prints an expression in canonical spelling with only the parentheses precedence needs. */
final class Printer {
    private final ExpressionRules rules;
    private final StringBuilder out = new StringBuilder();

    private Printer(ExpressionRules rules) {
        this.rules = rules;
    }

    static String print(ExpressionRules rules, Node node) {
        Printer printer = new Printer(rules);
        printer.node(node);
        return printer.out.toString();
    }

    /** Every node whose precedence is below {@code required} is put in parentheses. */
    private void child(Node node, int required) {
        if (Precedence.of(node) < required) {
            out.append('(');
            node(node);
            out.append(')');
        } else {
            node(node);
        }
    }

    private void node(Node n) {
        if (n instanceof StringLit s) {
            out.append(string(rules, s.value(), s.prefix()));
        } else if (n instanceof NumberLit x) {
            out.append(x.text());
        } else if (n instanceof Keyword k) {
            out.append(k.word());
        } else if (n instanceof Name x) {
            out.append(String.join(".", x.parts()));
        } else if (n instanceof Call c) {
            out.append(c.name()).append('(');
            if (c.star()) out.append('*');
            if (c.distinct()) out.append("DISTINCT ");
            list(c.args());
            out.append(')');
        } else if (n instanceof Unary u) {
            if (u.op().equals("NOT")) {
                out.append("NOT ");
                child(u.operand(), Precedence.COMPARISON);
            } else {
                out.append(u.op());
                child(u.operand(), Precedence.UNARY + 1);
            }
        } else if (n instanceof Binary b) {
            int precedence = Precedence.of(b.op());
            child(b.left(), Precedence.isComparison(b.op()) ? precedence + 1 : precedence);
            out.append(' ').append(b.op()).append(' ');
            child(b.right(), precedence + 1);
        } else if (n instanceof IsTest t) {
            child(t.operand(), Precedence.COMPARISON + 1);
            out.append(' ').append(t.test());
        } else if (n instanceof InList l) {
            child(l.operand(), Precedence.COMPARISON + 1);
            out.append(l.negated() ? " NOT IN (" : " IN (");
            list(l.items());
            out.append(')');
        } else if (n instanceof Between b) {
            child(b.operand(), Precedence.COMPARISON + 1);
            out.append(b.negated() ? " NOT BETWEEN " : " BETWEEN ");
            child(b.low(), Precedence.OTHER);
            out.append(" AND ");
            child(b.high(), Precedence.OTHER);
        } else if (n instanceof Cast c) {
            if (rules.castsWithDoubleColon()) {
                child(c.operand(), Precedence.POSTFIX);
                out.append("::").append(c.type());
            } else {
                out.append("CAST(");
                node(c.operand());
                out.append(" AS ").append(c.type()).append(')');
            }
        } else if (n instanceof Case c) {
            out.append("CASE");
            if (c.operand() != null) out.append(' ').append(print(rules, c.operand()));
            for (int i = 0; i < c.whens().size(); i++) {
                out.append(" WHEN ");
                node(c.whens().get(i));
                out.append(" THEN ");
                node(c.thens().get(i));
            }
            if (c.otherwise() != null) {
                out.append(" ELSE ");
                node(c.otherwise());
            }
            out.append(" END");
        } else if (n instanceof ArrayOf a) {
            out.append("ARRAY[");
            list(a.items());
            out.append(']');
        } else if (n instanceof Subscript s) {
            if (s.base() instanceof Cast && rules.castsWithDoubleColon()) {
                // a::integer[e] would read [e] as part of the type name: PostgreSQL needs (a::integer)[e]
                out.append('(');
                node(s.base());
                out.append(')');
            } else {
                child(s.base(), Precedence.POSTFIX);
            }
            out.append('[');
            node(s.index());
            out.append(']');
        } else if (n instanceof Collate c) {
            child(c.operand(), Precedence.POSTFIX);
            out.append(" COLLATE ").append(c.collation());
        } else if (n instanceof Extract e) {
            out.append("EXTRACT(").append(e.field()).append(" FROM ");
            node(e.source());
            out.append(')');
        } else {
            throw new IllegalStateException("unknown node " + n);
        }
    }

    private void list(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) out.append(", ");
            node(nodes.get(i));
        }
    }

    /** A string literal; where backslashes escape, a backslash in the value is written twice. */
    static String string(ExpressionRules rules, String value, String prefix) {
        String body = value.replace("'", "''");
        if (rules.syntax().backslashEscapes()) body = body.replace("\\", "\\\\");
        return prefix + "'" + body + "'";
    }

    /** The fallback for syntax the parser does not model: the tokens, each canonical, with canonical spacing. */
    static String tokens(ExpressionRules rules, List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (t.kind() == Kind.END) break;
            String text = switch (t.kind()) {
                case WORD -> t.text().toLowerCase(Locale.ROOT);
                case QUOTED -> NameSpelling.identifier(rules, t);
                case STRING -> string(rules, t.text(), t.prefix());
                case NUMBER -> NumberLit.canonical(t.text());
                case OP -> t.text().equals("!=") ? "<>" : t.text();
                default -> t.text();
            };
            if (previous != null && spaceBetween(previous, t)) b.append(' ');
            b.append(text);
            previous = t;
        }
        return b.toString();
    }

    private static boolean spaceBetween(Token previous, Token next) {
        Kind p = previous.kind(), n = next.kind();
        if (p == Kind.LPAREN || p == Kind.LBRACKET || p == Kind.DOT || p == Kind.CAST) return false;
        if (n == Kind.RPAREN || n == Kind.RBRACKET || n == Kind.COMMA || n == Kind.DOT || n == Kind.CAST) return false;
        if (n == Kind.LPAREN && p == Kind.QUOTED) return false;
        if (n == Kind.LPAREN && p == Kind.WORD) return NameSpelling.isReserved(previous.text());
        return !(n == Kind.LBRACKET && p != Kind.OP);
    }
}
