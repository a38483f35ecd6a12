package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.diff.DiffScript;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDiff;
import dev.cairn.sql.SqlStatement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Upgrades and downgrades a database with its migrations; the engine behind the {@code db:} goals and the runtime API.
 * A migration and its history row are applied in one transaction, by default one for the whole upgrade ({@link TransactionScope});
 * SQLite files are backed up first; a second migrator waits.
 */
public final class Migrator {
    private final MigratorSettings settings;
    private final MigrationLog log;
    private final Dialect dialect;
    private final Engine engine;
    private final HistoryTable history;
    private final StepwiseMigration stepwise;
    private final MigratorConnections connections;
    private final DriftCheck drift;
    private final CommitPoints commitPoints;
    private List<ReplayedMigration> replayed;
    private SchemaDigest digest;

    public Migrator(MigratorSettings settings, MigrationLog log) {
        this.settings = settings;
        this.log = log;
        this.dialect = settings.dialect();
        this.engine = Engines.of(dialect);
        this.history = new HistoryTable(engine, settings.historyTable());
        this.stepwise = new StepwiseMigration(engine, history, settings.connection(), log);
        this.connections = new MigratorConnections(settings, engine);
        this.drift = new DriftCheck(settings, history, this::replayed);
        this.commitPoints = new CommitPoints(settings.transactionScope(), engine.migration());
    }

