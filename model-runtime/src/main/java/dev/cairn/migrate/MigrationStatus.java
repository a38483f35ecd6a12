package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.List;

/** Where a database stands: its version, what is applied (when), what is pending, what cannot be reversed, what was edited. */
public record MigrationStatus(long currentVersion, List<AppliedMigration> applied, List<MigrationFile> pending,
                              List<String> problems) {

    static MigrationStatus of(List<ReplayedMigration> files, List<AppliedMigration> applied, List<String> incomplete) {
        List<MigrationFile> pending = new ArrayList<>();
        for (ReplayedMigration m : files) if (applied.stream().noneMatch(a -> a.version() == m.version())) pending.add(m.file());
        List<String> problems = new ArrayList<>(incomplete);
        problems.addAll(new HistoryCheck(files, applied, false).problems());
        return new MigrationStatus(Migrator.currentVersion(applied), applied, pending, problems);
    }

    /** The report, one line each. */
    public List<String> lines(Migrator migrator) {
        List<String> out = new ArrayList<>();
        out.add("Current database version: " + currentVersion);
        out.add("Applied (" + applied.size() + "):");
        for (AppliedMigration a : applied) {
            out.add(String.format("  %6d  %-40s %s  %s%s", a.version(), a.description(), a.appliedAt(), a.appliedBy(),
                    a.downSql() == null ? "  [irreversible]" : ""));
        }
        out.add("Pending (" + pending.size() + "):");
        List<ReplayedMigration> replayed = migrator.replayed();
        for (MigrationFile f : pending) {
            String irreversible = replayed.stream().filter(r -> r.version() == f.version()).findFirst()
                    .map(r -> new DownDerivation(migrator.dialect()).of(r).isReversible() ? "" : "  [irreversible: needs a -- migrate:down part]")
                    .orElse("");
            out.add(String.format("  %6d  %-40s %s%s", f.version(), f.description(), f.displayName(), irreversible));
        }
        if (!problems.isEmpty()) {
            out.add("Problems:");
            for (String p : problems) out.add("  " + p);
        }
        return out;
    }
}
