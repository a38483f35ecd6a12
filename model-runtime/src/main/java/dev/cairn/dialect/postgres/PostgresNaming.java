package dev.cairn.dialect.postgres;

import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DerivedNames;
import dev.cairn.schema.Table;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * PostgreSQL's names: {@code <table>_pkey}, {@code <table>_<cols>_key}, {@code <table>_<cols>_fkey},
 * {@code <table>_<col>_check} (or {@code <table>_check} when the condition names several columns),
 * {@code <table>_<cols>_idx}; a taken name gets 1, 2, … appended; names are cut to 63 bytes ({@link DerivedNames}).
 */
final class PostgresNaming implements ConstraintNaming {
    /** NAMEDATALEN - 1. */
    private static final int NAME_BYTES = 63;

    @Override
    public String primaryKey(String table, String written, Predicate<String> taken) {
        return written != null ? written : DerivedNames.choose(table, null, "pkey", NAME_BYTES, taken);
    }

    @Override
    public String unique(String table, List<String> columns, Predicate<String> taken) {
        return DerivedNames.choose(table, String.join("_", columns), "key", NAME_BYTES, taken);
    }

    @Override
    public String index(String table, List<String> keyNames, Predicate<String> taken) {
        return DerivedNames.choose(table, String.join("_", keyNames), "idx", NAME_BYTES, taken);
    }

    @Override
    public String foreignKey(Table table, List<String> columns, Predicate<String> taken) {
        return DerivedNames.choose(table.name(), String.join("_", columns), "fkey", NAME_BYTES, taken);
    }

    @Override
    public String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        return DerivedNames.choose(table.name(), referenced.size() == 1 ? referenced.iterator().next() : null, "check", NAME_BYTES, taken);
    }

    @Override
    public Table afterTableRename(Table renamed, String oldName) {
        return renamed;
    }
}
