package dev.cairn.dialect.mysql;

import dev.cairn.schema.Table;

import java.util.Set;
import java.util.function.Predicate;

/** MySQL names an unnamed CHECK {@code <table>_chk_<n>}. */
final class MySqlNaming extends MySqlFamilyNaming {

    @Override
    public String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        String prefix = table.name() + "_chk_";
        return prefix + (highestSuffix(checkNames(table), prefix) + 1);
    }
}
