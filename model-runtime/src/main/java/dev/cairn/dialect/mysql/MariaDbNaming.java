package dev.cairn.dialect.mysql;

import dev.cairn.schema.Table;

import java.util.Set;
import java.util.function.Predicate;

/**
 * MariaDB names a CHECK written on a column after the column (replay refuses one whose name another CHECK of the table
 * holds, as MariaDB does), and an unnamed table CHECK {@code CONSTRAINT_<n>}.
 */
final class MariaDbNaming extends MySqlFamilyNaming {

    @Override
    public String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        return column != null ? column : "CONSTRAINT_" + (highestSuffix(checkNames(table), "CONSTRAINT_") + 1);
    }
}
