package dev.cairn.bench.migrators;

import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.TransactionScope;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Applying N generated migrations to a fresh database, and the no-op run with all N applied, by Cairn, Flyway,
 * Liquibase (formatted SQL changelog) and a raw-JDBC floor (the same statements, one history insert per migration, one
 * transaction each), on SQLite and PostgreSQL, in one run. Cairn's default is one transaction for the whole upgrade,
 * the others' one per migration, so each side also runs the other way: Cairn with a transaction per migration
 * ({@code db.transaction=migration}), Flyway with {@code group=true} (one transaction), and the floor in one
 * transaction; Liquibase has no such option. Rounds are interleaved (each round runs every tool once)
 * so a change in the machine's load falls on all tools alike; each figure is the median of the measured rounds after
 * the warm-up rounds.
 *
 * <p>System properties: {@code bench.sizes} (default 100,1000), {@code bench.databases} (sqlite,postgresql),
 * {@code bench.runs} (5), {@code bench.warmups} (1), {@code bench.tools}
 * (jdbc,jdbc-one-tx,cairn,cairn-tx-per-migration,flyway,flyway-group,liquibase),
 * {@code bench.pg} (jdbc:postgresql://127.0.0.1:5432/), {@code bench.pgUser} (postgres), {@code bench.work}.
 */
public final class MigratorsBenchmark {
    private static final long SEED = 20261202L;

    interface Tool {
        String name();

        /** The name {@code bench.tools} lists it by. */
        String id();

        /** Brings the database up to date with the corpus (applies all, or finds nothing to do). */
        void migrate(Db db, Folders folders) throws Exception;
    }

    record Folders(Path cairn, Path flyway, Path liquibaseDir, String liquibaseChangelog, MigrationCorpus corpus) {
    }

    record Db(String kind, String url, String user, String name) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "100,1000").split(",")).map(String::trim).map(Integer::parseInt).toList();
        List<String> databases = Arrays.stream(System.getProperty("bench.databases", "sqlite,postgresql").split(",")).map(String::trim).toList();
        Set<String> toolNames = Set.of(System.getProperty("bench.tools",
                "jdbc,jdbc-one-tx,cairn,cairn-tx-per-migration,flyway,flyway-group,liquibase").split(","));
        int runs = Integer.getInteger("bench.runs", 5);
        int warmups = Integer.getInteger("bench.warmups", 1);
        Path work = Paths.get(System.getProperty("bench.work", "target/bench-migrators")).toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);

        List<Tool> tools = new ArrayList<>();
        for (Tool t : List.of(new JdbcFloor(false), new JdbcFloor(true), new Cairn(TransactionScope.RUN), new Cairn(TransactionScope.MIGRATION),
                new FlywayTool(false), new FlywayTool(true), new LiquibaseTool())) {
            if (toolNames.contains(t.id())) tools.add(t);
        }

        System.out.printf(Locale.ROOT, "Migrators benchmark: %s migrations on %s; %d warm-up + %d measured rounds (median), rounds interleaved; "
                        + "Java %s; %d CPUs; load average at start %s%n%n", sizes, databases, warmups, runs, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());

        List<String> summary = new ArrayList<>();
        for (int n : sizes) {
            MigrationCorpus corpus = MigrationCorpus.generate(n, SEED);
            Path dir = work.resolve("n" + n);
            Folders folders = new Folders(corpus.writeCairn(dir.resolve("cairn")), corpus.writeFlyway(dir.resolve("flyway")), dir.resolve("liquibase"),
                    "changelog.sql", corpus);
            corpus.writeLiquibase(dir.resolve("liquibase").resolve("changelog.sql"));
            System.out.printf(Locale.ROOT, "== N = %,d migrations: %,d statements, %,d tables%n", n, corpus.statementCount(), corpus.tableCount());
            for (String database : databases) {
                String loadBefore = loadAverage();
                Map<String, List<Double>> apply = new LinkedHashMap<>();
                Map<String, List<Double>> noop = new LinkedHashMap<>();
                for (Tool t : tools) {
                    apply.put(t.name(), new ArrayList<>());
                    noop.put(t.name(), new ArrayList<>());
                }
                for (int round = 0; round < warmups + runs; round++) {
                    for (Tool t : tools) {
                        Db db = freshDatabase(database, work, t.name(), n, round);
                        try {
                            long t0 = System.nanoTime();
                            t.migrate(db, folders);
                            long t1 = System.nanoTime();
                            if (round == 0) checkApplied(db, corpus);
                            t.migrate(db, folders);
                            long t2 = System.nanoTime();
                            if (round >= warmups) {
                                apply.get(t.name()).add((t1 - t0) / 1e6);
                                noop.get(t.name()).add((t2 - t1) / 1e6);
                            }
                        } finally {
                            dropDatabase(db);
                        }
                    }
                }
                String loadAfter = loadAverage();
                summary.add(report(n, database, apply, noop, loadBefore, loadAfter));
            }
        }
        System.out.println("Summary (median ms; ratio = tool / raw JDBC floor; Cairn speed-up = other tool / Cairn)");
        summary.forEach(System.out::println);
    }

    private static String report(int n, String database, Map<String, List<Double>> apply, Map<String, List<Double>> noop, String loadBefore,
                                 String loadAfter) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "-- N = %,d, %s (load average before %s, after %s)%n", n, database, loadBefore, loadAfter));
        sb.append(String.format(Locale.ROOT, "   %-22s %10s %8s %10s %8s %s%n", "tool", "apply ms", "x floor", "no-op ms", "x floor", "apply runs (ms)"));
        double floorApply = median(apply.getOrDefault("raw JDBC floor", List.of()));
        double floorNoop = median(noop.getOrDefault("raw JDBC floor", List.of()));
        for (String tool : apply.keySet()) {
            double a = median(apply.get(tool));
            double o = median(noop.get(tool));
            sb.append(String.format(Locale.ROOT, "   %-22s %10.1f %8.2f %10.1f %8.2f %s%n", tool, a, a / floorApply, o, o / floorNoop,
                    apply.get(tool).stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList()));
        }
        for (String cairn : List.of(Cairn.DEFAULT, Cairn.PER_MIGRATION)) {
            if (!apply.containsKey(cairn)) continue;
            double ca = median(apply.get(cairn));
            double co = median(noop.get(cairn));
            for (String other : apply.keySet()) {
                if (other.startsWith("Cairn") || other.startsWith("raw JDBC")) continue;
                sb.append(String.format(Locale.ROOT, "   %-23s vs %-18s apply %5.2fx faster, no-op %5.2fx faster%n", cairn, other,
                        median(apply.get(other)) / ca, median(noop.get(other)) / co));
            }
        }
        System.out.print(sb);
        System.out.println();
        return sb.toString();
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    // ---- databases

    private static Db freshDatabase(String kind, Path work, String tool, int n, int round) throws Exception {
        String slug = tool.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (kind.equals("sqlite")) {
            Path file = work.resolve("db").resolve(slug + "_" + n + "_" + round + ".db");
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            return new Db(kind, "jdbc:sqlite:" + file, null, file.toString());
        }
        String server = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
        String user = System.getProperty("bench.pgUser", "postgres");
        String name = "cairn_bench_" + slug + "_" + n + "_" + round + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(server + "postgres", user, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        return new Db(kind, server + name, user, name);
    }

    private static void dropDatabase(Db db) throws Exception {
        if (db.kind().equals("sqlite")) {
            Files.deleteIfExists(Path.of(db.name()));
            return;
        }
        String server = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection c = DriverManager.getConnection(server + "postgres", db.user(), ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
        }
    }

    /** After the first apply of each tool: every table the corpus creates is there. */
    private static void checkApplied(Db db, MigrationCorpus corpus) throws SQLException {
        String sql = db.kind().equals("sqlite") ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name LIKE 't%'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 't%'";
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) != corpus.tableCount()) {
                throw new IllegalStateException(db.url() + ": expected " + corpus.tableCount() + " tables, found " + rs.getLong(1));
            }
        }
    }

    // ---- the tools

    static final class Cairn implements Tool {
        static final String DEFAULT = "Cairn";
        static final String PER_MIGRATION = "Cairn, tx per migration";
        private final TransactionScope scope;

        Cairn(TransactionScope scope) {
            this.scope = scope;
        }

        public String name() {
            return scope == TransactionScope.RUN ? DEFAULT : PER_MIGRATION;
        }

        public String id() {
            return scope == TransactionScope.RUN ? "cairn" : "cairn-tx-per-migration";
        }

        public void migrate(Db db, Folders folders) {
            Migrator.configure().url(db.url()).user(db.user()).migrationsIn(folders.cairn()).backups(false, 1).driftCheck(false)
                    .transactionScope(scope).log(m -> {
                    }).build().upgrade(null, false);
        }
    }

    static final class FlywayTool implements Tool {
        private final boolean group;

        FlywayTool(boolean group) {
            this.group = group;
        }

        public String name() {
            return group ? "Flyway, group=true" : "Flyway";
        }

        public String id() {
            return group ? "flyway-group" : "flyway";
        }

        public void migrate(Db db, Folders folders) {
            Flyway.configure().dataSource(db.url(), db.user(), "").locations("filesystem:" + folders.flyway()).group(group)
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
        }
    }

    static final class LiquibaseTool implements Tool {
        public String name() {
            return "Liquibase";
        }

        public String id() {
            return "liquibase";
        }

        public void migrate(Db db, Folders folders) throws Exception {
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            Scope.child(scope, () -> {
                try (Connection c = db.connect()) {
                    Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                    try (Liquibase liquibase = new Liquibase(folders.liquibaseChangelog(), new DirectoryResourceAccessor(folders.liquibaseDir()), database)) {
                        liquibase.update(new Contexts(), new LabelExpression());
                    }
                }
            });
        }
    }

    /**
     * The floor: what any migrator has to do at the least. Creates a history table, and per migration in one
     * transaction runs its statements and inserts one history row; the no-op run reads the applied versions. With
     * {@code oneTransaction}, the floor of a tool that applies everything in one transaction: a single commit at the end.
     */
    static final class JdbcFloor implements Tool {
        private final boolean oneTransaction;

        JdbcFloor(boolean oneTransaction) {
            this.oneTransaction = oneTransaction;
        }

        public String name() {
            return oneTransaction ? "raw JDBC, one tx" : "raw JDBC floor";
        }

        public String id() {
            return oneTransaction ? "jdbc-one-tx" : "jdbc";
        }

        public void migrate(Db db, Folders folders) throws Exception {
            List<MigrationCorpus.Migration> migrations = new ArrayList<>();
            for (Path p : listSql(folders.cairn())) {
                String name = p.getFileName().toString();
                int version = Integer.parseInt(name.substring(0, name.indexOf('_')));
                String text = Files.readString(p);
                List<String> statements = Arrays.stream(text.split(";\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
                migrations.add(new MigrationCorpus.Migration(version, name, statements));
            }
            try (Connection c = db.connect()) {
                long applied = 0;
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS floor_history (version BIGINT PRIMARY KEY, file_name VARCHAR(200) NOT NULL, "
                            + "checksum INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
                    try (ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM floor_history")) {
                        rs.next();
                        applied = rs.getLong(1);
                    }
                }
                c.setAutoCommit(false);
                for (MigrationCorpus.Migration m : migrations) {
                    if (m.version() <= applied) continue;
                    try (Statement s = c.createStatement()) {
                        for (String sql : m.statements()) s.execute(sql);
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO floor_history (version, file_name, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                        ps.setLong(1, m.version());
                        ps.setString(2, m.description());
                        ps.setInt(3, m.text().hashCode());
                        ps.setTimestamp(4, new Timestamp(System.currentTimeMillis()));
                        ps.executeUpdate();
                    }
                    if (!oneTransaction) c.commit();
                }
                c.commit();
            }
        }
    }

    static List<Path> listSql(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".sql")).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private static void quietLogging() {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.shouldSnapshotData", "false");
        System.setProperty("liquibase.command.showSummary", "OFF");
        System.setProperty("liquibase.command.showSummaryOutput", "LOG");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
