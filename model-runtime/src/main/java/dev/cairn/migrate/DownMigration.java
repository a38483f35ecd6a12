package dev.cairn.migrate;

import dev.cairn.dialect.RebuildMarker;

import java.util.List;

/**
 * How to undo one migration: the statements (written in its {@code -- migrate:down} part, or derived from the model),
 * or, when it cannot be undone, why ({@code irreversible} names the file and statement).
 */
public record DownMigration(List<String> statements, boolean written, String irreversible, boolean rebuilds) {
    public DownMigration {
        statements = List.copyOf(statements);
    }

    public DownMigration(List<String> statements, boolean written, String irreversible) {
        this(statements, written, irreversible, false);
    }

    public boolean isReversible() {
        return irreversible == null;
    }

    /**
     * The statements as one script, each ended by {@code ;} and a newline (what the history row stores), opened by
     * {@link RebuildMarker} when they rebuild SQLite tables.
     */
    public String script() {
        StringBuilder b = new StringBuilder(rebuilds ? RebuildMarker.LINE + "\n" : "");
        for (String s : statements) b.append(s.strip()).append(s.strip().endsWith(";") ? "\n" : ";\n");
        return b.toString();
    }
}
