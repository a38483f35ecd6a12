package dev.cairn.replay;

import dev.cairn.schema.Deferral;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unique key of the referenced table a foreign key depends on, where keys are indexes foreign keys depend on
 * (PostgreSQL, {@link dev.cairn.dialect.KeyRules#keyConstraintsOwnIndexes}). PostgreSQL checks a foreign key with one
 * unique index of the referenced table and records its dependency on that index only ({@code pg_constraint.conindid},
 * a {@code pg_depend} row; {@code transformFkeyCheckAttrs} in its tablecmds.c): the primary key's where the foreign key
 * names no referenced columns, else the oldest index (lowest OID) whose key columns are exactly the referenced ones in
 * any order, a primary key, unique constraint or unique index that is not deferrable, not partial and has no
 * expression. Dropping that key needs CASCADE, which drops the foreign key too; dropping another key on the same
 * columns leaves the foreign key alone.
 * <p>
 * The model holds neither the order the keys were made in nor whether a foreign key named its referenced columns, so
 * this remembers both: CREATE TABLE makes its primary key first, then its unique keys as written; ALTER TABLE makes
 * them in the order of its actions. One instance lives as long as its {@link Replayer}, one migration after another. A
 * key it never saw made (in a schema replay did not build) counts as older than those it saw, the primary key first,
 * then unique constraints, then unique indexes, each by name, the order db:schema writes them in.
 */
final class ReferencedKeys {
    private final Map<String, Long> made = new HashMap<>();
    private final Set<String> onPrimaryKey = new HashSet<>();
    private long next;

    /** Keys {@code names} of {@code table} were made now, in this order. */
    void made(String table, List<String> names) {
        for (String n : names) made.put(key(table, n), next++);
    }

    /** Foreign key {@code foreignKey} of {@code table} was made naming no referenced columns (it is checked with the primary key), or not. */
    void made(String table, String foreignKey, boolean namesNoColumns) {
        if (namesNoColumns) onPrimaryKey.add(key(table, foreignKey));
        else onPrimaryKey.remove(key(table, foreignKey));
    }

    /** The foreign key was made again from its definition, which names its referenced columns (PostgreSQL's ALTER COLUMN … TYPE). */
    void remade(String table, String foreignKey) {
        onPrimaryKey.remove(key(table, foreignKey));
    }

    void renameTable(String from, String to) {
        String prefix = Names.key(from) + "\u0000";
        for (String k : List.copyOf(made.keySet())) {
            if (k.startsWith(prefix)) made.put(Names.key(to) + "\u0000" + k.substring(prefix.length()), made.remove(k));
        }
        for (String k : List.copyOf(onPrimaryKey)) {
            if (k.startsWith(prefix) && onPrimaryKey.remove(k)) onPrimaryKey.add(Names.key(to) + "\u0000" + k.substring(prefix.length()));
        }
    }

    /** A key or a foreign key of {@code table} renamed. */
    void renameConstraint(String table, String from, String to) {
        Long age = made.remove(key(table, from));
        if (age != null) made.put(key(table, to), age);
        if (onPrimaryKey.remove(key(table, from))) onPrimaryKey.add(key(table, to));
    }

    /** Forgets the tables {@code start} does not hold: a replay from another schema than the last one returned. */
    void keepTablesOf(Schema start) {
        if (made.isEmpty() && onPrimaryKey.isEmpty()) return;
        made.keySet().removeIf(k -> start.table(k.substring(0, k.indexOf('\u0000'))).isEmpty());
        onPrimaryKey.removeIf(k -> start.table(k.substring(0, k.indexOf('\u0000'))).isEmpty());
    }

    /**
     * The name of the key of {@code referenced} that {@code fk}, a foreign key of table {@code table}, depends on (as
     * the model holds it now, not yet dropped); null if no key serves it.
     */
    String serving(Table referenced, String table, ForeignKey fk) {
        if (onPrimaryKey.contains(key(table, fk.name())) && referenced.primaryKey() != null
                && sameSet(referenced.primaryKey().columns(), fk.referencedColumns())) {
            return referenced.primaryKey().name();
        }
        List<String> candidates = candidates(referenced, fk.referencedColumns());
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** The keys of {@code t} a foreign key to exactly these columns can be checked with, oldest first. */
    List<String> candidates(Table t, List<String> columns) {
        List<String> out = new ArrayList<>(); // in db:schema's order: the order of keys never seen made
        if (t.primaryKey() != null && t.primaryKey().deferral() == Deferral.NOT_DEFERRABLE && sameSet(t.primaryKey().columns(), columns)) {
            out.add(t.primaryKey().name());
        }
        for (UniqueConstraint u : t.uniqueConstraints()) {
            if (u.deferral() == Deferral.NOT_DEFERRABLE && sameSet(u.columns(), columns)) out.add(u.name());
        }
        for (Index i : t.indexes()) {
            if (i.unique() && i.where() == null && i.keys().stream().allMatch(IndexKey::isWholeColumn) && sameSet(i.columnNames(), columns)) {
                out.add(i.name());
            }
        }
        out.sort(Comparator.comparingLong(n -> made.getOrDefault(key(t.name(), n), -1L))); // stable: the unseen keep their order
        return out;
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        Set<String> keys = keys(a);
        return keys.size() == a.size() && keys.equals(keys(b));
    }

    private static Set<String> keys(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) out.add(Names.key(n));
        return out;
    }

    private static String key(String table, String name) {
        return Names.key(table) + "\u0000" + Names.key(name);
    }
}
