package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DerivedNames;
import dev.cairn.schema.Table;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** SQLite's catalog reports no names for unnamed constraints. */
final class SqliteNaming implements ConstraintNaming {
    /** SQLite refuses an unnamed CREATE INDEX; Cairn names one as PostgreSQL would, cut to PostgreSQL's limit. */
    private static final int INDEX_NAME_BYTES = 63;

    @Override
    public String primaryKey(String table, String written, Predicate<String> taken) {
        return written;
    }

    @Override
    public String unique(String table, List<String> columns, Predicate<String> taken) {
        return null;
    }

    @Override
    public String index(String table, List<String> keyNames, Predicate<String> taken) {
        return DerivedNames.choose(table, String.join("_", keyNames), "idx", INDEX_NAME_BYTES, taken);
    }

    @Override
    public String foreignKey(Table table, List<String> columns, Predicate<String> taken) {
        return null;
    }

    @Override
    public String check(Table table, String column, Set<String> referenced, Predicate<String> taken) {
        return null;
    }

    @Override
    public Table afterTableRename(Table renamed, String oldName) {
        return renamed;
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
