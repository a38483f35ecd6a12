package dev.cairn.dialect;

import java.util.regex.Pattern;

/**
 * The comment line {@code -- cairn:rebuild} in a migration's up or down SQL: the SQL rebuilds SQLite tables (create
 * {@code new_x}, copy, drop {@code x}, rename). On SQLite the migrator then runs it with foreign-key enforcement off
 * (the drop would otherwise delete or cascade to referencing rows), checks the foreign keys before committing, and
 * re-creates the triggers the drop took with it. {@code db:diff} writes it; derived downs carry it when they rebuild.
 */
public final class RebuildMarker {
    public static final String LINE = "-- cairn:rebuild";
    private static final Pattern PATTERN = Pattern.compile("(?mi)^\\s*-- cairn:rebuild\\s*$");

    private RebuildMarker() {
    }

    public static boolean in(String sql) {
        return sql != null && PATTERN.matcher(sql).find();
    }
}
