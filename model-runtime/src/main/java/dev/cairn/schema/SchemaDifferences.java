package dev.cairn.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The readable difference between two schemas, {@code expected} and {@code actual}: one line per difference, such
 * as {@code table posts: column body: type varchar(140) ≠ text}. Empty when the schemas are equal.
 */
public record SchemaDifferences(List<String> differences) {

    public SchemaDifferences {
        differences = List.copyOf(differences);
    }

    public boolean isEmpty() {
        return differences.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(no differences)" : String.join("\n", differences);
    }

    /**
     * Foreign keys are compared with their referenced table and columns without regard to case: engines resolve them
     * so, and SQLite keeps them as the key wrote them, which a rename and its undoing may change ({@link DeclaredSpelling}).
     */
    public static SchemaDifferences between(Schema expected, Schema actual) {
        List<String> out = new ArrayList<>();
        compareMaps("table", expected.tables(), actual.tables(), (n, e, a) -> compareTables(n, e, a, out), out);
        compareMaps("view", expected.views(), actual.views(), (n, e, a) -> {
            if (!e.name().equals(a.name())) out.add("view " + n + ": name spelled " + e.name() + " ≠ " + a.name());
            if (!e.columns().equals(a.columns())) out.add("view " + n + ": columns " + e.columns() + " ≠ " + a.columns());
            if (!Objects.equals(e.comment(), a.comment())) out.add("view " + n + ": comment " + q(e.comment()) + " ≠ " + q(a.comment()));
        }, out);
        compareMaps("enum type", expected.enumTypes(), actual.enumTypes(), (n, e, a) -> {
            if (!e.equals(a)) out.add("enum type " + n + ": " + e.values() + " ≠ " + a.values());
        }, out);
        compareMaps("sequence", expected.sequences(), actual.sequences(), (n, e, a) -> {
            if (!e.equals(a)) out.add("sequence " + n + ": " + e + " ≠ " + a);
        }, out);
        for (var e : expected.routines().entrySet()) {
            Routine a = actual.routines().get(e.getKey());
            if (a == null) out.add(e.getKey() + ": missing");
            else compareRoutines(e.getKey(), e.getValue(), a, out);
        }
        for (String k : actual.routines().keySet()) if (!expected.routines().containsKey(k)) out.add(k + ": unexpected");
        return new SchemaDifferences(out);
    }

    private static void compareRoutines(String key, Routine e, Routine a, List<String> out) {
        String p = key + ": ";
        if (e.kind() != a.kind()) out.add(p + "kind " + e.kind().label() + " ≠ " + a.kind().label());
        if (!e.name().equals(a.name())) out.add(p + "name spelled " + e.name() + " ≠ " + a.name());
        if (!Objects.equals(e.table(), a.table())) out.add(p + "table spelled " + e.table() + " ≠ " + a.table());
        if (!Objects.equals(e.timing(), a.timing())) out.add(p + "timing " + q(e.timing()) + " ≠ " + q(a.timing()));
        if (!e.events().equals(a.events())) out.add(p + "events " + e.events() + " ≠ " + a.events());
        if (!e.definition().equals(a.definition())) out.add(p + "definition " + q(e.definition()) + " ≠ " + q(a.definition()));
    }

    private interface Comparison<T> {
        void compare(String name, T expected, T actual);
    }

    private static <T> void compareMaps(String kind, SortedMap<String, T> expected, SortedMap<String, T> actual,
                                        Comparison<T> both, List<String> out) {
        for (var e : expected.entrySet()) {
            T a = actual.get(e.getKey());
            if (a == null) out.add(kind + " " + e.getKey() + ": missing");
            else both.compare(e.getKey(), e.getValue(), a);
        }
        for (String k : actual.keySet()) if (!expected.containsKey(k)) out.add(kind + " " + k + ": unexpected");
    }

