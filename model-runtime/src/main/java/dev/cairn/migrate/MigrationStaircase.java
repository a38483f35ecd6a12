package dev.cairn.migrate;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.sql.CairnProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code db:test}: every migration's up and down tried on a scratch database that Cairn creates and removes, never on
 * the configured one. For each migration k in order: up(k), the live schema must equal the replay at k; down(k), it
 * must equal the replay at k-1; up(k) again, equal at k again (the staircase). A migration whose down cannot be derived
 * or written is applied and its down left untested, said so. A few generated rows are kept in every table
 * ({@link SeedRows}): after a down, the rows of the tables and columns the up kept must be those before the up, so a
 * down or a table rebuild that loses data fails as one that gets the schema wrong. The scratch database is a schema (PostgreSQL) or database
 * (MySQL, MariaDB) named {@code cairn_test_…} on the server of {@code db.devUrl} when set, else of the configured URL;
 * on SQLite a temporary file (or the new or empty file {@code db.devUrl} names).
 */
final class MigrationStaircase {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MigratorSettings settings;
    private final MigrationLog log;
    private final Engine engine;
    private final SeedRows seed;
    private final List<ReplayedMigration> replayed;

    /** @param rowsPerTable generated rows kept in every table, whose data each down must give back (0: the schema only) */
    MigrationStaircase(MigratorSettings settings, MigrationLog log, int rowsPerTable, List<ReplayedMigration> replayed) {
        this.replayed = replayed;
        this.settings = settings;
        this.log = log;
        this.engine = Engines.of(settings.dialect());
        this.seed = new SeedRows(engine, rowsPerTable, log);
    }

    StaircaseReport run() {
        long start = System.nanoTime();
        Scratch scratch = scratch();
        try {
            Migrator migrator = new Migrator(scratch.settings(), line -> { }, replayed); // the caller's replay, not a second one
            MigratorConnections connections = new MigratorConnections(scratch.settings(), engine);
            List<StaircaseReport.Step> steps = new ArrayList<>();
            log.info("Testing " + replayed.size() + " migrations up, down and up again on the scratch database " + scratch.shown());
            long previous = 0;
            for (ReplayedMigration m : replayed) {
                StaircaseReport.Step step = step(migrator, connections, m, previous);
                steps.add(step);
                log(step);
                if (step.outcome() == StaircaseReport.Outcome.FAILED) break;
                previous = m.version();
            }
            return new StaircaseReport(scratch.shown(), steps, (System.nanoTime() - start) / 1_000_000);
        } finally {
            scratch.remove();
        }
    }

    private StaircaseReport.Step step(Migrator migrator, MigratorConnections connections, ReplayedMigration m, long previous) {
        long start = System.nanoTime();
        String file = m.file().displayName();
        String phase = "up";
        try {
            Map<String, List<String>> rowsBefore = rows(connections, m);
            migrator.upgrade(m.version(), false);
            String drift = drift(migrator);
            if (drift != null) return failed(m, phase, drift, start);
            DownMigration down = new DownDerivation(settings.dialect()).of(m);
            if (!down.isReversible()) {
                seed(connections, m);
                return new StaircaseReport.Step(m.version(), file, StaircaseReport.Outcome.DOWN_NOT_TESTED, "no down: " + down.irreversible(), null,
                        millis(start));
            }
            phase = "down";
            migrator.downgrade(previous, false);
            drift = drift(migrator);
            if (drift != null) return failed(m, phase, drift, start);
            List<String> lost = SeedRows.differences(rowsBefore, rows(connections, m));
            if (!lost.isEmpty()) {
                return failed(m, phase, "the rows differ from those before the up (in the tables and columns the up kept):\n  " + String.join("\n  ", lost), start);
            }
            phase = "up again";
            migrator.upgrade(m.version(), false);
            drift = drift(migrator);
            if (drift != null) return failed(m, phase, drift, start);
            seed(connections, m);
            return new StaircaseReport.Step(m.version(), file, StaircaseReport.Outcome.PASSED, null, null, millis(start));
        } catch (CairnProblem e) {
            return failed(m, phase, e.getMessage(), start);
        } catch (SQLException e) {
            return failed(m, phase, "reading or writing the rows of the scratch database failed: " + settings.connection().mask(e.getMessage()), start);
        }
    }

