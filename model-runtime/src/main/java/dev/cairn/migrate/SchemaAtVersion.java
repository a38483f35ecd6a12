package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;

import java.util.List;

/** Replays migration files, in order, into the schema they describe at a version (the head when none is given). */
public final class SchemaAtVersion {
    private final Dialect dialect;
    private final DevDatabase dev;

    public SchemaAtVersion(Dialect dialect) {
        this(dialect, DevDatabase.NONE);
    }

    /** With a scratch database for DDL built at run time (see {@link DevDatabase}). */
    public SchemaAtVersion(Dialect dialect, DevDatabase dev) {
        this.dialect = dialect;
        this.dev = dev;
    }

    /** The schema and the version it stands at. */
    public record Result(long version, Schema schema) {
    }

    /**
     * @param target the version to stop at, or null for the head
     */
    public Result replay(List<MigrationFile> migrations, Long target) {
        if (target != null) MigrationVersions.known(migrations, target);
        List<MigrationFile> upTo = migrations.stream().filter(m -> target == null || m.version() <= target).toList();
        List<ReplayedMigration> replayed = MigrationReplay.of(dialect, upTo, dev);
        Schema schema = replayed.isEmpty() ? Schema.EMPTY : replayed.get(replayed.size() - 1).after();
        long version = replayed.isEmpty() ? 0 : replayed.get(replayed.size() - 1).version();
        return new Result(version, schema);
    }
}
