package dev.cairn.schema;

import dev.cairn.sql.CanonicalTextSyntax;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Renaming a table or a column, and everything that names it: keys, indexes, conditions, other tables' references. */
public final class Renames {
    private static final String UPDATE_OF = "UPDATE OF ";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Renames() {
    }

    public static void renameTable(Schema.Builder schema, String from, String to) {
        Table t = schema.table(from).orElseThrow();
        schema.removeTable(from);
        schema.putTable(t.withName(to));
        for (Routine trigger : schema.triggersOn(from)) {
            schema.removeRoutine(trigger);
            schema.putRoutine(trigger.withTable(to));
        }
        for (Table other : List.copyOf(schema.tables())) {
            if (other.foreignKeys().stream().noneMatch(f -> Names.same(f.referencedTable(), from))) continue;
            schema.putTable(other.withForeignKeys(other.foreignKeys().stream()
                    .map(f -> Names.same(f.referencedTable(), from)
                            ? f.withReference(to, f.referencedColumns()) : f)
                    .toList()));
        }
    }

    public static void renameColumn(Schema.Builder schema, String tableName, String from, String to) {
        Table t = schema.table(tableName).orElseThrow();
        String spelled = schema.spelled(to);
        Table renamed = renameInGeneratedColumns(t, from, spelled).mapColumn(from, c -> c.withName(to))
                .withPrimaryKey(t.primaryKey() == null ? null : t.primaryKey().withColumns(rename(t.primaryKey().columns(), from, to)).withInclude(rename(t.primaryKey().include(), from, to)))
                .withUniqueConstraints(t.uniqueConstraints().stream()
                        .map(u -> u.withColumns(rename(u.columns(), from, to)).withInclude(rename(u.include(), from, to))).toList())
                .withChecks(t.checks().stream().map(c -> c.withExpression(inExpression(c.expression(), from, spelled)).withColumn(c.belongsTo(from) ? to : c.column())).toList())
                .withPolicies(t.policies().stream().map(p -> p.withUsing(inExpression(p.using(), from, spelled))
                        .withCheck(inExpression(p.withCheck(), from, spelled))).toList())
                .withIndexes(t.indexes().stream().map(i -> i.withKeys(
                        i.keys().stream().map(k -> k.isColumn()
                                ? k.withColumn(Names.same(k.column(), from) ? to : k.column())
                                : new IndexKey(null, inExpression(k.expression(), from, spelled), k.descending())).toList())
                        .withWhere(inExpression(i.where(), from, spelled)).withInclude(rename(i.include(), from, to))).toList())
                .withForeignKeys(t.foreignKeys().stream().map(f -> f.withColumns(rename(f.columns(), from, to)).withReference(
                        f.referencedTable(), Names.same(f.referencedTable(), tableName) ? rename(f.referencedColumns(), from, to)
                        : f.referencedColumns())).toList());
        schema.putTable(renamed);
        for (Routine trigger : schema.triggersOn(tableName)) {
            if (trigger.events().stream().noneMatch(e -> e.startsWith(UPDATE_OF))) continue;
            List<String> events = trigger.events().stream().map(e -> e.startsWith(UPDATE_OF)
                    ? UPDATE_OF + String.join(", ", rename(List.of(e.substring(UPDATE_OF.length()).split(", ")), from, to)) : e).toList();
            schema.removeRoutine(trigger);
            schema.putRoutine(new Routine(trigger.kind(), trigger.name(), trigger.table(), trigger.timing(), events,
                    trigger.definition(), inUpdateOf(trigger.source(), from, plainOrQuoted(to))));
        }
        for (Table other : List.copyOf(schema.tables())) {
            if (Names.same(other.name(), tableName)) continue;
            if (other.foreignKeys().stream().noneMatch(f -> Names.same(f.referencedTable(), tableName))) continue;
            schema.putTable(other.withForeignKeys(other.foreignKeys().stream()
                    .map(f -> Names.same(f.referencedTable(), tableName)
                            ? f.withReference(f.referencedTable(), rename(f.referencedColumns(), from, to))
                            : f)
                    .toList()));
        }
    }