    /** The rows of the tables before {@code m} that it keeps (see {@link SeedRows#snapshot}). */
    private Map<String, List<String>> rows(MigratorConnections connections, ReplayedMigration m) throws SQLException {
        if (!seed.enabled()) return Map.of();
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            return seed.snapshot(c, m.before(), m.after());
        }
    }

    /** Generated rows in every empty table of the schema after {@code m}. */
    private void seed(MigratorConnections connections, ReplayedMigration m) throws SQLException {
        if (!seed.enabled()) return;
        try (Connection c = connections.open()) {
            c.setAutoCommit(true);
            seed.fill(c, m.after());
        }
    }

    /** How the live schema differs from the replay at the version reached (expected vs live), or null. */
    private static String drift(Migrator migrator) {
        List<String> differences = migrator.liveDifferences();
        return differences.isEmpty() ? null : "the schema differs from the migrations' at this version (expected vs live):\n  "
                + String.join("\n  ", differences);
    }

    private static StaircaseReport.Step failed(ReplayedMigration m, String phase, String problem, long start) {
        return new StaircaseReport.Step(m.version(), m.file().displayName(), StaircaseReport.Outcome.FAILED, phase, problem, millis(start));
    }

    private void log(StaircaseReport.Step s) {
        String label = "Version " + s.version() + " (" + s.file() + ")";
        switch (s.outcome()) {
            case PASSED -> log.info(label + ": up, down, up again: the schema is the migrations' at each step (" + s.millis() + " ms)");
            case DOWN_NOT_TESTED -> log.warn(label + ": up passed; its down is not tested: " + s.phase());
            case FAILED -> log.warn(label + ": FAILED after its " + s.phase() + ":\n  " + s.problem().replace("\n", "\n  "));
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Where the staircase runs, and how it goes away. */
    private record Scratch(MigratorSettings settings, String shown, Runnable remover) {
        void remove() {
            remover.run();
        }
    }

    private Scratch scratch() {
        ConnectionSettings base = settings.devDatabase().configured() ? settings.devDatabase().connection() : settings.connection();
        ConnectionRules rules = engine.connections();
        if (rules.databaseFile(base.url()).isPresent() || base.url().startsWith("jdbc:sqlite:")) return sqliteScratch(base, rules);
        String namespace = "cairn_test_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
        ConnectionSettings server = new ConnectionSettings(base.url(), base.user(), base.password());
        MigratorSettings s = copy(server, namespace);
        return new Scratch(s, rules.namespaceNoun() + " " + namespace + " on " + server.shownUrl(), () -> {
            try (Connection c = server.open(rules.forChanges(Duration.ofSeconds(30)))) {
                c.setAutoCommit(true);
                rules.dropNamespace(c, namespace);
            } catch (SQLException e) {
                log.warn("The scratch " + rules.namespaceNoun() + " " + namespace + " could not be dropped: " + server.mask(e.getMessage()));
            }
        });
    }

    private Scratch sqliteScratch(ConnectionSettings base, ConnectionRules rules) {
        Path file;
        boolean own;
        if (settings.devDatabase().configured() && rules.databaseFile(base.url()).isPresent()) {
            file = rules.databaseFile(base.url()).get();
            if (Files.exists(file) && DevDatabase.size(file) > 0) {
                throw new MigrationProblem("The scratch database " + base.shownUrl() + " (db.devUrl) is not empty: name a new or empty SQLite file; "
                        + "db:test deletes it when done");
            }
            own = false;
        } else {
            try {
                file = Files.createTempFile("cairn-test-", ".db");
            } catch (IOException e) {
                throw new MigrationProblem("Cannot create a temporary SQLite file for db:test: " + e.getMessage(), e);
            }
            own = true;
        }
        MigratorSettings s = copy(new ConnectionSettings("jdbc:sqlite:" + file, null, null), null);
        Path f = file;
        return new Scratch(s, (own ? "temporary file " : "") + f, () -> {
            for (String suffix : new String[]{"", "-journal", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(f + suffix));
                } catch (IOException e) {
                    log.warn("The scratch SQLite file " + f + suffix + " could not be deleted: " + e.getMessage());
                }
            }
        });
    }

    /** The configured settings on the scratch connection: no backups, drift checked, one transaction per migration. */
    private MigratorSettings copy(ConnectionSettings connection, String namespace) {
        return new MigratorSettings(settings.dialect(), connection, settings.migrations(), settings.historyTable(), false, 1,
                settings.allowOutOfOrder(), settings.lockTimeout(), settings.appliedBy(), true, namespace, namespace != null,
                TransactionScope.MIGRATION, settings.devDatabase(), settings.lockLease());
    }
}
