package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The migration files against the history: an applied migration edited since (both checksums shown), an applied
 * version whose file is gone, and a pending migration older than the newest applied one (out of order).
 */
final class HistoryCheck {
    private final List<MigrationFile> files;
    private final List<AppliedMigration> applied;
    private final boolean allowOutOfOrder;

    HistoryCheck(List<ReplayedMigration> replayed, List<AppliedMigration> applied, boolean allowOutOfOrder) {
        this(allowOutOfOrder, replayed.stream().map(ReplayedMigration::file).toList(), applied);
    }

    /** The files as read, not replayed: enough for this check, which looks only at versions and checksums. */
    static HistoryCheck ofFiles(List<MigrationFile> files, List<AppliedMigration> applied, boolean allowOutOfOrder) {
        return new HistoryCheck(allowOutOfOrder, files, applied);
    }

    private HistoryCheck(boolean allowOutOfOrder, List<MigrationFile> files, List<AppliedMigration> applied) {
        this.files = files;
        this.applied = applied;
        this.allowOutOfOrder = allowOutOfOrder;
    }

    List<String> problems() {
        Map<Long, MigrationFile> byVersion = new TreeMap<>();
        for (MigrationFile m : files) byVersion.put(m.version(), m);
        Set<Long> appliedVersions = new HashSet<>();
        for (AppliedMigration a : applied) appliedVersions.add(a.version());
        List<String> out = new ArrayList<>();
        long newest = Migrator.currentVersion(applied);
        for (AppliedMigration a : applied) {
            MigrationFile m = byVersion.get(a.version());
            if (m == null) {
                out.add("version " + a.version() + " (" + a.fileName() + ") is applied but its file is missing; restore the file");
            } else if (!m.checksum().equals(a.checksum())) {
                out.add(m.displayName() + " was edited after it was applied: checksum now " + m.checksum()
                        + ", when applied " + a.checksum() + "; undo the edit and put the change in a new migration");
            }
        }
        if (!allowOutOfOrder) {
            for (MigrationFile m : files) {
                if (m.version() < newest && !appliedVersions.contains(m.version())) {
                    out.add(m.displayName() + " (version " + m.version() + ") is pending but older than the applied version " + newest
                            + "; give it a newer version, or allow out-of-order migrations (-Ddb.outOfOrder=true)");
                }
            }
        }
        return out;
    }
}
