package dev.cairn.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table. Columns keep their order; constraints and indexes are kept sorted (by name, then by content) so that two
 * tables with the same parts are equal whatever order the parts were declared or read in.
 *
 * @param options dialect table options that change behaviour, keyed by lower-case option name: SQLite's
 *                {@code WITHOUT ROWID} and {@code STRICT}; PostgreSQL's {@link #ROW_LEVEL_SECURITY} and
 *                {@link #FORCE_ROW_LEVEL_SECURITY}, and {@link #serialSequenceOption} where a serial column's sequence has a name
 *                of its own; MySQL's and MariaDB's {@link #ENGINE}, {@link #CHARSET},
 *                {@link #COLLATE} and {@link #ROW_FORMAT} as written (what a table leaves out it takes from its database)
 * @param policies PostgreSQL's row-level security policies of the table, sorted by name
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
                    List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment,
                    Map<String, String> options, List<Policy> policies) {

    /** The option of a table whose rows PostgreSQL filters by its policies ({@code ENABLE ROW LEVEL SECURITY}), value {@code on}. */
    public static final String ROW_LEVEL_SECURITY = "row level security";
    /** The option of a table whose policies bind its owner too ({@code FORCE ROW LEVEL SECURITY}), value {@code on}. */
    public static final String FORCE_ROW_LEVEL_SECURITY = "force row level security";
    /** The option holding a MySQL or MariaDB table's storage engine, as written ({@code InnoDB}). */
    public static final String ENGINE = "engine";
    /** The option holding a MySQL or MariaDB table's default character set, lower-case ({@code utf8mb3}). */
    public static final String CHARSET = "charset";
    /** The option holding a MySQL or MariaDB table's default collation, lower-case ({@code utf8mb3_bin}). */
    public static final String COLLATE = "collate";
    /** The option holding a MySQL or MariaDB table's row format where one is written, upper-case ({@code DYNAMIC}). */
    public static final String ROW_FORMAT = "row_format";

    /**
     * The option naming the sequence PostgreSQL made for a serial or identity column, where its name is not the one the
     * table and column give ({@code jobs_id_seq1}, {@code jobs_id_seq} after the table was renamed, or an identity's
     * {@code SEQUENCE NAME}).
     */
    public static String serialSequenceOption(String column) {
        return "sequence of " + Names.key(column);
    }

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = sorted(uniqueConstraints, UniqueConstraint::name);
        checks = sorted(checks, CheckConstraint::name);
        foreignKeys = sorted(foreignKeys, ForeignKey::name);
        indexes = sorted(indexes, Index::name);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(options));
        policies = sorted(policies, Policy::name);
    }

    /** A table without policies. */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment,
                 Map<String, String> options) {
        this(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, options, List.of());
    }

    /**
     * Component by component, as a record compares, cheapest first: the replay compares a table before and after each
     * ALTER, and a record's generated {@code equals} is a method-handle bootstrap that a cold JVM pays dearly for.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Table t && name.equals(t.name) && columns.size() == t.columns.size()
                && Objects.equals(comment, t.comment) && Objects.equals(primaryKey, t.primaryKey) && columns.equals(t.columns)
                && uniqueConstraints.equals(t.uniqueConstraints) && checks.equals(t.checks) && foreignKeys.equals(t.foreignKeys)
                && indexes.equals(t.indexes) && options.equals(t.options) && policies.equals(t.policies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, options, policies);
    }

    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null, Map.of());
    }

    private static <T> List<T> sorted(List<T> parts, Function<T, String> name) {
        if (parts == null) return List.of();
        if (parts instanceof SortedParts<T>) return parts; // another table's, in order already
        if (parts.size() < 2) return List.copyOf(parts);
        if (ascendingByName(parts, name)) return SortedParts.of(parts);
        // keys computed once per part: unnamed parts (inline REFERENCES) tie on the name and are ordered by content,
        // printed only for a tie (a part's text is costly, and named parts seldom tie)
        List<Keyed<T>> keyed = new ArrayList<>(parts.size());
        for (T p : parts) keyed.add(new Keyed<>(name.apply(p) == null ? "" : Names.key(name.apply(p)), p));
        keyed.sort(Comparator.comparing((Keyed<T> k) -> k.name).thenComparing(Keyed::content));
        List<T> out = new ArrayList<>(keyed.size());
        for (Keyed<T> k : keyed) out.add(k.part);
        return SortedParts.of(out);
    }

    /** A part with its sort key; its text, the tie-breaker, is printed when first compared. */
    private static final class Keyed<T> {
        final String name;
        final T part;
        private String content;

        Keyed(String name, T part) {
            this.name = name;
            this.part = part;
        }

        String content() {
            if (content == null) content = part.toString();
            return content;
        }
    }

    /** Named, each name after the one before: the order the sort would give, found without it (the usual case). */
    private static <T> boolean ascendingByName(List<T> parts, Function<T, String> name) {
        String previous = null;
        for (T p : parts) {
            String n = name.apply(p);
            if (n == null) return false;
            String key = Names.key(n);
            if (previous != null && previous.compareTo(key) >= 0) return false;
            previous = key;
        }
        return true;
    }

    public Optional<Column> column(String columnName) {
        for (Column c : columns) if (Names.same(c.name(), columnName)) return Optional.of(c);
        return Optional.empty();
    }

    public boolean hasColumn(String columnName) {
        return column(columnName).isPresent();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> Names.same(i.name(), indexName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, options, policies);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, options, policies);
    }

    public Table withColumn(Column added) {
        List<Column> list = new ArrayList<>(columns);
        list.add(added);
        return withColumns(list);
    }

    /** Replaces the column named {@code columnName} by what {@code change} makes of it. */
    public Table mapColumn(String columnName, UnaryOperator<Column> change) {
        List<Column> list = new ArrayList<>(columns.size());
        for (Column c : columns) list.add(Names.same(c.name(), columnName) ? change.apply(c) : c);
        return withColumns(list);
    }

    public Table withoutColumn(String columnName) {
        return withColumns(columns.stream().filter(c -> !Names.same(c.name(), columnName)).toList());
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, options, policies);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> list) {
        return new Table(name, columns, primaryKey, list, checks, foreignKeys, indexes, comment, options, policies);
    }

    public Table withChecks(List<CheckConstraint> list) {
        return new Table(name, columns, primaryKey, uniqueConstraints, list, foreignKeys, indexes, comment, options, policies);
    }

    public Table withForeignKeys(List<ForeignKey> list) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, list, indexes, comment, options, policies);
    }

    public Table withIndexes(List<Index> list) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, list, comment, options, policies);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, newComment, options, policies);
    }

    public Table withPolicies(List<Policy> list) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, options, list);
    }

    public Optional<Policy> policy(String policyName) {
        return policies.stream().filter(p -> Names.same(p.name(), policyName)).findFirst();
    }

    public Table withOptions(Map<String, String> newOptions) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment, newOptions, policies);
    }
}
