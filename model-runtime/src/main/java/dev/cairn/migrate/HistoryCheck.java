package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The migration files against the history: an applied migration edited since (both checksums shown), an applied
 * version whose file is gone, and a pending migration older than the newest applied one (out of order).
 */
final class HistoryCheck {
    private final List<ReplayedMigration> files;
    private final List<AppliedMigration> applied;
    private final boolean allowOutOfOrder;

    HistoryCheck(List<ReplayedMigration> files, List<AppliedMigration> applied, boolean allowOutOfOrder) {
        this.files = files;
        this.applied = applied;
        this.allowOutOfOrder = allowOutOfOrder;
    }

    List<String> problems() {
        Map<Long, ReplayedMigration> byVersion = new TreeMap<>();
        for (ReplayedMigration m : files) byVersion.put(m.version(), m);
        List<String> out = new ArrayList<>();
        long newest = Migrator.currentVersion(applied);
        for (AppliedMigration a : applied) {
            ReplayedMigration m = byVersion.get(a.version());
            if (m == null) {
                out.add("version " + a.version() + " (" + a.fileName() + ") is applied but its file is missing; restore the file");
            } else if (!m.file().checksum().equals(a.checksum())) {
                out.add(m.file().displayName() + " was edited after it was applied: checksum now " + m.file().checksum()
                        + ", when applied " + a.checksum() + "; undo the edit and put the change in a new migration");
            }
        }
        if (!allowOutOfOrder) {
            for (ReplayedMigration m : files) {
                if (m.version() < newest && applied.stream().noneMatch(a -> a.version() == m.version())) {
                    out.add(m.file().displayName() + " (version " + m.version() + ") is pending but older than the applied version " + newest
                            + "; give it a newer version, or allow out-of-order migrations (-Ddb.outOfOrder=true)");
                }
            }
        }
        return out;
    }
}
