package dev.cairn.migrate;

import java.util.List;

/** The one check of a version a user asks for (a target, a baseline, a schema to write) against the migration files. */
public final class MigrationVersions {
    private MigrationVersions() {
    }

    /** {@code version}, which must be 0 (the empty database) or a migration's. */
    public static long known(List<MigrationFile> files, long version) {
        if (version != 0 && files.stream().noneMatch(m -> m.version() == version)) {
            throw new MigrationProblem("There is no migration with version " + version + "; the versions are "
                    + files.stream().map(MigrationFile::version).toList() + "; give one of them (or 0, the empty database)");
        }
        return version;
    }

    /** {@code target} as {@link #known}, or the newest migration's version when null (0 when there are none). */
    public static long orNewest(List<MigrationFile> files, Long target) {
        if (target != null) return known(files, target);
        return files.isEmpty() ? 0 : files.get(files.size() - 1).version();
    }
}
