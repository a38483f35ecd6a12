package dev.cairn.migrate;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the commands of one {@link Migrator} share: its settings and log, the engine, the history table, the
 * connections, the migrations replayed once, and the plan made from them and a reading of the history.
 */
final class MigratorContext {
    private final MigratorSettings settings;
    private final MigrationLog log;
    private final Engine engine;
    private final HistoryTable history;
    private final MigratorConnections connections;
    private final DriftCheck drift;
    private List<ReplayedMigration> replayed;
    private List<MigrationFile> replayedFiles;
    private Map<Long, ReplayedMigration> byVersion;
    private SchemaDigest digest;

    MigratorContext(MigratorSettings settings, MigrationLog log) {
        this.settings = settings;
        this.log = log;
        this.engine = Engines.of(settings.dialect());
        this.history = new HistoryTable(engine, settings.historyTable());
        this.connections = new MigratorConnections(settings, engine);
        this.drift = new DriftCheck(this);
    }

    MigratorSettings settings() {
        return settings;
    }

    MigrationLog log() {
        return log;
    }

    Engine engine() {
        return engine;
    }

    HistoryTable history() {
        return history;
    }

    MigratorConnections connections() {
        return connections;
    }

    DriftCheck drift() {
        return drift;
    }

    /** The migrations replayed (once): a migration that does not replay stops every command that needs them. */
    List<ReplayedMigration> replayed() {
        if (replayed == null) replaceReplayed(MigrationReplay.of(engine.dialect(), settings.migrations(), settings.devDatabase()));
        return replayed;
    }

    /** After {@code db:diff} wrote a migration: the migrations, that one included. */
    void replaceReplayed(List<ReplayedMigration> migrations) {
        replayed = migrations;
        replayedFiles = migrations.stream().map(ReplayedMigration::file).toList();
        byVersion = new HashMap<>();
        for (ReplayedMigration m : migrations) byVersion.put(m.version(), m);
    }

    /** The files of the {@link #replayed} migrations. */
    List<MigrationFile> replayedFiles() {
        replayed();
        return replayedFiles;
    }

    /** The replayed migration of a version; null when there is none. */
    ReplayedMigration replayed(long version) {
        replayed();
        return byVersion.get(version);
    }

    /** The plan from the replayed migrations and the history as {@code c} reads it (none: an empty history). */
    MigrationPlan plan(Connection c) throws SQLException {
        return plan(c, this::replayedFiles);
    }

    /** As {@link #plan(Connection)}, from these migrations (a downgrade's, which may be none: the stored downs do not need them). */
    MigrationPlan plan(Connection c, List<ReplayedMigration> migrations) throws SQLException {
        return plan(c, () -> migrations.stream().map(ReplayedMigration::file).toList());
    }

    private MigrationPlan plan(Connection c, Supplier<List<MigrationFile>> files) throws SQLException {
        List<AppliedMigration> applied = c == null ? List.of() : history.read(c);
        List<IncompleteMigration> incomplete = c == null ? List.of() : history.incomplete(c);
        return MigrationPlan.of(files.get(), applied, incomplete, settings.allowOutOfOrder());
    }

    /** Takes the migration lock on {@code c}, outside a transaction. */
    MigrationLock lock(Connection c) throws SQLException {
        return MigrationLock.acquire(this, c);
    }

    DownMigration downOf(ReplayedMigration m) {
        return new DownDerivation(engine.dialect()).of(m);
    }

    /** The script of the down part written in {@code file} (which has one), as a history row stores it. */
    String writtenDownScript(MigrationFile file) {
        return new DownDerivation(engine.dialect()).written(file).script();
    }

    /**
     * Stores the down parts written or changed in files after they were applied ({@link MigrationPlan#rewrittenDowns})
     * as their rows' downs, in the open transaction, saying so for each.
     */
    void storeRewrittenDowns(Connection c, MigrationPlan plan, Map<Long, String> downs) throws SQLException {
        for (Map.Entry<Long, String> d : downs.entrySet()) {
            history.updateDown(c, d.getKey(), d.getValue());
            AppliedMigration row = plan.applied().stream().filter(a -> a.version() == d.getKey()).findFirst().orElseThrow();
            log.info("Version " + d.getKey() + " (" + row.fileName() + "): its -- migrate:down part was " + (row.downSql() == null ? "written" : "changed")
                    + " after it was applied; stored it as the version's down in " + history.name());
        }
    }

    /** The history row of {@code m}, applied now by the settings' user. */
    AppliedMigration historyRow(ReplayedMigration m, DownMigration down, long ms) {
        return historyRow(m, down, ms, settings.appliedBy());
    }

    AppliedMigration historyRow(ReplayedMigration m, DownMigration down, long ms, String appliedBy) {
        return new AppliedMigration(m.version(), m.file().description(), m.file().displayName(), m.file().checksum(),
                down.isReversible() ? down.script() : null, down.irreversible(), now(), appliedBy, ms, schemaHash(m.after()));
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The schema's hash for the history (see {@link SchemaDigest}). */
    String schemaHash(Schema schema) {
        if (digest == null) digest = new SchemaDigest(engine.renderer()); // one per migrator: it digests each table version once
        return digest.of(schema);
    }

    /** Problems found: none, or one exception that lists them. */
    static void check(List<String> problems) {
        if (!problems.isEmpty()) throw new MigrationProblem("Validation failed:\n  " + String.join("\n  ", problems));
    }

    static String label(ReplayedMigration m) {
        return m.version() + " " + m.file().description() + " (" + m.file().displayName() + ")";
    }
}
