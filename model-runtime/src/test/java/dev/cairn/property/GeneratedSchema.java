package dev.cairn.property;

import java.util.ArrayList;
import java.util.List;

/**
 * The generator's own, deliberately simple picture of the schema its statements build: just enough to offer only
 * steps the engine accepts (which columns exist, which keys and indexes use them, who references whom). It is not
 * the Cairn model: parts refer to each other by object, so a rename is one assignment. Mutable, one per try.
 */
final class GeneratedSchema {
    final List<GTable> tables = new ArrayList<>();
    final List<GIndex> indexes = new ArrayList<>();
    final List<GView> views = new ArrayList<>();
    /** Named CHECK constraints (unnamed ones and column-level ones only block their column, see {@link GTable#checked}). */
    final List<GCheck> checks = new ArrayList<>();
    final List<Ident> sequences = new ArrayList<>();
    final List<GEnum> enums = new ArrayList<>();
    private int counter;

    /** A fresh number for a name; names never repeat within one script, whatever their case. */
    int next() {
        return ++counter;
    }

    /** An identifier as the script spells it; {@code quoted} ones are always written in quotes. */
    static final class Ident {
        String name;
        final boolean quoted;

        Ident(String name, boolean quoted) {
            this.name = name;
            this.quoted = quoted;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class GColumn {
        Ident id;
        ColumnType type;
        boolean notNull;
        String defaultSql;
        final boolean autoIncrement;
        /** Whether the definition says NULL out loud. */
        boolean explicitNull;
        /** Part of its table's primary key, so NOT NULL on PostgreSQL and MariaDB whatever it says. */
        boolean inPrimaryKey;
        /**
         * The CHECK written in the column's own definition, as the condition after the column's name ({@code " > -1000"}),
         * or null. On MariaDB it is the column's (a column-level CHECK): MODIFY and CHANGE drop it unless they restate it.
         */
        String ownCheck;
        /** A generated column computed from {@link #generatedFrom}: no default, no key, never altered. */
        GColumn generatedFrom;

        boolean generated() {
            return generatedFrom != null;
        }

        GColumn(Ident id, ColumnType type, boolean notNull, String defaultSql, boolean autoIncrement) {
            this.id = id;
            this.type = type;
            this.notNull = notNull;
            this.defaultSql = defaultSql;
            this.autoIncrement = autoIncrement;
        }
    }

    /** A unique key: a UNIQUE constraint, or (unique = true) an index. {@code name} null when the script gave none. */
    static final class GKey {
        final Ident name;
        final List<GColumn> columns;

        GKey(Ident name, List<GColumn> columns) {
            this.name = name;
            this.columns = List.copyOf(columns);
        }
    }

    static final class GForeignKey {
        final Ident name;
        final List<GColumn> columns;
        final GTable parent;
        final List<GColumn> parentColumns;

        GForeignKey(Ident name, List<GColumn> columns, GTable parent, List<GColumn> parentColumns) {
            this.name = name;
            this.columns = List.copyOf(columns);
            this.parent = parent;
            this.parentColumns = List.copyOf(parentColumns);
        }
    }

    static final class GIndex {
        final Ident name;
        final GTable table;
        final List<GColumn> columns;
        final boolean unique;
        /** Neither partial (WHERE) nor on an expression: only such a unique index can serve a foreign key. */
        final boolean plain;

        GIndex(Ident name, GTable table, List<GColumn> columns, boolean unique, boolean plain) {
            this.name = name;
            this.table = table;
            this.columns = List.copyOf(columns);
            this.unique = unique;
            this.plain = plain;
        }
    }

    /** A view selecting some columns of one table. */
    static final class GView {
        final Ident name;
        final GTable table;
        final List<GColumn> columns;
        /** Whether CREATE OR REPLACE may restate it with one more column (not once a column was renamed or aliased). */
        boolean replaceable = true;

        GView(Ident name, GTable table, List<GColumn> columns) {
            this.name = name;
            this.table = table;
            this.columns = List.copyOf(columns);
        }
    }

    /** A named CHECK constraint on one column of a table. */
    static final class GCheck {
        final Ident name;
        final GTable table;
        final GColumn column;

        GCheck(Ident name, GTable table, GColumn column) {
            this.name = name;
            this.table = table;
            this.column = column;
        }
    }

    /** A PostgreSQL enum type and its labels in order. */
    static final class GEnum {
        final Ident name;
        final List<String> labels = new ArrayList<>();
        /** How columns of this type are declared. */
        final ColumnType type;

        GEnum(Ident name, List<String> labels, ColumnType type) {
            this.name = name;
            this.labels.addAll(labels);
            this.type = type;
        }
    }

    static final class GTable {
        Ident id;
        final List<GColumn> columns = new ArrayList<>();
        List<GColumn> primaryKey = List.of();
        final List<GKey> uniques = new ArrayList<>();
        final List<GForeignKey> foreignKeys = new ArrayList<>();
        /** MySQL/MariaDB: the column lists of the indexes the engine made by itself for foreign keys. */
        final List<List<GColumn>> implicitIndexes = new ArrayList<>();
        boolean strict;
        /** SQLite WITHOUT ROWID. */
        boolean withoutRowid;
        /**
         * Columns a CHECK constraint of the table names (on MariaDB, a column's own CHECK is not counted: it goes with
         * the column and follows its rename, see {@link GColumn#ownCheck}).
         */
        final java.util.Set<GColumn> checked = new java.util.HashSet<>();

        GTable(Ident id) {
            this.id = id;
        }
    }

    List<GIndex> indexesOf(GTable table) {
        return indexes.stream().filter(i -> i.table == table).toList();
    }

    /** Every column list the engine has an index on, in index column order (PK, uniques, indexes, implicit ones). */
    List<List<GColumn>> indexedColumnLists(GTable table) {
        List<List<GColumn>> lists = new ArrayList<>();
        if (!table.primaryKey.isEmpty()) lists.add(table.primaryKey);
        for (GKey k : table.uniques) lists.add(k.columns);
        for (GIndex i : indexesOf(table)) lists.add(i.columns);
        lists.addAll(table.implicitIndexes);
        return lists;
    }

    /** Keys another table may reference: the primary key, unique constraints and unique indexes. */
    List<List<GColumn>> referenceableKeys(GTable table) {
        List<List<GColumn>> keys = new ArrayList<>();
        if (!table.primaryKey.isEmpty()) keys.add(table.primaryKey);
        for (GKey k : table.uniques) keys.add(k.columns);
        for (GIndex i : indexesOf(table)) if (i.unique && i.plain) keys.add(i.columns);
        return keys;
    }

    /** Whether some foreign key (of any table) references exactly these columns of {@code table}, in any order. */
    boolean isReferencedKey(GTable table, List<GColumn> columns) {
        for (GTable t : tables)
            for (GForeignKey fk : t.foreignKeys)
                if (fk.parent == table && fk.parentColumns.size() == columns.size()
                        && new java.util.HashSet<>(fk.parentColumns).equals(new java.util.HashSet<>(columns))) return true;
        return false;
    }

    boolean isReferencedByOtherTable(GTable table) {
        for (GTable t : tables)
            if (t != table) for (GForeignKey fk : t.foreignKeys) if (fk.parent == table) return true;
        return false;
    }

    /**
     * Whether a column takes part in any key, index or foreign key (either side), a view, a CHECK constraint or a
     * generated column's expression, so dropping it is not plain.
     */
    boolean isInvolved(GTable table, GColumn column) {
        if (isDependedOn(table, column)) return true;
        for (List<GColumn> list : indexedColumnLists(table)) if (list.contains(column)) return true;
        for (GForeignKey fk : table.foreignKeys) if (fk.columns.contains(column)) return true;
        for (GTable t : tables)
            for (GForeignKey fk : t.foreignKeys) if (fk.parent == table && fk.parentColumns.contains(column)) return true;
        return false;
    }

    /** Whether a view, a CHECK constraint or a generated column refers to the column (so its type stays, and on
     * engines that do not follow renames into them, its name too). */
    boolean isDependedOn(GTable table, GColumn column) {
        if (table.checked.contains(column)) return true;
        for (GView v : views) if (v.table == table && v.columns.contains(column)) return true;
        for (GColumn other : table.columns) if (other.generatedFrom == column) return true;
        return false;
    }

    boolean hasViews(GTable table) {
        return views.stream().anyMatch(v -> v.table == table);
    }

    /** Whether some column of some table has the enum type. */
    boolean isUsed(GEnum type) {
        for (GTable t : tables) for (GColumn col : t.columns) if (col.type.sql().equals(type.type.sql())) return true;
        return false;
    }

    static boolean startsWith(List<GColumn> list, List<GColumn> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }
}
