package dev.cairn.dialect.postgres;

import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DerivedNames;
import dev.cairn.schema.Column;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * PostgreSQL's names: {@code <table>_pkey}, {@code <table>_<cols>_key}, {@code <table>_<cols>_fkey},
 * {@code <table>_<col>_check} (or {@code <table>_check} when the condition names several columns),
 * {@code <table>_<cols>_idx}; a taken name gets 1, 2, … appended; names are cut to 63 bytes ({@link DerivedNames}).
 */
final class PostgresNaming implements ConstraintNaming {
    /** NAMEDATALEN - 1. */
    static final int NAME_BYTES = 63;

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
        Table out = renamed;
        for (Column c : renamed.columns()) {
            if (!ownsSequence(c)) continue;
            out = withSerialSequence(out, c.name(), serialSequence(renamed.withName(oldName), c.name()));
        }
        return out;
    }

    @Override
    public Table afterColumnRename(Table renamed, String oldColumn, String newColumn) {
        Column c = renamed.column(newColumn).orElse(null);
        if (c == null || !ownsSequence(c)) return renamed;
        String sequence = serialSequence(renamed, oldColumn);
        Map<String, String> options = new TreeMap<>(renamed.options());
        options.remove(Table.serialSequenceOption(oldColumn));
        return withSerialSequence(renamed.withOptions(options), newColumn, sequence);
    }

    @Override
    public Table afterColumnsAdded(Table before, Table after, Predicate<String> taken) {
        Table out = after;
        Set<String> chosen = new HashSet<>();
        for (Column c : after.columns()) {
            if (!ownsSequence(c)) continue;
            if (before.column(c.name()).filter(PostgresNaming::ownsSequence).isPresent()) continue;
            String named = after.options().get(Table.serialSequenceOption(c.name())); // an identity's SEQUENCE NAME
            if (named != null && !before.options().containsKey(Table.serialSequenceOption(c.name()))) {
                chosen.add(Names.key(named));
                out = withSerialSequence(out, c.name(), named);
                continue;
            }
            String name = DerivedNames.choose(after.name(), c.name(), "seq", NAME_BYTES, n -> taken.test(n) || chosen.contains(Names.key(n)));
            chosen.add(Names.key(name));
            out = withSerialSequence(out, c.name(), name);
        }
        return out;
    }

    /**
     * Whether PostgreSQL made a sequence for the column, named when it was made and kept through renames: a serial
     * column's ({@code OWNED BY}) or an identity column's (internal).
     */
    static boolean ownsSequence(Column column) {
        return column.identity() != Identity.NONE;
    }

    /** {@code <table>_<column>_seq}, cut to 63 bytes: the name of a serial column's sequence where it was free. */
    static String defaultSequence(String table, String column) {
        return DerivedNames.choose(table, column, "seq", NAME_BYTES, n -> false);
    }

    /** The name of the sequence behind a serial column: the table's option, else the default. */
    static String serialSequence(Table table, String column) {
        String named = table.options().get(Table.serialSequenceOption(column));
        return named != null ? named : defaultSequence(table.name(), column);
    }

    /** The table with its serial column's sequence named {@code sequence}: an option only where that is not the default. */
    static Table withSerialSequence(Table table, String column, String sequence) {
        Map<String, String> options = new TreeMap<>(table.options());
        if (sequence.equals(defaultSequence(table.name(), column))) options.remove(Table.serialSequenceOption(column));
        else options.put(Table.serialSequenceOption(column), sequence);
        return options.equals(table.options()) ? table : table.withOptions(options);
    }
}
