package dev.cairn.dialect.expression;

import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Policy;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

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

    /** A column's default as written, with the column's type (null for none). */
    private record DefaultOf(String expression, SqlType type) {
    }

    /** Each default worked out once per type: replay reads the same few ({@code 0}, {@code ''}, {@code CURRENT_TIMESTAMP}) again and again. */
    private final RecentAnswers<DefaultOf, String> defaults = new RecentAnswers<>(d -> workOutDefault(d.expression(), d.type()), 4096);

    /** How canonical text spells the column or table named exactly {@code name} (bare and lower case, or quoted). */
    public String identifier(String name) {
        String q = String.valueOf(rules.nameQuote());
        return canonical(q + name.replace(q, q + q) + q);
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
     * The canonical text of an expression over the columns of a table, {@code columnTypes} giving a column's type by
     * name (null when the table has no such column): a cast of a column stays unless the engine drops it for that type
     * ({@link ExpressionRules#storedColumnCast}). {@link #canonical(String)} keeps every cast of a column, as it cannot
     * tell {@code data::text} of a {@code jsonb} column from the {@code ::text} PostgreSQL adds to a {@code varchar} one.
     */
    public String canonical(String expression, Function<String, SqlType> columnTypes) {
        if (expression == null) return null;
        String s = expression.strip();
        if (s.isEmpty()) return s;
        s = rules.catalogSpelling(s);
        String normalized = ExpressionNormalizer.normalize(rules, s, columnTypes);
        return normalized != null ? normalized : canonical(expression);
    }

    /**
     * The table with the expressions that may cast a column (CHECK conditions, generated columns, index keys and
     * predicates, policy conditions, already canonical) made canonical again with the table's column types ({@link #canonical(String, Function)}).
     * Replay calls it when a statement has declared a table's columns and parts, introspection on each table it reads.
     */
    public Table withColumnTypes(Table table) {
        Function<String, SqlType> types = name -> table.column(name).map(Column::type).orElse(null);
        return mapped(table, e -> typed(e, types), k -> typedKey(table, k, types));
    }

    /**
     * The table with column {@code name}, which a rename has just written into its expressions in a spelling of no
     * engine ({@link dev.cairn.schema.Renames}: a plain name bare, in any case, else in double quotes), spelled there
     * as this engine's canonical text spells it: {@code "Col2"} on PostgreSQL, {@code col2} where names have no case.
     */
    public Table respelled(Table table, String name) {
        String spelled = NameSpelling.name(rules, name);
        return mapped(table, e -> respelled(e, name, spelled), k -> new IndexKey(null, respelled(k.expression(), name, spelled), k.descending()));
    }

    private static String respelled(String expression, String name, String spelled) {
        List<dev.cairn.sql.Token> tokens = SqlLexer.tokens(dev.cairn.sql.CanonicalTextSyntax.INSTANCE, expression);
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int copied = 0;
        for (int k = 0; k < tokens.size(); k++) {
            dev.cairn.sql.Token t = tokens.get(k);
            if (!t.isName() || !t.name().equals(name) || tokens.get(Math.min(k + 1, tokens.size() - 1)).isSymbol("(")) continue;
            out.append(expression, copied, t.start()).append(spelled);
            copied = t.end();
        }
        return copied == 0 ? expression : out.append(expression, copied, expression.length()).toString();
    }

    /** The table with {@code expression} applied to each expression (CHECK conditions, generated columns, index predicates, policies) and {@code key} to each index expression. */
    private Table mapped(Table table, java.util.function.UnaryOperator<String> expression, java.util.function.UnaryOperator<IndexKey> key) {
        boolean changed = false;
        List<CheckConstraint> checks = new ArrayList<>(table.checks().size());
        for (CheckConstraint c : table.checks()) {
            String e = expression.apply(c.expression());
            changed |= !e.equals(c.expression());
            checks.add(e.equals(c.expression()) ? c : c.withExpression(e));
        }
        List<Column> columns = new ArrayList<>(table.columns().size());
        for (Column c : table.columns()) {
            String e = c.generatedExpression() == null ? null : expression.apply(c.generatedExpression());
            changed |= e != null && !e.equals(c.generatedExpression());
            columns.add(e == null || e.equals(c.generatedExpression()) ? c : c.withGenerated(e, c.generatedStored()));
        }
        List<Index> indexes = new ArrayList<>(table.indexes().size());
        for (Index i : table.indexes()) {
            String where = i.where() == null ? null : expression.apply(i.where());
            List<IndexKey> keys = new ArrayList<>(i.keys().size());
            for (IndexKey k : i.keys()) keys.add(k.isColumn() ? k : key.apply(k));
            boolean same = Objects.equals(where, i.where()) && keys.equals(i.keys());
            changed |= !same;
            indexes.add(same ? i : i.withKeys(keys).withWhere(where));
        }
        List<Policy> policies = new ArrayList<>(table.policies().size());
        for (Policy p : table.policies()) {
            String using = p.using() == null ? null : expression.apply(p.using()), check = p.withCheck() == null ? null : expression.apply(p.withCheck());
            boolean same = Objects.equals(using, p.using()) && Objects.equals(check, p.withCheck());
            changed |= !same;
            policies.add(same ? p : p.withUsing(using).withCheck(check));
        }
        return changed ? table.withColumns(columns).withChecks(checks).withIndexes(indexes).withPolicies(policies) : table;
    }

    /** An index expression that is a column once its casts are gone ({@code (id::integer)}) is that column, as the engine keeps it. */
    private IndexKey typedKey(Table table, IndexKey key, Function<String, SqlType> types) {
        String e = typed(key.expression(), types);
        if (e.equals(key.expression())) return key;
        String column = NameSpelling.unquoted(e, rules.nameQuote());
        if (e.matches("[a-z_][a-z0-9_$]*|\"([^\"]|\"\")+\"") && table.column(column).isPresent())
            return new IndexKey(table.column(column).get().name(), null, key.descending());
        return new IndexKey(null, e, key.descending());
    }

    /** Only an expression that may hold a cast is parsed again. */
    private String typed(String canonical, Function<String, SqlType> types) {
        if (!canonical.contains("::") && !canonical.toUpperCase(java.util.Locale.ROOT).contains("CAST")) return canonical;
        String again = canonical(canonical, types);
        return again == null ? canonical : again;
    }

    /**
     * The canonical default of a column of type {@code type}: null when there is none or it is the NULL literal;
     * otherwise the canonical expression with a literal converted the way the engine stores it for that type.
     */
    public String canonicalDefault(String expression, SqlType type) {
        if (expression == null || expression.isBlank()) return null;
        return defaults.get(new DefaultOf(expression, type));
    }

    /**
     * The canonical default of a column whose type changes from {@code from} to {@code to} around it (ALTER COLUMN …
     * TYPE): the default as the catalog held it for the old type ({@link ExpressionRules#typedDefault}), converted to
     * the new one. {@code canonical} is the column's canonical default for {@code from}; null stays null.
     */
    public String retypedDefault(String canonical, SqlType from, SqlType to) {
        if (canonical == null) return null;
        return canonicalDefault(rules.typedDefault(canonical, from), to);
    }

    private String workOutDefault(String expression, SqlType type) {
        String spelled = rules.defaultSpelling(expression.strip());
        String kept = type == null ? null : ExpressionNormalizer.keptDefaultCast(rules, rules.catalogSpelling(spelled), type);
        if (kept != null) return kept; // a value of another type, converted by the engine where it is used
        String c = canonical(spelled);
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
