package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names an engine gives to constraints and indexes written without one, so that the model holds what the
 * engine's catalog will report. SQLite reports no names for unnamed constraints (null).
 * <ul>
 * <li>PostgreSQL: {@code <table>_pkey}, {@code <table>_<cols>_key}, {@code <table>_<cols>_fkey}, {@code <table>_<col>_check}
 * (or {@code <table>_check} when the condition names several columns), {@code <table>_<cols>_idx}; a taken name gets
 * 1, 2, … appended; names are cut to 63 bytes the way PostgreSQL's {@code makeObjectName} cuts them.</li>
 * <li>MariaDB/MySQL: {@code PRIMARY}; an unnamed unique key or index takes its first column's name ({@code _2}, {@code _3}
 * when taken); a foreign key {@code <table>_ibfk_<n>}; a CHECK on a column is named after the column (MariaDB) and an
 * unnamed table CHECK {@code CONSTRAINT_<n>} (MariaDB) or {@code <table>_chk_<n>} (MySQL).</li>
 * </ul>
 */
final class EngineNaming {
    private static final int POSTGRES_NAME_BYTES = 63;

    private final Dialect dialect;

    EngineNaming(Dialect dialect) {
        this.dialect = dialect;
    }

    String primaryKey(String table) {
        return switch (dialect) {
            case SQLITE -> null;
            case POSTGRESQL -> postgresName(table, null, "pkey", n -> false);
            case MYSQL, MARIADB -> "PRIMARY";
        };
    }

    /** A unique constraint's or unique index's name; {@code taken} tells names already in use. */
    String unique(String table, List<String> columns, Predicate<String> taken) {
        return switch (dialect) {
            case SQLITE -> null;
            case POSTGRESQL -> postgresName(table, String.join("_", columns), "key", taken);
            case MYSQL, MARIADB -> mysqlKeyName(columns.get(0), taken);
        };
    }

    String index(String table, List<String> keyNames, Predicate<String> taken) {
        return switch (dialect) {
            case SQLITE, POSTGRESQL -> postgresName(table, String.join("_", keyNames), "idx", taken);
            case MYSQL, MARIADB -> mysqlKeyName(keyNames.get(0), taken);
        };
    }

    String foreignKey(Table table, List<String> columns, Predicate<String> taken) {
        return switch (dialect) {
            case SQLITE -> null;
            case POSTGRESQL -> postgresName(table.name(), String.join("_", columns), "fkey", taken);
            case MYSQL, MARIADB -> table.name() + "_ibfk_" + (highestSuffix(table.foreignKeys().stream().map(ForeignKey::name).toList(),
                    table.name() + "_ibfk_") + 1);
        };
    }

    /**
     * A CHECK constraint's name. {@code column} is the column a column-level check is written on (null for a table
     * check); {@code referenced} the columns its condition names.
     */
    String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        List<String> names = table.checks().stream().map(CheckConstraint::name).toList();
        return switch (dialect) {
            case SQLITE -> null;
            case POSTGRESQL -> postgresName(table.name(), referenced.size() == 1 ? referenced.iterator().next() : null, "check", taken);
            case MARIADB -> column != null && !taken.test(column) ? column : "CONSTRAINT_" + (highestSuffix(names, "CONSTRAINT_") + 1);
            case MYSQL -> table.name() + "_chk_" + (highestSuffix(names, table.name() + "_chk_") + 1);
        };
    }

    /** MySQL/MariaDB rename the foreign keys they named {@code <table>_ibfk_<n>} when the table is renamed. */
    Table afterTableRename(Table renamed, String oldName) {
        if (!dialect.isMySqlFamily()) return renamed;
        String prefix = oldName + "_ibfk_";
        return renamed.withForeignKeys(renamed.foreignKeys().stream().map(f -> f.name() != null && f.name().startsWith(prefix)
                ? new ForeignKey(renamed.name() + "_ibfk_" + f.name().substring(prefix.length()), f.columns(), f.referencedTable(),
                f.referencedColumns(), f.onDelete(), f.onUpdate()) : f).toList());
    }

    /** Names in use in the schema that a new PostgreSQL/SQLite index or constraint name must not take. */
    static Predicate<String> takenIn(Schema.Builder schema, Table pending) {
        Set<String> names = new HashSet<>();
        if (pending != null) {
            names.add(Names.key(pending.name()));
            collect(pending, names);
        }
        return n -> n != null && (names.contains(Names.key(n)) || schema.hasPartNamed(n) || schema.table(n).isPresent());
    }

    /** Names in use inside one table (MySQL keys and constraints live per table; the table's own name is free). */
    static Predicate<String> takenIn(Table table) {
        Set<String> names = new HashSet<>();
        collect(table, names);
        return n -> n != null && names.contains(Names.key(n));
    }

    private static void collect(Table t, Set<String> names) {
        if (t.primaryKey() != null && t.primaryKey().name() != null) names.add(Names.key(t.primaryKey().name()));
        for (UniqueConstraint u : t.uniqueConstraints()) if (u.name() != null) names.add(Names.key(u.name()));
        for (CheckConstraint c : t.checks()) if (c.name() != null) names.add(Names.key(c.name()));
        for (ForeignKey f : t.foreignKeys()) if (f.name() != null) names.add(Names.key(f.name()));
        for (Index i : t.indexes()) names.add(Names.key(i.name()));
    }

    private static String mysqlKeyName(String base, Predicate<String> taken) {
        if (!taken.test(base) && !base.equalsIgnoreCase("PRIMARY")) return base;
        for (int n = 2; ; n++) if (!taken.test(base + "_" + n)) return base + "_" + n;
    }

    private static int highestSuffix(List<String> names, String prefix) {
        int max = 0;
        for (String n : names) {
            if (n != null && n.regionMatches(true, 0, prefix, 0, prefix.length())) {
                try {
                    max = Math.max(max, Integer.parseInt(n.substring(prefix.length())));
                } catch (NumberFormatException ignored) {
                    // a user's own name that merely starts like the engine's
                }
            }
        }
        return max;
    }

    /** PostgreSQL's ChooseRelationName/ChooseConstraintName: {@code name1_name2_label}, cut to fit, numbered when taken. */
    static String postgresName(String name1, String name2, String label, Predicate<String> taken) {
        String candidate = makeObjectName(name1, name2, label);
        for (int pass = 1; taken.test(candidate); pass++) candidate = makeObjectName(name1, name2, label + pass);
        return candidate;
    }

    private static String makeObjectName(String name1, String name2, String label) {
        int overhead = (label == null ? 0 : label.length() + 1) + (name2 == null ? 0 : 1);
        String a = name1, b = name2;
        int availChars = POSTGRES_NAME_BYTES - overhead;
        while (bytes(a) + (b == null ? 0 : bytes(b)) > availChars) {
            if (b != null && bytes(b) > bytes(a)) b = cut(b, bytes(b) - 1);
            else a = cut(a, bytes(a) - 1);
        }
        StringBuilder s = new StringBuilder(a);
        if (b != null) s.append('_').append(b);
        if (label != null) s.append('_').append(label);
        return s.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String cut(String s, int maxBytes) {
        String out = s;
        while (bytes(out) > maxBytes) out = out.substring(0, out.length() - 1);
        return out;
    }
}
