package dev.cairn.dialect;

import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Policy;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What differs between two states of one table: columns matched by name (a rename is its own change, so a name that
 * disappears was dropped), keys, constraints and indexes matched by value, with a part that only changed its name
 * reported as renamed.
 */
public record TableChanges(Table before, Table after, List<Column> droppedColumns, List<Column> addedColumns,
                 List<ColumnChange> changedColumns, Parts<PrimaryKey> primaryKey, Parts<UniqueConstraint> uniques,
                 Parts<CheckConstraint> checks, Parts<ForeignKey> foreignKeys, Parts<Index> indexes) {

    /** One column in both states, with some difference. */
    public record ColumnChange(Column before, Column after) {
        public boolean typeChanged() {
            return !before.type().equals(after.type()) || !Objects.equals(before.collation(), after.collation());
        }

        public boolean nullableChanged() {
            return before.nullable() != after.nullable();
        }

        public boolean defaultChanged() {
            return !Objects.equals(before.defaultExpression(), after.defaultExpression());
        }

        public boolean identityChanged() {
            return before.identity() != after.identity();
        }

        public boolean generatedChanged() {
            return !Objects.equals(before.generatedExpression(), after.generatedExpression())
                    || before.generatedStored() != after.generatedStored();
        }

        public boolean commentChanged() {
            return !Objects.equals(before.comment(), after.comment());
        }

        /** Whether the declared type text differs (SQLite keeps it as written). */
        public boolean declaredTypeChanged() {
            return !Objects.equals(before.type().declared(), after.type().declared());
        }
    }

    public record Renamed<T>(T from, T to) {
    }

    /** Parts of one kind that only the before state has, only the after state has, or that changed only their name. */
    public record Parts<T>(List<T> dropped, List<T> added, List<Renamed<T>> renamed) {
        public Parts {
            dropped = List.copyOf(dropped);
            added = List.copyOf(added);
            renamed = List.copyOf(renamed);
        }

        public boolean isEmpty() {
            return dropped.isEmpty() && added.isEmpty() && renamed.isEmpty();
        }

        /** For engines that cannot rename this kind of part: a rename becomes a drop and an add. */
        public Parts<T> renamesAsDropAndAdd() {
            List<T> d = new ArrayList<>(dropped), a = new ArrayList<>(added);
            for (Renamed<T> r : renamed) {
                d.add(r.from());
                a.add(r.to());
            }
            return new Parts<>(d, a, List.of());
        }
    }

    public static TableChanges between(Table before, Table after) {
        List<Column> dropped = before.columns().stream().filter(c -> !after.hasColumn(c.name())).toList();
        List<Column> added = after.columns().stream().filter(c -> !before.hasColumn(c.name())).toList();
        List<ColumnChange> changed = new ArrayList<>();
        for (Column b : before.columns()) {
            Column a = after.column(b.name()).orElse(null);
            if (a != null && (!a.equals(b) || !a.type().declared().equals(b.type().declared()))) changed.add(new ColumnChange(b, a));
        }
        return new TableChanges(before, after, dropped, added, changed,
                parts(optional(before.primaryKey()), optional(after.primaryKey()), PrimaryKey::name, PrimaryKey::withName),
                parts(before.uniqueConstraints(), after.uniqueConstraints(), UniqueConstraint::name, UniqueConstraint::withName),
                parts(before.checks(), after.checks(), CheckConstraint::name, CheckConstraint::withName),
                parts(before.foreignKeys(), after.foreignKeys(), ForeignKey::name, ForeignKey::withName),
                parts(before.indexes(), after.indexes(), Index::name, Index::withName));
    }

    public boolean commentChanged() {
        return !Objects.equals(before.comment(), after.comment());
    }

    /** The policies dropped, added and renamed (PostgreSQL's row-level security). */
    public Parts<Policy> policies() {
        return parts(before.policies(), after.policies(), Policy::name, Policy::withName);
    }

    public boolean optionsChanged() {
        return !before.options().equals(after.options());
    }

    /** Whether the columns both states hold keep their relative order. */
    public boolean keptColumnsInOrder() {
        List<String> b = before.columns().stream().map(c -> Names.key(c.name())).filter(n -> after.hasColumn(n)).toList();
        List<String> a = after.columns().stream().map(c -> Names.key(c.name())).filter(n -> before.hasColumn(n)).toList();
        return a.equals(b);
    }

    /** Whether the added columns all come after the kept ones, as ADD COLUMN places them. */
    public boolean addedColumnsAtEnd() {
        List<Column> cols = after.columns();
        return cols.subList(cols.size() - addedColumns.size(), cols.size()).equals(addedColumns);
    }

    private static <T> List<T> optional(T part) {
        return part == null ? List.of() : List.of(part);
    }

    private static <T> Parts<T> parts(List<T> before, List<T> after, Function<T, String> name, BiFunction<T, String, T> renamed) {
        List<T> dropped = new ArrayList<>(before.stream().filter(p -> !after.contains(p)).toList());
        List<T> added = new ArrayList<>(after.stream().filter(p -> !before.contains(p)).toList());
        List<Renamed<T>> renames = new ArrayList<>();
        for (T d : List.copyOf(dropped)) {
            for (T a : added) {
                if (name.apply(d) != null && name.apply(a) != null && renamed.apply(d, name.apply(a)).equals(a)) {
                    renames.add(new Renamed<>(d, a));
                    dropped.remove(d);
                    added.remove(a);
                    break;
                }
            }
        }
        return new Parts<>(dropped, added, renames);
    }
}