    /** Column defaults of the enum type that name a relabelled value name its new label (same-length label lists only). */
    public static void relabelDefaults(Schema.Builder schema, dev.cairn.schema.EnumType before, dev.cairn.schema.EnumType after) {
        if (before.values().size() != after.values().size()) return;
        java.util.Map<String, String> relabelled = new java.util.HashMap<>();
        for (int i = 0; i < before.values().size(); i++) {
            if (!before.values().get(i).equals(after.values().get(i)))
                relabelled.put(literal(before.values().get(i)), literal(after.values().get(i)));
        }
        if (relabelled.isEmpty()) return;
        for (Table t : List.copyOf(schema.tables())) {
            Table changed = t.withColumns(t.columns().stream().map(c -> Names.same(c.type().name(), after.name())
                    && c.defaultExpression() != null && relabelled.containsKey(c.defaultExpression())
                    ? c.withDefault(relabelled.get(c.defaultExpression())) : c).toList());
            if (!changed.equals(t)) schema.putTable(changed);
        }
    }

    private static String literal(String label) {
        return "'" + label.replace("'", "''") + "'";
    }

    /** Other columns' generated expressions name the column too ({@code spelled}: the new name as an expression spells it). */
    private static Table renameInGeneratedColumns(Table t, String from, String spelled) {
        if (t.columns().stream().allMatch(c -> c.generatedExpression() == null)) return t;
        return t.withColumns(t.columns().stream()
                .map(c -> c.generatedExpression() == null ? c : c.withGenerated(inExpression(c.generatedExpression(), from, spelled), c.generatedStored()))
                .toList());
    }

    /** A name as an expression spells it when nothing better is known: bare when plain, else in double quotes. */
    static String plainOrQuoted(String name) {
        return PLAIN.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    private static List<String> rename(List<String> names, String from, String to) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            IndexKey k = IndexKey.ofKeyColumn(n); // a unique key's part may be a prefix, name(10)
            out.add(Names.same(n, from) ? to : k.prefixLength() > 0 && Names.same(k.column(), from) ? k.withColumn(to).asKeyColumn() : n);
        }
        return out;
    }

    /**
     * A trigger's text with column {@code from} spelled {@code to} in its {@code UPDATE OF …} list, as PostgreSQL (which
     * keeps the columns by number) and SQLite (which rewrites the text) print it after the rename.
     */
    private static String inUpdateOf(String source, String from, String to) {
        List<Token> tokens = SqlLexer.tokens(CanonicalTextSyntax.INSTANCE, source);
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).is("UPDATE") || !tokens.get(k + 1).is("OF")) continue;
            int end = k + 2;
            while (end < tokens.size() && !tokens.get(end).is("ON") && tokens.get(end).kind() != Token.Kind.END) end++;
            int start = tokens.get(k + 2).start();
            int stop = tokens.get(end).start();
            return source.substring(0, start) + inExpression(source.substring(start, stop), from, to) + source.substring(stop);
        }
        return source;
    }

    /** Whether {@code sql} names {@code name} anywhere, as a word or a quoted name. */
    public static boolean mentions(String sql, String name) {
        if (sql == null) return false;
        List<Token> tokens = SqlLexer.tokens(CanonicalTextSyntax.INSTANCE, sql);
        for (Token t : tokens) if (t.isName() && Names.same(t.name(), name)) return true;
        return false;
    }

    /**
     * The expression (or query) with every reference to column {@code from} replaced by {@code spelled}, the new name
     * as it is to be written; a name after {@code AS} is an alias and stays.
     */
    public static String inExpression(String expression, String from, String spelled) {
        if (expression == null) return null;
        List<Token> tokens = SqlLexer.tokens(CanonicalTextSyntax.INSTANCE, expression);
        StringBuilder out = new StringBuilder(expression.length() + 8);
        int copied = 0;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isName() || tokens.get(k + 1 < tokens.size() ? k + 1 : k).isSymbol("(")) continue;
            if (!Names.same(t.name(), from) || k > 0 && tokens.get(k - 1).is("AS")) continue;
            out.append(expression, copied, t.start()).append(spelled);
            copied = t.end();
        }
        return copied == 0 ? expression : out.append(expression, copied, expression.length()).toString();
    }
}
