package dev.cairn.dialect.mysql;

import dev.cairn.schema.Table;

import java.util.Set;
import java.util.function.Predicate;

/** MariaDB names an unnamed CHECK on a column after the column, and a table CHECK {@code CONSTRAINT_<n>}. */
final class MariaDbNaming extends MySqlFamilyNaming {

    @Override
    public String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        return column != null && !taken.test(column) ? column : "CONSTRAINT_" + (highestSuffix(checkNames(table), "CONSTRAINT_") + 1);
    }
}
