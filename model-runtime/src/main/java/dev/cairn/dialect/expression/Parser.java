package dev.cairn.dialect.expression;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.SqlKeywords;
import dev.cairn.dialect.TypeParser;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A precedence-climbing parser for the expressions DDL holds (defaults, checks, index keys and predicates). */
final class Parser {
    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_timestamp", "current_date", "current_time", "localtimestamp",
            "localtime", "current_user", "session_user", "current_role", "current_catalog", "current_schema", "user");
    private static final Set<String> TYPE_CONTINUATIONS = Set.of("varying", "precision", "with", "without", "time", "zone",
            "unsigned", "signed", "integer", "int");
    private static final Set<String> TYPED_LITERALS = Set.of("date", "time", "timestamp", "timestamptz", "interval");
    private static final Set<String> RESERVED = Set.of("all", "and", "any", "array", "as", "asc", "between", "by", "case", "cast",
            "check", "collate", "column", "constraint", "create", "cross", "current_date", "current_time", "current_timestamp",
            "current_user", "default", "desc", "distinct", "div", "do", "else", "end", "escape", "exists", "extract", "false", "fetch",
            "for", "from", "grant", "group", "having", "if", "ilike", "in", "index", "inner", "interval", "into", "is", "join", "key",
            "left", "like", "limit", "localtime", "localtimestamp", "mod", "natural", "not", "null", "offset", "on", "or", "order",
            "outer", "over", "partition", "primary", "range", "references", "regexp", "right", "rlike", "row", "rows", "select",
            "session_user", "set", "similar", "some", "table", "then", "to", "true", "union", "unique", "user", "using", "values",
            "when", "where", "window", "with", "xor");

    private final Dialect dialect;
    private final List<Token> tokens;
    private int p;

    private Parser(Dialect dialect, List<Token> tokens) {
        this.dialect = dialect;
        this.tokens = tokens;
    }

    static Node parse(Dialect dialect, List<Token> tokens) {
        Parser parser = new Parser(dialect, tokens);
        Node node = parser.expression(0);
        if (parser.peek().kind() != Kind.END) throw new UnsupportedExpression("unexpected " + parser.peek().text());
        return node;
    }

    /** An identifier in canonical spelling: bare and lower-case where the engine would fold it, else quoted. */
    static String identifier(Dialect dialect, Token token) {
        String text = token.text();
        if (token.kind() == Kind.WORD) return text.toLowerCase(Locale.ROOT);
        if (dialect.isMySqlFamily()) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.matches("[a-z0-9_$]*[a-z_$][a-z0-9_$]*") && !RESERVED.contains(lower) && !SqlKeywords.isReserved(dialect, lower)
                    ? lower : "`" + lower.replace("`", "``") + "`";
        }
        return text.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(text) && !SqlKeywords.isReserved(dialect, text)
                ? text : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }

    private Token peek() {
        return tokens.get(p);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(p + ahead, tokens.size() - 1));
    }

    private Token take() {
        return tokens.get(p++);
    }

    private void expect(Kind kind) {
        if (take().kind() != kind) throw new UnsupportedExpression("expected " + kind);
    }

    private void expectWord(String word) {
        if (!take().isWord(word)) throw new UnsupportedExpression("expected " + word);
    }

    private boolean acceptWord(String word) {
        if (peek().isWord(word)) {
            p++;
            return true;
        }
        return false;
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
        Token t = peek();
        if (t.kind() == Kind.CAST) {
            if (Precedence.POSTFIX < min) return null;
            p++;
            return new Cast(left, type());
        }
        if (t.kind() == Kind.LBRACKET) {
            if (Precedence.POSTFIX < min) return null;
            p++;
            Node index = expression(0);
            if (peek().kind() == Kind.OP && peek().text().equals(":")) throw new UnsupportedExpression("array slice");
            expect(Kind.RBRACKET);
            return new Subscript(left, index);
        }
        if (t.kind() == Kind.OP) {
            String op = operator(t.text());
            int precedence = Precedence.of(op);
            if (precedence < min) return null;
            p++;
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
                p++;
                return new Binary(op, left, expression(precedence + 1));
            }
            case "at" -> {
                if (!peek(1).isWord("time") || !peek(2).isWord("zone") || Precedence.EXPONENT < min) return null;
                p += 3;
                return new Binary("AT TIME ZONE", left, expression(Precedence.EXPONENT + 1));
            }
            case "collate" -> {
                if (Precedence.POSTFIX < min) return null;
                p++;
                Token name = take();
                if (name.kind() != Kind.WORD && name.kind() != Kind.QUOTED && name.kind() != Kind.STRING)
                    throw new UnsupportedExpression("collation name");
                String collation = name.kind() == Kind.WORD ? name.text().toLowerCase(Locale.ROOT)
                        : dialect.isMySqlFamily() ? name.text() : "\"" + name.text().replace("\"", "\"\"") + "\"";
                return new Collate(left, collation);
            }
            default -> {
            }
        }
        if (Precedence.COMPARISON < min) return null;
        switch (w) {
            case "is" -> {
                p++;
                boolean not = acceptWord("not");
                if (acceptWord("distinct")) {
                    expectWord("from");
                    return new Binary(not ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM", left, expression(Precedence.COMPARISON + 1));
                }
                Token what = take();
                if (what.kind() != Kind.WORD || !Set.of("null", "true", "false", "unknown").contains(what.text().toLowerCase(Locale.ROOT)))
                    throw new UnsupportedExpression("IS " + what.text());
                return new IsTest(left, (not ? "IS NOT " : "IS ") + what.text().toUpperCase(Locale.ROOT));
            }
            case "isnull" -> {
                p++;
                return new IsTest(left, "IS NULL");
            }
            case "notnull" -> {
                p++;
                return new IsTest(left, "IS NOT NULL");
            }
            case "not" -> {
                Token after = peek(1);
                if (!(after.isWord("in") || after.isWord("like") || after.isWord("ilike") || after.isWord("between")
                        || after.isWord("similar") || after.isWord("regexp") || after.isWord("rlike"))) return null;
                p++;
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
        String w = take().text().toLowerCase(Locale.ROOT);
        switch (w) {
            case "in" -> {
                expect(Kind.LPAREN);
                if (peek().isWord("select") || peek().isWord("with")) throw new UnsupportedExpression("subquery");
                List<Node> items = list(Kind.RPAREN);
                return new InList(left, items, not);
            }
            case "between" -> {
                if (peek().isWord("symmetric") || peek().isWord("asymmetric")) throw new UnsupportedExpression("BETWEEN SYMMETRIC");
                Node low = expression(Precedence.OTHER);
                expectWord("and");
                Node high = expression(Precedence.OTHER);
                return new Between(left, low, high, not);
            }
            default -> {
                String op = switch (w) {
                    case "similar" -> {
                        expectWord("to");
                        yield "SIMILAR TO";
                    }
                    case "rlike" -> "REGEXP";
                    default -> w.toUpperCase(Locale.ROOT);
                };
                Node right = expression(Precedence.COMPARISON + 1);
                if (peek().isWord("escape")) throw new UnsupportedExpression("ESCAPE");
                return new Binary(not ? "NOT " + op : op, left, right);
            }
        }
    }

    private String operator(String op) {
        return switch (op) {
            case "!=" -> "<>";
            case "||" -> dialect.isMySqlFamily() ? "OR" : "||";
            case "&&" -> dialect.isMySqlFamily() ? "AND" : "&&";
            case "%" -> dialect.isMySqlFamily() ? "MOD" : "%";
            case ":=" -> throw new UnsupportedExpression("assignment");
            default -> op;
        };
    }

    private List<Node> list(Kind close) {
        List<Node> items = new ArrayList<>();
        if (peek().kind() == close) {
            p++;
            return items;
        }
        while (true) {
            items.add(expression(0));
            Token t = take();
            if (t.kind() == close) return items;
            if (t.kind() != Kind.COMMA) throw new UnsupportedExpression("expected , or closing bracket");
        }
    }

    private Node prefix() {
        Token t = take();
        switch (t.kind()) {
            case STRING:
                return new StringLit(t.text(), t.prefix());
            case NUMBER:
                return new NumberLit(number(t.text()));
            case LPAREN: {
                if (peek().isWord("select") || peek().isWord("with") || peek().isWord("values")) throw new UnsupportedExpression("subquery");
                Node inner = expression(0);
                if (peek().kind() == Kind.COMMA) throw new UnsupportedExpression("row constructor");
                expect(Kind.RPAREN);
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
                        if (dialect.isMySqlFamily()) return new Unary("NOT", expression(Precedence.UNARY));
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
                expect(Kind.LPAREN);
                Node operand = expression(0);
                expectWord("as");
                String type = type();
                expect(Kind.RPAREN);
                return new Cast(operand, type);
            }
            case "extract": {
                if (peek().kind() != Kind.LPAREN) break;
                p++;
                Token field = take();
                if (field.kind() != Kind.WORD && field.kind() != Kind.STRING) throw new UnsupportedExpression("EXTRACT field");
                expectWord("from");
                Node source = expression(0);
                expect(Kind.RPAREN);
                return new Extract(field.text().toLowerCase(Locale.ROOT), source);
            }
            case "array":
                if (peek().kind() == Kind.LBRACKET) {
                    p++;
                    return new ArrayOf(list(Kind.RBRACKET));
                }
                throw new UnsupportedExpression("ARRAY subquery");
            case "any", "all", "some":
                if (peek().kind() == Kind.LPAREN) {
                    p++;
                    if (peek().isWord("select")) throw new UnsupportedExpression("subquery");
                    List<Node> args = list(Kind.RPAREN);
                    return new Call(w.equals("some") ? "ANY" : w.toUpperCase(Locale.ROOT), args, false, false);
                }
                break;
            case "exists", "select":
                throw new UnsupportedExpression(w);
            default:
                break;
        }
        if (TYPED_LITERALS.contains(w) && peek().kind() == Kind.STRING) {
            Token literal = take();
            return new Cast(new StringLit(literal.text(), ""), TypeParser.parse(dialect, w).canonical());
        }
        if (VALUE_FUNCTIONS.contains(w) && peek().kind() != Kind.DOT) {
            if (peek().kind() == Kind.LPAREN) {
                p++;
                return new Call(w.toUpperCase(Locale.ROOT), list(Kind.RPAREN), false, false);
            }
            return new Keyword(w.toUpperCase(Locale.ROOT));
        }
        return nameOrCall(t);
    }

    private Node nameOrCall(Token first) {
        List<String> parts = new ArrayList<>();
        parts.add(identifier(dialect, first));
        while (peek().kind() == Kind.DOT) {
            p++;
            Token part = take();
            if (part.kind() == Kind.OP && part.text().equals("*")) throw new UnsupportedExpression("star");
            if (part.kind() != Kind.WORD && part.kind() != Kind.QUOTED) throw new UnsupportedExpression("qualified name");
            parts.add(identifier(dialect, part));
        }
        if (peek().kind() != Kind.LPAREN) return new Name(parts);
        p++;
        String name = String.join(".", parts);
        if (peek().kind() == Kind.OP && peek().text().equals("*") && peek(1).kind() == Kind.RPAREN) {
            p += 2;
            return new Call(name, List.of(), false, true);
        }
        boolean distinct = acceptWord("distinct");
        List<Node> args = list(Kind.RPAREN);
        if (peek().isWord("over") || peek().isWord("filter") || peek().isWord("within")) throw new UnsupportedExpression("window call");
        return new Call(name, args, distinct, false);
    }

    private Node caseExpression() {
        Node operand = peek().isWord("when") ? null : expression(0);
        List<Node> whens = new ArrayList<>();
        List<Node> thens = new ArrayList<>();
        while (acceptWord("when")) {
            whens.add(expression(0));
            expectWord("then");
            thens.add(expression(0));
        }
        if (whens.isEmpty()) throw new UnsupportedExpression("CASE without WHEN");
        Node otherwise = acceptWord("else") ? expression(0) : null;
        expectWord("end");
        return new Case(operand, whens, thens, otherwise);
    }

    /** Reads a type name after {@code ::} or {@code AS} and returns its canonical spelling. */
    private String type() {
        StringBuilder text = new StringBuilder();
        Token first = take();
        if (first.kind() == Kind.QUOTED) {
            text.append(first.text());
        } else if (first.kind() == Kind.WORD) {
            text.append(first.text());
            while (peek().kind() == Kind.DOT && peek(1).kind() == Kind.WORD) {
                p++;
                text.append('.').append(take().text());
            }
        } else {
            throw new UnsupportedExpression("type name");
        }
        continuation(text);
        if (peek().kind() == Kind.LPAREN) {
            p++;
            text.append('(');
            boolean firstArg = true;
            while (peek().kind() != Kind.RPAREN) {
                Token arg = take();
                if (arg.kind() == Kind.COMMA) {
                    text.append(',');
                } else if (arg.kind() == Kind.NUMBER || arg.kind() == Kind.WORD) {
                    text.append(arg.text());
                } else {
                    throw new UnsupportedExpression("type modifier");
                }
                firstArg = false;
            }
            if (firstArg) throw new UnsupportedExpression("empty type modifier");
            p++;
            text.append(')');
            continuation(text);
        }
        while (peek().kind() == Kind.LBRACKET) {
            p++;
            if (peek().kind() == Kind.NUMBER) p++;
            expect(Kind.RBRACKET);
            text.append("[]");
        }
        return TypeParser.toSql(dialect, TypeParser.parse(dialect, text.toString()));
    }

    private void continuation(StringBuilder text) {
        while (peek().kind() == Kind.WORD && TYPE_CONTINUATIONS.contains(peek().text().toLowerCase(Locale.ROOT))) {
            text.append(' ').append(take().text());
        }
    }

    /** Numbers in one spelling: exponent notation written out ({@code 1e3} → {@code 1000}), leading zeros dropped. */
    static String number(String text) {
        if (text.startsWith("0x")) return text;
        try {
            BigDecimal value = new BigDecimal(text);
            if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) return value.stripTrailingZeros().toPlainString();
            if (text.indexOf('.') < 0) return value.toBigInteger().toString();
            return text.startsWith(".") ? "0" + text : text.replaceFirst("^0+(?=\\d)", "");
        } catch (NumberFormatException e) {
            throw new UnsupportedExpression("number " + text);
        }
    }
}
