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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A precedence-climbing parser for the expressions DDL holds (defaults, checks, index keys and predicates). */
final class Parser {
    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_timestamp", "current_date", "current_time", "localtimestamp",
            "localtime", "current_user", "session_user", "current_role", "current_catalog", "current_schema", "user");
    private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp", "timestamptz", "interval");

    private final ExpressionRules rules;
    private final TokenStream in;

    private Parser(ExpressionRules rules, List<Token> tokens) {
        this.rules = rules;
        this.in = new TokenStream(tokens);
    }

    static Node parse(ExpressionRules rules, List<Token> tokens) {
        Parser parser = new Parser(rules, tokens);
        Node node = parser.expression(0);
        if (parser.in.peek().kind() != Kind.END) throw new UnsupportedExpression("unexpected " + parser.in.peek().text());
        return node;
    }

    Node expression(int minPrecedence) {
        Node left = prefix();
        while (true) {
            Node next = infix(left, minPrecedence);
            if (next == null) return left;
            left = next;
        }
    }

    private Node infix(Node left, int min) {
        Token t = in.peek();
        if (t.kind() == Kind.CAST) {
            if (Precedence.POSTFIX < min) return null;
            in.skip();
            return new Cast(left, TypeNameReader.read(in, rules));
        }
        if (t.kind() == Kind.LBRACKET) {
            if (Precedence.POSTFIX < min) return null;
            in.skip();
            Node index = expression(0);
            if (in.peek().kind() == Kind.OP && in.peek().text().equals(":")) throw new UnsupportedExpression("array slice");
            in.expect(Kind.RBRACKET);
            return new Subscript(left, index);
        }
        if (t.kind() == Kind.OP) {
            String op = operator(t.text());
            int precedence = Precedence.of(op);
            if (precedence < min) return null;
            in.skip();
            Node right = expression(precedence + 1);
            return new Binary(op, left, right);
        }
        if (t.kind() != Kind.WORD) return null;
        String w = t.text().toLowerCase(Locale.ROOT);
        switch (w) {
            case "and", "or", "xor", "div", "mod" -> {
                String op = w.toUpperCase(Locale.ROOT);
                int precedence = Precedence.of(op);
                if (precedence < min) return null;
                in.skip();
                return new Binary(op, left, expression(precedence + 1));
            }
            case "at" -> {
                if (!in.peek(1).isWord("time") || !in.peek(2).isWord("zone") || Precedence.EXPONENT < min) return null;
                in.skip(3);
                return new Binary("AT TIME ZONE", left, expression(Precedence.EXPONENT + 1));
            }
            case "collate" -> {
                if (Precedence.POSTFIX < min) return null;
                in.skip();
                Token name = in.take();
                if (name.kind() != Kind.WORD && name.kind() != Kind.QUOTED && name.kind() != Kind.STRING)
                    throw new UnsupportedExpression("collation name");
                return new Collate(left, NameSpelling.collation(rules, name));
            }
            default -> {
            }
        }
        if (Precedence.COMPARISON < min) return null;
        switch (w) {
            case "is" -> {
                in.skip();
                boolean not = in.acceptWord("not");
                if (in.acceptWord("distinct")) {
                    in.expectWord("from");
                    return new Binary(not ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM", left, expression(Precedence.COMPARISON + 1));
                }
                Token what = in.take();
                if (what.kind() != Kind.WORD || !Set.of("null", "true", "false", "unknown").contains(what.text().toLowerCase(Locale.ROOT)))
                    throw new UnsupportedExpression("IS " + what.text());
                return new IsTest(left, (not ? "IS NOT " : "IS ") + what.text().toUpperCase(Locale.ROOT));
            }
            case "isnull" -> {
                in.skip();
                return new IsTest(left, "IS NULL");
            }
            case "notnull" -> {
                in.skip();
                return new IsTest(left, "IS NOT NULL");
            }
            case "not" -> {
                Token after = in.peek(1);
                if (!(after.isWord("in") || after.isWord("like") || after.isWord("ilike") || after.isWord("between")
                        || after.isWord("similar") || after.isWord("regexp") || after.isWord("rlike"))) return null;
                in.skip();
                return negatable(left, true);
            }
            case "in", "like", "ilike", "between", "similar", "regexp", "rlike" -> {
                return negatable(left, false);
            }
            default -> {
                return null;
            }
        }
    }

    private Node negatable(Node left, boolean not) {
        String w = in.take().text().toLowerCase(Locale.ROOT);
        switch (w) {
            case "in" -> {
                in.expect(Kind.LPAREN);
                if (in.peek().isWord("select") || in.peek().isWord("with")) throw new UnsupportedExpression("subquery");
                List<Node> items = list(Kind.RPAREN);
                return new InList(left, items, not);
            }
            case "between" -> {
                if (in.peek().isWord("symmetric") || in.peek().isWord("asymmetric")) throw new UnsupportedExpression("BETWEEN SYMMETRIC");
                Node low = expression(Precedence.OTHER);
                in.expectWord("and");
                Node high = expression(Precedence.OTHER);
                return new Between(left, low, high, not);
            }
            default -> {
                String op = switch (w) {
                    case "similar" -> {
                        in.expectWord("to");
                        yield "SIMILAR TO";
                    }
                    case "rlike" -> "REGEXP";
                    default -> w.toUpperCase(Locale.ROOT);
                };
                Node right = expression(Precedence.COMPARISON + 1);
                if (in.peek().isWord("escape")) throw new UnsupportedExpression("ESCAPE");
                return new Binary(not ? "NOT " + op : op, left, right);
            }
        }
    }

    private String operator(String op) {
        return switch (op) {
            case "!=" -> "<>";
            case "||" -> rules.logicalOperatorSymbols() ? "OR" : "||";
            case "&&" -> rules.logicalOperatorSymbols() ? "AND" : "&&";
            case ":=" -> throw new UnsupportedExpression("assignment");
            default -> op;
        };
    }

    private List<Node> list(Kind close) {
        List<Node> items = new ArrayList<>();
        if (in.peek().kind() == close) {
            in.skip();
            return items;
        }
        while (true) {
            items.add(expression(0));
            Token t = in.take();
            if (t.kind() == close) return items;
            if (t.kind() != Kind.COMMA) throw new UnsupportedExpression("expected , or closing bracket");
        }
    }

    private Node prefix() {
        Token t = in.take();
        switch (t.kind()) {
            case STRING:
                return new StringLit(t.text(), t.prefix());
            case NUMBER:
                return new NumberLit(NumberLit.canonical(t.text()));
            case LPAREN: {
                if (in.peek().isWord("select") || in.peek().isWord("with") || in.peek().isWord("values")) throw new UnsupportedExpression("subquery");
                Node inner = expression(0);
                if (in.peek().kind() == Kind.COMMA) throw new UnsupportedExpression("row constructor");
                in.expect(Kind.RPAREN);
                return inner;
            }
            case OP: {
                switch (t.text()) {
                    case "-", "+", "~": {
                        Node operand = expression(Precedence.UNARY);
                        if (operand instanceof NumberLit n && !t.text().equals("~")) {
                            if (t.text().equals("+")) return n;
                            return new NumberLit(n.text().startsWith("-") ? n.text().substring(1) : "-" + n.text());
                        }
                        return new Unary(t.text(), operand);
                    }
                    case "!":
                        if (rules.logicalOperatorSymbols()) return new Unary("NOT", expression(Precedence.UNARY));
                        throw new UnsupportedExpression("prefix !");
                    default:
                        throw new UnsupportedExpression("prefix operator " + t.text());
                }
            }
            case QUOTED:
                return nameOrCall(t);
            case WORD:
                return word(t);
            default:
                throw new UnsupportedExpression("unexpected " + t.kind());
        }
    }

    private Node word(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        switch (w) {
            case "null", "true", "false", "unknown", "default":
                return new Keyword(w.toUpperCase(Locale.ROOT));
            case "not":
                return new Unary("NOT", expression(Precedence.COMPARISON));
            case "case":
                return caseExpression();
            case "cast": {
                in.expect(Kind.LPAREN);
                Node operand = expression(0);
                in.expectWord("as");
                String type = TypeNameReader.read(in, rules);
                in.expect(Kind.RPAREN);
                return new Cast(operand, type);
            }
            case "extract": {
                if (in.peek().kind() != Kind.LPAREN) break;
                in.skip();
                Token field = in.take();
                if (field.kind() != Kind.WORD && field.kind() != Kind.STRING) throw new UnsupportedExpression("EXTRACT field");
                in.expectWord("from");
                Node source = expression(0);
                in.expect(Kind.RPAREN);
                return new Extract(field.text().toLowerCase(Locale.ROOT), source);
            }
            case "array":
                if (in.peek().kind() == Kind.LBRACKET) {
                    in.skip();
                    return new ArrayOf(list(Kind.RBRACKET));
                }
                throw new UnsupportedExpression("ARRAY subquery");
            case "any", "all", "some":
                if (in.peek().kind() == Kind.LPAREN) {
                    in.skip();
                    if (in.peek().isWord("select")) throw new UnsupportedExpression("subquery");
                    List<Node> args = list(Kind.RPAREN);
                    return new Call(w.equals("some") ? "ANY" : w.toUpperCase(Locale.ROOT), args, false, false);
                }
                break;
            case "exists", "select":
                throw new UnsupportedExpression(w);
            default:
                break;
        }
        if (TYPED_LITERALS.contains(w) && in.peek().kind() == Kind.STRING) {
            Token literal = in.take();
            return new Cast(new StringLit(literal.text(), ""), rules.canonicalType(w));
        }
        if (VALUE_FUNCTIONS.contains(w) && in.peek().kind() != Kind.DOT) {
            if (in.peek().kind() == Kind.LPAREN) {
                in.skip();
                return new Call(w.toUpperCase(Locale.ROOT), list(Kind.RPAREN), false, false);
            }
            return new Keyword(w.toUpperCase(Locale.ROOT));
        }
        return nameOrCall(t);
    }

    private Node nameOrCall(Token first) {
        List<String> parts = new ArrayList<>();
        parts.add(NameSpelling.identifier(rules, first));
        while (in.peek().kind() == Kind.DOT) {
            in.skip();
            Token part = in.take();
            if (part.kind() == Kind.OP && part.text().equals("*")) throw new UnsupportedExpression("star");
            if (part.kind() != Kind.WORD && part.kind() != Kind.QUOTED) throw new UnsupportedExpression("qualified name");
            parts.add(NameSpelling.identifier(rules, part));
        }
        if (in.peek().kind() != Kind.LPAREN) return new Name(parts);
        in.skip();
        String name = String.join(".", parts);
        if (in.peek().kind() == Kind.OP && in.peek().text().equals("*") && in.peek(1).kind() == Kind.RPAREN) {
            in.skip(2);
            return new Call(name, List.of(), false, true);
        }
        boolean distinct = in.acceptWord("distinct");
        List<Node> args = list(Kind.RPAREN);
        if (in.peek().isWord("over") || in.peek().isWord("filter") || in.peek().isWord("within")) throw new UnsupportedExpression("window call");
        return new Call(name, args, distinct, false);
    }

    private Node caseExpression() {
        Node operand = in.peek().isWord("when") ? null : expression(0);
        List<Node> whens = new ArrayList<>();
        List<Node> thens = new ArrayList<>();
        while (in.acceptWord("when")) {
            whens.add(expression(0));
            in.expectWord("then");
            thens.add(expression(0));
        }
        if (whens.isEmpty()) throw new UnsupportedExpression("CASE without WHEN");
        Node otherwise = in.acceptWord("else") ? expression(0) : null;
        in.expectWord("end");
        return new Case(operand, whens, thens, otherwise);
    }
}
