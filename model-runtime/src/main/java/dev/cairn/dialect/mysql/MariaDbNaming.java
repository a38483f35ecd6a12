package dev.cairn.dialect.mysql;

import dev.cairn.schema.Names;
import dev.cairn.schema.Table;

import java.util.Set;
import java.util.function.Predicate;

/**
 * MariaDB names an unnamed CHECK on a column after the column, and a table CHECK {@code CONSTRAINT_<n>}. CHECK names
 * share a namespace with foreign keys only: an index named like the column does not stop the column's name.
 */
final class MariaDbNaming extends MySqlFamilyNaming {

    @Override
    public String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        boolean free = column != null && table.checks().stream().noneMatch(c -> Names.same(c.name(), column))
                && table.foreignKeys().stream().noneMatch(f -> Names.same(f.name(), column));
        return free ? column : "CONSTRAINT_" + (highestSuffix(checkNames(table), "CONSTRAINT_") + 1);
    }
}
