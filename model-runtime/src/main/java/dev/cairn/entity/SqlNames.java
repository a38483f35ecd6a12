package dev.cairn.entity;

import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes identifiers the way the database's dialect needs them, and names a column as the statement being written
 * sees it: bare in a statement of one table, qualified by its table (or alias) where a join or a subquery brings in
 * others. The tables in scope are levels, the innermost (the subquery being written) first.
 */
public final class SqlNames {
    private final DdlRenderer renderer;
    private final List<List<Table>> levels;

    /** A table of a statement: its type and the name the statement gives it (an alias, or null for its own name). */
    private record Table(EntityType<?> type, String alias) {
    }

    SqlNames(Dialect dialect) {
        this(Engines.of(dialect).renderer(), List.of());
    }

    private SqlNames(DdlRenderer renderer, List<List<Table>> levels) {
        this.renderer = renderer;
        this.levels = levels;
    }

    /** The identifier quoted where the dialect needs it. */
    public String quote(String identifier) {
        return renderer.quote(identifier);
    }

    /**
     * The column as the statement names it: bare when its table is the only one of the innermost level, else
     * qualified by its table's alias or name, so that a subquery's names never capture the outer query's.
     */
    public String column(TypedColumn<?, ?> column) {
        for (int l = 0; l < levels.size(); l++) {
            List<Table> level = levels.get(l);
            for (Table t : level) {
                if (!t.type().columns().contains(column)) continue;
                if (l == 0 && level.size() == 1 && levels.size() == 1) return quote(column.name());
                return (t.alias() != null ? t.alias() : quote(t.type().table())) + "." + quote(column.name());
            }
        }
        return quote(column.name());
    }

    /**
     * A column of the enclosing query, named from inside a subquery (a correlation): always qualified, and looked up
     * past the innermost level, which may hold the same table under an alias.
     */
    String enclosing(TypedColumn<?, ?> column) {
        for (int l = 1; l < levels.size(); l++) {
            for (Table t : levels.get(l)) {
                if (t.type().columns().contains(column)) {
                    return (t.alias() != null ? t.alias() : quote(t.type().table())) + "." + quote(column.name());
                }
            }
        }
        throw new IllegalStateException("Column " + column.name() + " is not a column of an enclosing query");
    }

    /** The name a table of the innermost level goes by in the statement: its alias or its quoted name. */
    String table(EntityType<?> type) {
        if (!levels.isEmpty()) {
            for (Table t : levels.get(0)) if (t.type() == type) return t.alias() != null ? t.alias() : quote(type.table());
        }
        return quote(type.table());
    }

    /** {@code FROM}'s text for a table of the innermost level: its quoted name, and its alias if it has one. */
    String declaration(EntityType<?> type) {
        String alias = levels.isEmpty() ? null : levels.get(0).stream().filter(t -> t.type() == type).map(Table::alias)
                .filter(a -> a != null).findFirst().orElse(null);
        return quote(type.table()) + (alias == null ? "" : " " + alias);
    }

    /**
     * A new innermost level of these tables (a query and the tables it joins). The outermost level keeps the tables'
     * own names; an inner one aliases them {@code t1}, {@code t1_2}, … so that a table of the outer query named again
     * inside stays apart.
     */
    SqlNames enter(List<EntityType<?>> types) {
        int depth = levels.size();
        List<Table> level = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            level.add(new Table(types.get(i), depth == 0 ? null : "t" + depth + (i == 0 ? "" : "_" + (i + 1))));
        }
        List<List<Table>> all = new ArrayList<>(levels.size() + 1);
        all.add(List.copyOf(level));
        all.addAll(levels);
        return new SqlNames(renderer, List.copyOf(all));
    }
}
