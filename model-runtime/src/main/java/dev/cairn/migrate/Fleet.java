package dev.cairn.migrate;

import dev.cairn.sql.CairnProblem;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One command over many databases of the same migrations: PostgreSQL schemas or MySQL/MariaDB databases of one server
 * (tenants), or SQLite files. The migrations are read and replayed once; the targets run in parallel up to a bound,
 * each under its own lock and transaction rules, as a migrator of its own; one target's failure does not stop the others
 * unless fail-fast is asked, and the report has every target's version before and after, its time and its error. A
 * second run goes on where the first stopped: each target is only brought from where it stands.
 */
public final class Fleet {
    private final MigratorSettings base;
    private final List<FleetTarget> targets;
    private final int parallel;
    private final boolean failFast;
    private final MigrationLog log;

    public Fleet(MigratorSettings base, List<FleetTarget> targets, int parallel, boolean failFast, MigrationLog log) {
        if (targets.isEmpty()) throw new MigrationProblem("The fleet has no targets: db.targets and db.targetsQuery matched nothing");
        this.base = base;
        this.targets = List.copyOf(targets);
        this.parallel = Math.max(1, Math.min(parallel, targets.size()));
        this.failFast = failFast;
        this.log = log;
    }

    public List<FleetTarget> targets() {
        return targets;
    }

    public FleetReport upgrade(Long target) {
        return run("upgrade", m -> m.upgrade(target, false));
    }

    public FleetReport downgrade(long target) {
        return run("downgrade", m -> m.downgrade(target, false));
    }

    public FleetReport validate() {
        return run("validate", Migrator::validate);
    }

    public FleetReport status() {
        return run("status", Migrator::status);
    }

    /** Runs {@code command} on a migrator of each target, {@code parallel} at a time; logs the summary table. */
    public FleetReport run(String command, Consumer<Migrator> action) {
        long start = System.nanoTime();
        List<ReplayedMigration> replayed = new Migrator(base, line -> { }).replayed(); // once, shared by every target
        log.info(command + " on " + targets.size() + " targets, " + parallel + " at a time");
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "cairn-fleet");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FleetReport.Result>> futures = new ArrayList<>();
            for (FleetTarget t : targets) futures.add(pool.submit(() -> runOne(t, replayed, action, stop)));
            List<FleetReport.Result> results = new ArrayList<>();
            for (int k = 0; k < futures.size(); k++) {
                try {
                    results.add(futures.get(k).get());
                } catch (ExecutionException e) {
                    results.add(new FleetReport.Result(targets.get(k).name(), -1, -1, 0, String.valueOf(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MigrationProblem("Interrupted while the fleet ran " + command, e);
                }
            }
            FleetReport report = new FleetReport(command, results, (System.nanoTime() - start) / 1_000_000);
            report.table().forEach(log::info);
            return report;
        } finally {
            pool.shutdownNow();
        }
    }

    private FleetReport.Result runOne(FleetTarget t, List<ReplayedMigration> replayed, Consumer<Migrator> action, AtomicBoolean stop) {
        if (stop.get()) return new FleetReport.Result(t.name(), -1, -1, 0, FleetReport.Result.NOT_RUN);
        long start = System.nanoTime();
        MigratorSettings s = settingsOf(t);
        MigrationLog prefixed = prefixed(t.name());
        long before = version(s, replayed);
        try {
            action.accept(new Migrator(s, prefixed, replayed));
            return new FleetReport.Result(t.name(), before, version(s, replayed), millis(start), null);
        } catch (CairnProblem | IllegalStateException e) {
            if (failFast) stop.set(true);
            prefixed.warn(e.getMessage());
            return new FleetReport.Result(t.name(), before, version(s, replayed), millis(start), e.getMessage());
        }
    }

    /** The target's version, read quietly; -1 when it cannot be read (the error is the command's to report). */
    private static long version(MigratorSettings s, List<ReplayedMigration> replayed) {
        try {
            return new Migrator(s, line -> { }, replayed).status().currentVersion();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private MigratorSettings settingsOf(FleetTarget t) {
        return new MigratorSettings(base.dialect(), t.connection(), base.migrations(), base.historyTable(), base.backup(), base.backupsKept(),
                base.allowOutOfOrder(), base.lockTimeout(), base.appliedBy(), base.driftCheck(), t.schema(), t.schema() != null && base.createSchema(),
                base.transactionScope(), base.devDatabase(), base.lockLease());
    }

    private MigrationLog prefixed(String name) {
        return new MigrationLog() {
            @Override
            public void info(String message) {
                log.info("[" + name + "] " + message);
            }

            @Override
            public void warn(String message) {
                log.warn("[" + name + "] " + message);
            }
        };
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The targets {@code patterns} and {@code query} name, in order, each once. On SQLite a pattern is a file or a glob
     * ({@code data/tenants/*.db}) relative to {@code folder}; on a server a schema or database name, where {@code *}
     * matches any run of characters among the server's schemas (information_schema.schemata). {@code query}, run on the
     * configured connection, returns the names in its first column (of schemas, or of SQLite files).
     */
    public static List<FleetTarget> resolve(MigratorSettings base, List<String> patterns, String query, Path folder) {
        Map<String, FleetTarget> out = new LinkedHashMap<>();
        boolean files = dev.cairn.dialect.engines.Engines.of(base.dialect()).connections().databaseFile(base.connection().url()).isPresent();
        List<String> names = new ArrayList<>();
        for (String p : patterns) if (p != null && !p.isBlank()) names.add(p.strip());
        if (query != null && !query.isBlank()) names.addAll(queried(base.connection(), query));
        for (String name : names) {
            if (files) {
                for (Path f : files(name, folder)) out.putIfAbsent(f.toString(), new FleetTarget(f.toString(), new ConnectionSettings("jdbc:sqlite:" + f, null, null), null));
            } else if (name.contains("*")) {
                for (String schema : queried(base.connection(), "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE '"
                        + name.replace("'", "''").replace("_", "\\_").replace("*", "%") + "' ORDER BY schema_name")) {
                    out.putIfAbsent(schema, new FleetTarget(schema, base.connection(), schema));
                }
            } else {
                out.putIfAbsent(name, new FleetTarget(name, base.connection(), name));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> queried(ConnectionSettings connection, String query) {
        List<String> out = new ArrayList<>();
        try (Connection c = connection.open(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw new MigrationProblem("The fleet's targets query failed on " + connection.shownUrl() + ": " + connection.mask(e.getMessage())
                    + "\n  query: " + query, e);
        }
        return out;
    }

    private static List<Path> files(String pattern, Path folder) {
        String path = pattern.startsWith("jdbc:sqlite:") ? pattern.substring("jdbc:sqlite:".length()) : pattern;
        if (!path.contains("*") && !path.contains("?")) return List.of(folder.resolve(path).normalize());
        int wildcard = Math.min(path.contains("*") ? path.indexOf('*') : path.length(), path.contains("?") ? path.indexOf('?') : path.length());
        int slash = path.lastIndexOf('/', wildcard);
        Path root = folder.resolve(slash < 0 ? "." : path.substring(0, slash)).normalize();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + folder.resolve(path).normalize());
        if (!Files.isDirectory(root)) return List.of();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(Path::normalize).filter(matcher::matches).sorted().toList();
        } catch (IOException e) {
            throw new MigrationProblem("Cannot list the SQLite files " + pattern + " in " + root + ": " + e.getMessage(), e);
        }
    }
}
