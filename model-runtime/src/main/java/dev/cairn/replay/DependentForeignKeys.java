package dev.cairn.replay;

import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.Token;

import java.util.List;

/** Dropping a key or unique index that foreign keys depend on, where keys are indexes (PostgreSQL): refused, or the foreign keys go too (CASCADE). */
final class DependentForeignKeys {
    private DependentForeignKeys() {
    }

    /**
     * Refuses the drop of key {@code key} of {@code t} (named {@code what} in the message) at {@code at} if a foreign
     * key depends on it, as PostgreSQL does; with {@code cascade} drops those foreign keys instead.
     */
    static void drop(TokenCursor in, Schema.Builder schema, Changes changes, ReferencedKeys referencedKeys, Table t, String key,
                     String what, Token at, boolean cascade) {
        for (Table other : List.copyOf(schema.tables())) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (!Names.same(fk.referencedTable(), t.name())) continue;
                String serving = referencedKeys.serving(t, other.name(), fk);
                if (serving == null || !Names.same(serving, key)) continue;
                if (!cascade) {
                    throw in.problem(at, "foreign key " + fk.name() + " on table " + other.name() + " depends on " + what,
                            "drop that foreign key first, or add CASCADE");
                }
                Table current = schema.table(other.name()).orElseThrow();
                changes.altered(current, current.withForeignKeys(current.foreignKeys().stream().filter(f -> !f.equals(fk)).toList()));
            }
        }
    }
}