    /** Sets up a migrator for an application: see {@link MigratorBuilder}. */
    public static MigratorBuilder configure() {
        return new MigratorBuilder();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The migrations replayed (once): a migration that does not replay stops every command. */
    public List<ReplayedMigration> replayed() {
        if (replayed == null) replayed = MigrationReplay.of(dialect, settings.migrations());
        return replayed;
    }

    public long headVersion() {
        List<ReplayedMigration> r = replayed();
        return r.isEmpty() ? 0 : r.get(r.size() - 1).version();
    }

    /** Applies pending migrations up to {@code target} (the head when null); returns the version reached. */
    public long upgrade(Long target, boolean dryRun) {
        if (dryRun) {
            replayed();
            return dryRunUpgrade(goal(target));
        }
        if (connections.createsFile()) goal(target); // a mistake in the files must not leave a new, empty SQLite file behind
        try (Connection c = connections.open()) {
            // versions and checksums come from the files as read; the replay waits until there is something to apply,
            // so the no-op run (every migration applied) costs a read of the files and of the history, not a replay
            List<AppliedMigration> applied = history.readForCheck(c);
            List<MigrationFile> files = settings.migrations(); // read meanwhile (see MigratorBuilder)
            long goal = goal(target);
            c.setAutoCommit(true);
            check(HistoryCheck.ofFiles(files, applied, settings.allowOutOfOrder()).problems());
            long current = currentVersion(applied);
            if (goal < current) {
                throw new MigrationProblem("The database is at version " + current + ", above the target " + goal + "; use db:downgrade to go down");
            }
            Set<Long> done = new HashSet<>();
            for (AppliedMigration a : applied) done.add(a.version());
            if (files.stream().noneMatch(m -> m.version() <= goal && !done.contains(m.version()) && (m.version() > current || settings.allowOutOfOrder()))) {
                log.info("Nothing to migrate.");
                log.info("Current database version: " + current);
                return current;
            }
            List<ReplayedMigration> all = replayed();
            connections.backUpBeforeChange(c, current, log);
            try (MigrationLock lock = MigrationLock.acquire(engine, c, history.name(), settings.lockTimeout())) {
                c.setAutoCommit(false);
                history.create(c);
                recoverIncomplete(c);
                List<AppliedMigration> now = history.read(c);
                // under the lock: the history and the live schema are read as one consistent state
                check(new HistoryCheck(all, now, settings.allowOutOfOrder()).problems());
                check(drift.problems(c, now));
                Set<Long> versions = versionsOf(now);
                List<ReplayedMigration> todo = pending(all, versions, goal);
                int uncommitted = 0;
                for (int k = 0; k < todo.size(); k++) {
                    ReplayedMigration m = todo.get(k);
                    boolean committed = apply(c, m, uncommitted);
                    uncommitted = committed ? 0 : uncommitted + 1;
                    versions.add(m.version());
                    // after a commit, another migrator may have committed before our next transaction (SQLite's write
                    // lock is per transaction): when the history holds more than this run wrote, plan again from it
                    if (committed && history.appliedCount(c) != versions.size()) {
                        versions = history.appliedVersions(c);
                        todo = pending(all, versions, goal);
                        k = -1;
                    }
                }
                c.commit();
                long reached = versions.stream().mapToLong(Long::longValue).max().orElse(0);
                if (uncommitted > 1) log.info("Committed " + uncommitted + " migrations in one transaction");
                log.info("Current database version: " + reached);
                return reached;
            } finally {
                MigratorConnections.rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    /**
     * Applies {@code m} in the open transaction, which already holds {@code uncommitted} migrations of this run;
     * returns whether it committed (see {@link CommitPoints}).
     */
    private boolean apply(Connection c, ReplayedMigration m, int uncommitted) throws SQLException {
        DownMigration down = new DownDerivation(dialect).of(m);
        log.info("Applying " + label(m) + " …");
        long start = System.nanoTime();
        if (StepwiseMigration.applies(engine, m)) {
            c.commit();
            c.setAutoCommit(true);
            try {
                stepwise.apply(c, m, historyRow(m, down, 0));
            } finally {
                c.setAutoCommit(false);
            }
            log.info("  applied " + label(m) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return true;
        }
        TableRebuild rebuild = engine.migration().beginRebuild(c, m.file().upSql()).orElse(null);
        boolean commit = rebuild != null || commitPoints.after(m);
        try {
            if (rebuild != null && history.read(c).stream().anyMatch(a -> a.version() == m.version())) return true; // another migrator did it
            StatementRunner.run(c, m.statements(), settings.connection());
            TableRebuilds.finish(rebuild, c);
            long ms = (System.nanoTime() - start) / 1_000_000;
            history.insert(c, historyRow(m, down, ms));
            if (commit) c.commit();
            log.info("  applied " + label(m) + " in " + ms + " ms");
            return commit;
        } catch (RuntimeException | SQLException e) {
            MigratorConnections.rollbackQuietly(c);
            int lost = rebuild != null ? 0 : uncommitted;
            log.warn(label(m) + " failed and was rolled back" + (lost == 0 ? "" : ", with the " + (lost == 1 ? "migration" : lost + " migrations")
                    + " this run applied before it in the same transaction") + "; later migrations were not run. The database is at version "
                    + committedVersion(c));
            throw e;
        } finally {
            TableRebuilds.restore(rebuild, c);
        }
    }

    /** After a rollback: the version the database is at, or a question mark when even that cannot be read. */
    private String committedVersion(Connection c) {
        try {
            return String.valueOf(history.exists(c) ? history.appliedVersions(c).stream().mapToLong(Long::longValue).max().orElse(0) : 0);
        } catch (SQLException e) {
            return "? (" + settings.connection().mask(e.getMessage()) + ")";
        }
    }

    private void recordAsApplied(Path folder, Path file) throws SQLException {
        String shown = settings.migrations().isEmpty() ? "" : prefixOf(settings.migrations().get(0));
        List<ReplayedMigration> all = MigrationReplay.of(dialect, MigrationDirectory.load(folder, shown));
        ReplayedMigration written = all.stream().filter(m -> m.file().displayName().endsWith(file.getFileName().toString()))
                .findFirst().orElseThrow(() -> new MigrationProblem("Cannot find the file just written: " + file));
        try (Connection c = connections.open(); MigrationLock lock = MigrationLock.acquire(engine, c, history.name(), settings.lockTimeout())) {
            c.setAutoCommit(false);
            history.create(c);
            history.insert(c, historyRow(written, new DownDerivation(dialect).of(written), 0));
            c.commit();
        }
        replayed = all;
        log.info("Recorded version " + written.version() + " as applied in this database, which already holds the change; "
                + "other databases get it with db:upgrade");
    }

    private static String prefixOf(MigrationFile f) {
        String name = f.displayName();
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash + 1);
    }

    private AppliedMigration historyRow(ReplayedMigration m, DownMigration down, long ms) {
        return historyRow(m, down, ms, settings.appliedBy());
    }

    private AppliedMigration historyRow(ReplayedMigration m, DownMigration down, long ms, String appliedBy) {
        return new AppliedMigration(m.version(), m.file().description(), m.file().displayName(), m.file().checksum(),
                down.isReversible() ? down.script() : null, down.irreversible(), now(), appliedBy, ms, schemaHash(m.after()));
    }

    /** Under the lock: a migration another migrator left running or partial (see {@link StepwiseMigration#recover}). */
    private void recoverIncomplete(Connection c) throws SQLException {
        List<IncompleteMigration> incomplete = history.incomplete(c);
        if (incomplete.isEmpty()) return;
        c.commit();
        c.setAutoCommit(true);
        try {
            for (IncompleteMigration row : incomplete) {
                stepwise.recover(c, row, replayed().stream().filter(m -> m.version() == row.version()).findFirst().orElse(null));
            }
        } finally {
            c.setAutoCommit(false);
        }
    }

    /** Reverts applied migrations down to {@code target} (one version below the current when null; 0 = empty). */
    public long downgrade(Long target, boolean dryRun) {
        return new Downgrade(settings, log, history, connections, this::replayedOrEmpty).run(target, dryRun);
    }

    private List<ReplayedMigration> replayedOrEmpty() {
        try {
            return replayed();
        } catch (RuntimeException e) {
            return List.of(); // the files may be broken; the stored downs still work
        }
    }

    /** Applied and pending migrations, checksum mismatches, irreversible ones. */
    public MigrationStatus status() {
        try (Connection c = connections.openReadOnly().orElse(null)) {
            List<AppliedMigration> applied = c == null ? List.of() : history.read(c);
            List<IncompleteMigration> incomplete = c == null ? List.of() : history.incomplete(c);
            return MigrationStatus.of(replayed(), applied, incomplete.stream().map(i -> i.problem()).toList());
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    /** Files against history (edited, missing, out of order), and every migration replays; a problem is an exception. */
    public void validate() {
        try (Connection c = connections.openReadOnly().orElse(null)) {
            List<AppliedMigration> applied = c == null ? List.of() : history.read(c);
            List<String> problems = new ArrayList<>(new HistoryCheck(replayed(), applied, settings.allowOutOfOrder()).problems());
            boolean filesMatch = problems.isEmpty();
            if (c != null) for (IncompleteMigration i : history.incomplete(c)) problems.add(i.problem());
            // with an applied file edited, the replayed schema is not what was applied: a drift report would only repeat it
            if (c != null && filesMatch) problems.addAll(drift.problems(c, applied));
            check(problems);
            log.info("Validated " + replayed().size() + " migrations against " + applied.size() + " applied; the database is at version "
                    + currentVersion(applied));
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    /** Puts an existing database under version control at {@code version}, once its live schema equals the replayed one. */
    public void baseline(long version) {
        List<ReplayedMigration> upTo = replayed().stream().filter(m -> m.version() <= version).toList();
        if (version != 0 && upTo.stream().noneMatch(m -> m.version() == version)) {
            throw new MigrationProblem("There is no migration with version " + version);
        }
        Schema expected = upTo.isEmpty() ? Schema.EMPTY : upTo.get(upTo.size() - 1).after();
        try (Connection c = connections.open(); MigrationLock lock = MigrationLock.acquire(engine, c, history.name(), settings.lockTimeout())) {
            // under the lock, as an upgrade: a migrator running meanwhile cannot interleave its rows with these
            c.setAutoCommit(false);
            if (!history.read(c).isEmpty() || !history.incomplete(c).isEmpty()) {
                throw new MigrationProblem("The database is under version control already (" + history.name() + " has rows)");
            }
            Schema live = Engines.of(dialect).introspector().introspect(c, IntrospectionOptions.excluding(history.name()));
            SchemaDiff diff = SchemaDiff.between(expected, live);
            if (!diff.isEmpty()) {
                throw new MigrationProblem("The database does not match the migrations at version " + version
                        + " (expected from the migrations vs the live database):\n  " + diff.toString().replace("\n", "\n  "));
            }
            history.create(c); // only now: on MySQL it commits by itself, and a refused baseline leaves nothing behind
            for (ReplayedMigration m : upTo) {
                history.insert(c, historyRow(m, new DownDerivation(dialect).of(m), 0, settings.appliedBy() + " (baseline)"));
            }
            c.commit();
            log.info("Baselined at version " + version + ": " + upTo.size() + " migrations recorded as applied");
            log.info("Current database version: " + version);
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    private long dryRunUpgrade(long goal) {
        try (Connection c = connections.openReadOnly().orElse(null)) {
            List<AppliedMigration> applied = c == null ? List.of() : history.read(c);
            check(new HistoryCheck(replayed(), applied, settings.allowOutOfOrder()).problems());
            long current = currentVersion(applied);
            if (goal < current) {
                throw new MigrationProblem("The database is at version " + current + ", above the target " + goal + "; use db:downgrade to go down");
            }
            List<ReplayedMigration> todo = pending(replayed(), applied, goal);
            if (todo.isEmpty()) log.info("Nothing to migrate.");
            for (ReplayedMigration m : todo) {
                log.info("-- up of " + m.file().displayName() + " (version " + m.version() + ")");
                for (SqlStatement s : m.statements()) log.info(s.sql().strip() + ";");
                DownMigration down = new DownDerivation(dialect).of(m);
                log.info("-- its down (" + (down.written() ? "written" : "derived") + "), stored in " + history.name() + ":");
                if (down.isReversible()) for (String line : down.script().split("\n")) log.info("--   " + line);
                else log.info("--   irreversible: " + down.irreversible());
            }
            log.info("Dry run: nothing was changed. The database stays at version " + current
                    + (todo.isEmpty() ? "" : "; upgrading would reach " + todo.get(todo.size() - 1).version()));
            return current;
        } catch (SQLException e) {
            throw connections.databaseError(e);
        }
    }

    /**
     * Writes what the live database has beyond the migrations at its applied version as the next migration file in
     * {@code folder}, and logs it for review; empty when they agree. Pending migrations must be applied first: the new
     * file comes after the head.
     */
    public Optional<Path> diff(Path folder, String name, NewMigration.Style style, java.time.Clock clock) {
        return diff(folder, name, style, clock, false);
    }

    /**
     * As {@link #diff(Path, String, NewMigration.Style, java.time.Clock)}; with {@code recordApplied} the new migration
     * is also recorded as applied in the database it was read from, which already holds the change (so that database
     * neither re-applies it nor reports drift).
     */
    public Optional<Path> diff(Path folder, String name, NewMigration.Style style, java.time.Clock clock, boolean recordApplied) {
        try (Connection c = connections.openReadOnly().orElse(null)) {
            if (c == null) throw new MigrationProblem("There is no database at " + settings.connection().shownUrl() + " to compare with the migrations");
            List<AppliedMigration> applied = history.read(c);
            check(new HistoryCheck(replayed(), applied, settings.allowOutOfOrder()).problems());
            long version = currentVersion(applied);
            if (!pending(replayed(), applied, headVersion()).isEmpty()) {
                throw new MigrationProblem("The database is at version " + version + " but the migrations go up to " + headVersion()
                        + "; run db:upgrade first (the new migration would come after them, but describes the database at version " + version + ")");
            }
            Schema expected = drift.expectedSchema(applied);
            Schema live = Engines.of(dialect).introspector().introspect(c, IntrospectionOptions.excluding(history.name()));
            DiffScript script = DiffScript.of(Engines.of(dialect).changeRenderer(), expected, SchemaDiffer.between(expected, live));
            if (script.isEmpty()) {
                log.info("The database equals its migrations at version " + version + "; there is no difference to write.");
                return Optional.empty();
            }
            String text = script.fileText("Written by db:diff: what the " + dialect.name().toLowerCase(java.util.Locale.ROOT) + " database has beyond the migrations at version "
                    + version + ".\nReview it before applying it" + (script.down() == null ? "." : "; the down part after -- migrate:down was written too, as a derived one would lose the rows of the rebuilt tables."));
            Path file = NewMigration.create(folder, name, style, clock, text);
            log.info("Wrote " + file + ":");
            for (String line : Files.readString(file).split("\n")) log.info("  " + line);
            if (recordApplied) recordAsApplied(folder, file);
            return Optional.of(file);
        } catch (SQLException e) {
            throw connections.databaseError(e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The version to upgrade to: {@code target}, which must be a migration's, or the newest migration's. */
    private long goal(Long target) {
        List<MigrationFile> files = settings.migrations();
        if (target != null && target != 0 && files.stream().noneMatch(m -> m.version() == target)) {
            throw new MigrationProblem("There is no migration with version " + target + "; the versions are "
                    + files.stream().map(MigrationFile::version).toList());
        }
        return target == null ? (files.isEmpty() ? 0 : files.get(files.size() - 1).version()) : target;
    }

    private void check(List<String> problems) {
        if (!problems.isEmpty()) throw new MigrationProblem("Validation failed:\n  " + String.join("\n  ", problems));
    }

    private List<ReplayedMigration> pending(List<ReplayedMigration> all, List<AppliedMigration> applied, long goal) {
        return pending(all, versionsOf(applied), goal);
    }

    private static Set<Long> versionsOf(List<AppliedMigration> applied) {
        Set<Long> versions = new HashSet<>();
        for (AppliedMigration a : applied) versions.add(a.version());
        return versions;
    }

    private List<ReplayedMigration> pending(List<ReplayedMigration> all, Set<Long> done, long goal) {
        long newest = done.stream().mapToLong(Long::longValue).max().orElse(0);
        List<ReplayedMigration> out = new ArrayList<>();
        for (ReplayedMigration m : all) {
            if (m.version() > goal) break;
            if (done.contains(m.version())) continue;
            if (m.version() < newest && !settings.allowOutOfOrder()) continue; // reported by the history check
            out.add(m);
        }
        return out;
    }

    static long currentVersion(List<AppliedMigration> applied) {
        return applied.stream().mapToLong(AppliedMigration::version).max().orElse(0);
    }

    private static String label(ReplayedMigration m) {
        return m.version() + " " + m.file().description() + " (" + m.file().displayName() + ")";
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The schema's hash for the history (see {@link SchemaDigest}). */
    String schemaHash(Schema schema) {
        if (digest == null) digest = new SchemaDigest(Engines.of(dialect).renderer()); // one per migrator: it digests each table version once
        return digest.of(schema);
    }
}
