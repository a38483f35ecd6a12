package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Table;

import java.util.List;
import java.util.function.Predicate;

/**
 * The names MySQL and MariaDB share: {@code PRIMARY}; an unnamed unique key or index takes its first column's name
 * ({@code _2}, {@code _3} when taken); a foreign key {@code <table>_ibfk_<n>}, renamed with its table. They name an
 * unnamed CHECK differently ({@link MySqlNaming}, {@link MariaDbNaming}).
 */
abstract sealed class MySqlFamilyNaming implements ConstraintNaming permits MySqlNaming, MariaDbNaming {

    @Override
    public String primaryKey(String table, String written, Predicate<String> taken) {
        return "PRIMARY";
    }

    @Override
    public String unique(String table, List<String> columns, Predicate<String> taken) {
        return keyName(columns.get(0), taken);
    }

    @Override
    public String index(String table, List<String> keyNames, Predicate<String> taken) {
        return keyName(keyNames.get(0), taken);
    }

    @Override
    public String foreignKey(Table table, List<String> columns, Predicate<String> taken) {
        String prefix = table.name() + "_ibfk_";
        return prefix + (highestSuffix(table.foreignKeys().stream().map(ForeignKey::name).toList(), prefix) + 1);
    }

    @Override
    public Table afterTableRename(Table renamed, String oldName) {
        String prefix = oldName + "_ibfk_";
        return renamed.withForeignKeys(renamed.foreignKeys().stream().map(f -> f.name() != null && f.name().startsWith(prefix)
                ? new ForeignKey(renamed.name() + "_ibfk_" + f.name().substring(prefix.length()), f.columns(), f.referencedTable(),
                f.referencedColumns(), f.onDelete(), f.onUpdate()) : f).toList());
    }

    static List<String> checkNames(Table table) {
        return table.checks().stream().map(CheckConstraint::name).toList();
    }

    private static String keyName(String base, Predicate<String> taken) {
        if (!taken.test(base) && !base.equalsIgnoreCase("PRIMARY")) return base;
        for (int n = 2; ; n++) if (!taken.test(base + "_" + n)) return base + "_" + n;
    }

    /** The highest n of the names {@code <prefix><n>} (0 when none). */
    static int highestSuffix(List<String> names, String prefix) {
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

    @Override
    public Table afterColumnRename(Table renamed, String oldColumn, String newColumn) {
        return renamed;
    }

    @Override
    public Table afterColumnsAdded(Table before, Table after, Predicate<String> taken) {
        return after;
    }
}
