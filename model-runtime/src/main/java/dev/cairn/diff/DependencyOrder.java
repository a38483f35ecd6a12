package dev.cairn.diff;

import dev.cairn.dialect.SqlWords;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Orders tables so that a table comes after the tables its foreign keys reference, and views after the views they
 * read (self references ignored; on a cycle the smallest remaining name goes next).
 */
final class DependencyOrder {
    private DependencyOrder() {
    }

    static List<Table> tables(Collection<Table> tables) {
        return order(tables, Table::name, (t, other) -> {
            for (ForeignKey f : t.foreignKeys()) if (Names.same(f.referencedTable(), other.name())) return true;
            return false;
        });
    }

    static List<View> views(Collection<View> views) {
        return order(views, View::name, (v, other) -> SqlWords.mentions(v.definition(), other.name()));
    }

    private interface Name<T> {
        String of(T t);
    }

    private static <T> List<T> order(Collection<T> items, Name<T> name, BiPredicate<T, T> needs) {
        Map<String, T> remaining = new TreeMap<>();
        for (T t : items) remaining.put(Names.key(name.of(t)), t);
        List<T> out = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = null;
            for (var e : remaining.entrySet()) {
                boolean ready = remaining.values().stream()
                        .noneMatch(o -> o != e.getValue() && needs.test(e.getValue(), o));
                if (ready) {
                    next = e.getKey();
                    break;
                }
            }
            if (next == null) next = remaining.keySet().iterator().next();
            out.add(remaining.remove(next));
        }
        return out;
    }
}
