package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a database stands: its version, what is applied (when), what is pending, which pending migrations cannot be
 * reversed (no down can be derived, with the reason: file:line of the statement and why), what was edited or left
 * incomplete; {@code migrations} is every migration with its state, by version.
 */
public record MigrationStatus(long currentVersion, List<AppliedMigration> applied, List<MigrationFile> pending,
                              List<String> problems, Map<Long, String> irreversibleReasons, List<MigrationState> migrations) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
        irreversibleReasons = Map.copyOf(irreversibleReasons);
        migrations = List.copyOf(migrations);
    }

    /** The pending migrations that cannot be reversed once applied. */
    public Set<Long> irreversiblePending() {
        return irreversibleReasons.keySet();
    }

    /** The report, one line each. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Current database version: " + currentVersion);
        out.add("Applied (" + applied.size() + "):");
        for (AppliedMigration a : applied) {
            out.add(String.format("  %6d  %-40s %s  %s%s", a.version(), a.description(), a.appliedAt(), a.appliedBy(),
                    a.downSql() == null ? "  [irreversible]" : ""));
        }
        out.add("Pending (" + pending.size() + "):");
        for (MigrationFile f : pending) {
            String reason = irreversibleReasons.get(f.version());
            out.add(String.format("  %6d  %-40s %s%s", f.version(), f.description(), f.displayName(), reason == null ? "" : "  [irreversible]"));
            if (reason != null) out.add("          irreversible once applied: " + reason);
        }
        if (!problems.isEmpty()) {
            out.add("Problems:");
            for (String p : problems) out.add("  " + p);
        }
        return out;
    }
}
