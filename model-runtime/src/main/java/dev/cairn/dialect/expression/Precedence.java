package dev.cairn.dialect.expression;

import java.util.Set;

/** Binding strength shared by PostgreSQL and MySQL closely enough for printing: higher binds tighter. */
final class Precedence {
    static final int OR = 1, XOR = 2, AND = 3, NOT = 4, COMPARISON = 5, OTHER = 6, ADDITIVE = 7, MULTIPLICATIVE = 8,
            EXPONENT = 9, UNARY = 10, POSTFIX = 11, PRIMARY = 12;

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=", "<=>", "LIKE", "NOT LIKE", "ILIKE",
            "NOT ILIKE", "SIMILAR TO", "NOT SIMILAR TO", "REGEXP", "NOT REGEXP", "IS DISTINCT FROM", "IS NOT DISTINCT FROM");

    private Precedence() {
    }

    static int of(String binaryOperator) {
        return switch (binaryOperator) {
            case "OR" -> OR;
            case "XOR" -> XOR;
            case "AND" -> AND;
            case "+", "-" -> ADDITIVE;
            case "*", "/", "%", "MOD", "DIV" -> MULTIPLICATIVE;
            case "^", "AT TIME ZONE" -> EXPONENT;
            default -> COMPARISONS.contains(binaryOperator) ? COMPARISON : OTHER;
        };
    }

    static boolean isComparison(String binaryOperator) {
        return COMPARISONS.contains(binaryOperator);
    }

    static int of(Node node) {
        if (node instanceof Node.Binary b) return of(b.op());
        if (node instanceof Node.Unary u) return u.op().equals("NOT") ? NOT : UNARY;
        if (node instanceof Node.IsTest || node instanceof Node.InList || node instanceof Node.Between) return COMPARISON;
        if (node instanceof Node.Cast || node instanceof Node.Subscript || node instanceof Node.Collate) return POSTFIX;
        if (node instanceof Node.NumberLit n && n.text().startsWith("-")) return UNARY;
        return PRIMARY;
    }
}
