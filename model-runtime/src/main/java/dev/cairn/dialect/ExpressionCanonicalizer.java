package dev.cairn.dialect;

/**
 * Brings SQL expression text (column defaults, CHECK conditions, partial-index predicates, index expressions) into
 * one canonical spelling per dialect, so that what a migration wrote and what the engine reports back compare equal
 * ({@code 0} vs {@code (0)::numeric} on PostgreSQL, {@code CURRENT_TIMESTAMP} vs {@code current_timestamp()} on MariaDB).
 */
public final class ExpressionCanonicalizer {
    private ExpressionCanonicalizer() {
    }

    public static String canonical(Dialect dialect, String expression) {
        if (expression == null) return null;
        String s = expression.strip();
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) s = s.substring(1, s.length() - 1).strip();
        return s.replaceAll("\\s+", " ");
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
