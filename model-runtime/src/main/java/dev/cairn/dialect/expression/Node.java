package dev.cairn.dialect.expression;

import java.math.BigDecimal;
import java.util.List;

/**
 * The parsed shape of an expression; parentheses are not nodes, the printer puts back the ones precedence needs. Engines
 * rewrite nodes into the form they store ({@link ExpressionRules#storedForm}).
 */
public sealed interface Node {
    /** A string literal; {@code prefix} is {@code B} or {@code X} for bit/hex strings, else empty. */
    record StringLit(String value, String prefix) implements Node {
    }

    /** A number in canonical spelling ({@link #canonical}). */
    record NumberLit(String text) implements Node {

        /** Numbers in one spelling: exponent notation written out ({@code 1e3} → {@code 1000}), leading zeros dropped. */
        public static String canonical(String text) {
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

    /** NULL, TRUE, FALSE, UNKNOWN, DEFAULT and the parameterless value functions such as CURRENT_TIMESTAMP. */
    record Keyword(String word) implements Node {
    }

    /** A possibly qualified name; every part already in canonical spelling (bare, or quoted where it must be). */
    record Name(List<String> parts) implements Node {
    }

    /** A function call; {@code name} in canonical spelling. ANY/ALL/SOME (…) are calls too. */
    record Call(String name, List<Node> args, boolean distinct, boolean star) implements Node {
    }

    /** NOT, unary minus/plus, bitwise ~. */
    record Unary(String op, Node operand) implements Node {
    }

    /** A binary operator in canonical spelling: AND, OR, =, <>, LIKE, NOT LIKE, ||, MOD, IS DISTINCT FROM … */
    record Binary(String op, Node left, Node right) implements Node {
    }

    /** {@code operand IS [NOT] NULL/TRUE/FALSE/UNKNOWN}; {@code test} is the text after the operand. */
    record IsTest(Node operand, String test) implements Node {
    }

    record InList(Node operand, List<Node> items, boolean negated) implements Node {
    }

    record Between(Node operand, Node low, Node high, boolean negated) implements Node {
    }

    /** A cast to {@code type} (canonical type text). */
    record Cast(Node operand, String type) implements Node {
    }

    record Case(Node operand, List<Node> whens, List<Node> thens, Node otherwise) implements Node {
    }

    /** PostgreSQL {@code ARRAY[…]}. */
    record ArrayOf(List<Node> items) implements Node {
    }

    record Subscript(Node base, Node index) implements Node {
    }

    record Collate(Node operand, String collation) implements Node {
    }

    /** {@code EXTRACT(field FROM source)}. */
    record Extract(String field, Node source) implements Node {
    }
}
