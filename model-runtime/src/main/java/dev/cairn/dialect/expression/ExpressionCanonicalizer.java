package dev.cairn.dialect.expression;

import dev.cairn.schema.SqlType;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.Token.Kind;

import java.util.Objects;

/**
 * Brings SQL expression text (column defaults, CHECK conditions, partial-index predicates, index expressions) into
 * one canonical spelling per engine, so that what a migration wrote and what the engine reports back compare equal
 * ({@code 0} vs {@code (0)::numeric} on PostgreSQL, {@code CURRENT_TIMESTAMP} vs {@code current_timestamp()} on MariaDB).
 * Each engine hands out its own ({@code engine.expressions()}), answering the {@link ExpressionRules} questions.
 * <p>
 * The canonical text is parsed and printed again by {@link ExpressionNormalizer}: keywords upper-case, unquoted names
 * and function names lower-case, only the parentheses precedence needs, single spaces, the engine's own rewrites
 * undone (PostgreSQL's casts, {@code = ANY (ARRAY[…])}, {@code ~~}; MariaDB's backticks, {@code current_timestamp()},
 * {@code ucase}). It stays valid SQL of the engine, so renderers write it back as is. On SQLite, whose catalog keeps
 * the text as written, brackets and backticks become double quotes, a quoted name that needs no quotes loses them
 * (SQLite names are case-insensitive), and {@code ==} is {@code =}.
 * <p>
 * A column default is more than an expression: engines store the default converted to the column's type
 * ({@code DEFAULT '5'} on an integer reads back as {@code 5}, {@code DEFAULT 0} on MariaDB's {@code decimal(10,2)} as
 * {@code 0.00}, a date on a datetime column gains {@code 00:00:00}). {@link #canonicalDefault} applies those
 * conversions, so replay and introspection should both use it for defaults.
 */
public final class ExpressionCanonicalizer {
    private final ExpressionRules rules;

    public ExpressionCanonicalizer(ExpressionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The canonical text of an expression; null stays null. */
    public String canonical(String expression) {
        if (expression == null) return null;
        String s = expression.strip();
        if (s.isEmpty()) return s;
        s = rules.catalogSpelling(s);
        String normalized = ExpressionNormalizer.normalize(rules, s);
        if (normalized != null) return normalized;
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) s = s.substring(1, s.length() - 1).strip();
        return s.replaceAll("\\s+", " ");
    }

    /**
     * The canonical default of a column of type {@code type}: null when there is none or it is the NULL literal;
     * otherwise the canonical expression with a literal converted the way the engine stores it for that type.
     */
    public String canonicalDefault(String expression, SqlType type) {
        if (expression == null || expression.isBlank()) return null;
        String c = canonical(rules.defaultSpelling(expression.strip()));
        if (c == null || c.isEmpty() || c.equalsIgnoreCase("NULL")) return null;
        return type == null ? c : rules.storedDefault(c, type);
    }

    ExpressionRules rules() {
        return rules;
    }

    /** Whether the parentheses of {@code s} (outside quotes) never close more than they opened, and all close. */
    private boolean balanced(String s) {
        SqlLexer lexer = new SqlLexer(rules.syntax(), s);
        int depth = 0;
        for (Kind k = lexer.next(); k != Kind.END; k = lexer.next()) {
            if (lexer.isSymbol('(')) depth++;
            else if (lexer.isSymbol(')') && --depth < 0) return false;
        }
        return depth == 0;
    }
}
