package dev.cairn.dialect;

import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an introspection leaves out: tables (and views) that belong to Cairn or the application rather than to the
 * migrated schema, such as the history table. Names compare case-insensitively.
 */
public record IntrospectionOptions(Set<String> excludedTables) {
    public static final IntrospectionOptions ALL = new IntrospectionOptions(Set.of());

    public IntrospectionOptions {
        TreeSet<String> keys = new TreeSet<>();
        if (excludedTables != null) for (String t : excludedTables) keys.add(Names.key(t));
        excludedTables = Set.copyOf(keys);
    }

    public static IntrospectionOptions excluding(String... tables) {
        return new IntrospectionOptions(Set.of(tables));
    }

    public boolean excludes(String tableOrViewName) {
        return excludedTables.contains(Names.key(tableOrViewName));
    }

    /** The schema without the excluded tables and views. */
    public Schema applyTo(Schema schema) {
        if (excludedTables.isEmpty()) return schema;
        Schema.Builder b = schema.toBuilder();
        for (String name : excludedTables) {
            b.removeTable(name);
            b.removeView(name);
        }
        return b.build();
    }
}
