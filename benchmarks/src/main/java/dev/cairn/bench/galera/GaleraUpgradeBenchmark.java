package dev.cairn.bench.galera;

import dev.cairn.migrate.Migrator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An upgrade of N generated migrations (each a table with a primary key, an index and a few rows) on a fresh database,
 * on the single MariaDB server and on the 3-node Galera cluster of {@code .ci/galera} (started when it does not run),
 * in one run: rounds interleaved so the machine's load falls on both alike, the median of the measured rounds after a
 * warm-up, and the ratio cluster / single server. On the cluster Cairn takes the lease lock and checks the cluster's
 * rules first; every DDL statement runs in total order isolation and every commit is certified by all nodes.
 *
 * <p>System properties: {@code bench.migrations} (100), {@code bench.runs} (3), {@code bench.warmups} (1),
 * {@code bench.single} (jdbc:mariadb://127.0.0.1:3306/), {@code bench.cluster} (jdbc:mariadb://127.0.0.1:4306/).
 */
public final class GaleraUpgradeBenchmark {
    private GaleraUpgradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int migrations = Integer.getInteger("bench.migrations", 100);
        int runs = Integer.getInteger("bench.runs", 3);
        int warmups = Integer.getInteger("bench.warmups", 1);
        Map<String, String> servers = new LinkedHashMap<>();
        servers.put("single server", System.getProperty("bench.single", "jdbc:mariadb://127.0.0.1:3306/"));
        servers.put("Galera, 3 nodes", System.getProperty("bench.cluster", "jdbc:mariadb://127.0.0.1:4306/"));
        ensureCluster(servers.get("Galera, 3 nodes"));
        Path folder = Files.createTempDirectory("cairn-galera-bench");
        write(folder, migrations);

        Map<String, List<Long>> millis = new LinkedHashMap<>();
        servers.keySet().forEach(k -> millis.put(k, new ArrayList<>()));
        for (int round = 0; round < warmups + runs; round++) {
            for (Map.Entry<String, String> server : servers.entrySet()) {
                long ms = upgradeOnce(server.getValue(), folder, migrations, round);
                if (round >= warmups) millis.get(server.getKey()).add(ms);
            }
        }
        long single = median(millis.get("single server"));
        long cluster = median(millis.get("Galera, 3 nodes"));
        System.out.printf(Locale.ROOT, "Upgrade of %d migrations on a fresh database, median of %d runs (after %d warm-up):%n", migrations, runs, warmups);
        for (Map.Entry<String, List<Long>> e : millis.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-16s %6d ms  (%.1f ms per migration; runs %s)%n", e.getKey(), median(e.getValue()),
                    median(e.getValue()) / (double) migrations, e.getValue());
        }
        System.out.printf(Locale.ROOT, "  cluster / single server: %.2f×%n", cluster / (double) single);
    }

    private static void write(Path folder, int migrations) throws IOException {
        for (int k = 1; k <= migrations; k++) {
            String t = String.format(Locale.ROOT, "t%03d", k);
            Files.writeString(folder.resolve(String.format(Locale.ROOT, "%03d_%s.sql", k, t)),
                    "CREATE TABLE " + t + " (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL, created_at TIMESTAMP NULL);\n"
                            + "CREATE INDEX ix_" + t + "_name ON " + t + " (name);\n"
                            + "INSERT INTO " + t + " (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c');\n");
        }
    }

    private static long upgradeOnce(String serverUrl, Path folder, int migrations, int round) throws SQLException {
        String database = "cairn_bench_galera_" + round + "_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(serverUrl, "root", ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
            try {
                long start = System.nanoTime();
                long reached = Migrator.configure().url(serverUrl + database).user("root").password("").migrationsIn(folder)
                        .log(m -> { }).build().upgrade(null, false);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (reached != migrations) throw new IllegalStateException("reached " + reached + " on " + serverUrl);
                return ms;
            } finally {
                s.execute("DROP DATABASE " + database);
            }
        }
    }

    /** Starts the cluster with the repository's {@code .ci/galera} when nothing answers at {@code url}. */
    private static void ensureCluster(String url) throws Exception {
        try (Connection ignored = DriverManager.getConnection(url, "root", "")) {
            return;
        } catch (SQLException e) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path script = dir.resolve(".ci/galera");
                if (Files.isExecutable(script)) {
                    Process p = new ProcessBuilder(script.toString(), "start").inheritIO().start();
                    if (p.waitFor() != 0) throw new IllegalStateException(".ci/galera start failed");
                    return;
                }
            }
            throw new IllegalStateException("no Galera cluster at " + url + " and no .ci/galera to start one", e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