    private static void compareTables(String n, Table e, Table a, List<String> out) {
        String p = "table " + n + ": ";
        if (!e.name().equals(a.name())) out.add(p + "name spelled " + e.name() + " ≠ " + a.name());
        Map<String, Column> ec = byKey(e.columns(), Column::name);
        Map<String, Column> ac = byKey(a.columns(), Column::name);
        for (var c : ec.entrySet()) {
            Column x = ac.get(c.getKey());
            if (x == null) out.add(p + "column " + c.getValue().name() + ": missing");
            else compareColumns(p + "column " + c.getValue().name() + ": ", c.getValue(), x, out);
        }
        for (var c : ac.entrySet()) if (!ec.containsKey(c.getKey())) out.add(p + "column " + c.getValue().name() + ": unexpected");
        List<String> eOrder = e.columns().stream().map(c -> Names.key(c.name())).filter(ac::containsKey).toList();
        List<String> aOrder = a.columns().stream().map(c -> Names.key(c.name())).filter(ec::containsKey).toList();
        if (!eOrder.equals(aOrder)) out.add(p + "column order " + eOrder + " ≠ " + aOrder);
        if (!Objects.equals(e.primaryKey(), a.primaryKey())) out.add(p + "primary key " + SchemaParts.describe(e.primaryKey()) + " ≠ " + SchemaParts.describe(a.primaryKey()));
        compareParts(p, "unique constraint", e.uniqueConstraints(), a.uniqueConstraints(), out);
        compareParts(p, "check", e.checks(), a.checks(), out);
        compareParts(p, "foreign key", e.foreignKeys(), a.foreignKeys(), SchemaDifferences::targetWithoutCase, out);
        compareParts(p, "index", e.indexes(), a.indexes(), out);
        compareParts(p, "policy", e.policies(), a.policies(), out);
        if (!Objects.equals(e.comment(), a.comment())) out.add(p + "comment " + q(e.comment()) + " ≠ " + q(a.comment()));
        if (!e.options().equals(a.options())) out.add(p + "options " + e.options() + " ≠ " + a.options());
    }

    private static ForeignKey targetWithoutCase(ForeignKey f) {
        return f.withReference(Names.key(f.referencedTable()), f.referencedColumns().stream().map(Names::key).toList());
    }

    private static void compareColumns(String p, Column e, Column a, List<String> out) {
        if (!e.name().equals(a.name())) out.add(p + "name spelled " + e.name() + " ≠ " + a.name());
        if (!e.type().equals(a.type())) out.add(p + "type " + describe(e.type()) + " ≠ " + describe(a.type()));
        if (e.nullable() != a.nullable()) out.add(p + (e.nullable() ? "nullable ≠ NOT NULL" : "NOT NULL ≠ nullable"));
        if (!Objects.equals(e.defaultExpression(), a.defaultExpression()))
            out.add(p + "default " + q(e.defaultExpression()) + " ≠ " + q(a.defaultExpression()));
        if (e.identity() != a.identity()) out.add(p + "identity " + e.identity() + " ≠ " + a.identity());
        if (!Objects.equals(e.generatedExpression(), a.generatedExpression()) || e.generatedStored() != a.generatedStored())
            out.add(p + "generated " + q(e.generatedExpression()) + (e.generatedStored() ? " STORED" : "") + " ≠ "
                    + q(a.generatedExpression()) + (a.generatedStored() ? " STORED" : ""));
        if (!Objects.equals(e.charset(), a.charset())) out.add(p + "character set " + q(e.charset()) + " ≠ " + q(a.charset()));
        if (!Objects.equals(e.collation(), a.collation())) out.add(p + "collation " + q(e.collation()) + " ≠ " + q(a.collation()));
        if (!Objects.equals(e.comment(), a.comment())) out.add(p + "comment " + q(e.comment()) + " ≠ " + q(a.comment()));
    }

    private static String describe(SqlType t) {
        String s = t.canonical();
        return t.family() == TypeFamily.OTHER ? s : s + " (" + t.family().name().toLowerCase() + ")";
    }

    private static <T> void compareParts(String p, String kind, Collection<T> expected, Collection<T> actual, List<String> out) {
        compareParts(p, kind, expected, actual, x -> x, out);
    }

    /** Parts compared by what {@code identity} keeps of them, reported as they are. */
    private static <T> void compareParts(String p, String kind, Collection<T> expected, Collection<T> actual, Function<T, Object> identity,
                                         List<String> out) {
        List<Object> e = expected.stream().map(identity).toList(), a = actual.stream().map(identity).toList();
        for (T x : expected) if (!a.contains(identity.apply(x))) out.add(p + kind + " missing: " + SchemaParts.describe(x));
        for (T x : actual) if (!e.contains(identity.apply(x))) out.add(p + kind + " unexpected: " + SchemaParts.describe(x));
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> name) {
        Map<String, T> m = new TreeMap<>();
        for (T t : items) m.put(Names.key(name.apply(t)), t);
        return m;
    }

    private static String q(String s) {
        return s == null ? "none" : "'" + s + "'";
    }
}
