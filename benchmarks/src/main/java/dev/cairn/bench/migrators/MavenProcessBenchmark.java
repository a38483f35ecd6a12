package dev.cairn.bench.migrators;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn db:upgrade} against {@code mvn flyway:migrate} as whole processes (the repository's Maven Wrapper, a new
 * JVM each time) on one generated project holding the same N migrations in each tool's layout, on a fresh SQLite file
 * and then again with everything applied (the no-op run). Cairn's plugin is taken from the local repository, so
 * {@code ./mvnw install -DskipTests} must have run first. One warm-up round (online, so every plugin is in the local
 * repository) and then the measured rounds offline ({@code -o}), tools interleaved.
 *
 * <p>System properties: {@code bench.root} (the repository, for mvnw), {@code bench.sizes} (100,1000),
 * {@code bench.runs} (5), {@code bench.cairnVersion}, {@code bench.flywayVersion}, {@code bench.sqliteVersion},
 * {@code bench.work}.
 */
public final class MavenProcessBenchmark {
    private static final long SEED = 20261202L;

    public static void main(String[] args) throws Exception {
        Path root = Paths.get(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
        Path mvnw = root.resolve(File.separatorChar == '\\' ? "mvnw.cmd" : "mvnw");
        List<Integer> sizes = Arrays.stream(System.getProperty("bench.sizes", "100,1000").split(",")).map(String::trim).map(Integer::parseInt).toList();
        int runs = Integer.getInteger("bench.runs", 5);
        Path work = Paths.get(System.getProperty("bench.work", "target/bench-processes")).toAbsolutePath();
        MigratorsBenchmark.deleteTree(work);

        System.out.printf(Locale.ROOT, "Maven process benchmark: mvn db:upgrade (Cairn %s) vs mvn flyway:migrate (Flyway %s), SQLite, %s migrations; "
                        + "1 warm-up + %d measured rounds (median), offline, tools interleaved; load average at start %s%n%n",
                System.getProperty("bench.cairnVersion"), System.getProperty("bench.flywayVersion"), sizes, runs, MigratorsBenchmark.loadAverage());
        List<String> summary = new ArrayList<>();
        for (int n : sizes) {
            Path project = work.resolve("project-" + n);
            writeProject(project, MigrationCorpus.generate(n, SEED));
            Map<String, List<String>> goals = new LinkedHashMap<>();
            goals.put("mvn db:upgrade", List.of("db:upgrade"));
            goals.put("mvn flyway:migrate", List.of("flyway:migrate"));
            Map<String, String> dbFile = Map.of("mvn db:upgrade", "cairn.db", "mvn flyway:migrate", "flyway.db");
            Map<String, List<Double>> apply = new LinkedHashMap<>();
            Map<String, List<Double>> noop = new LinkedHashMap<>();
            goals.keySet().forEach(k -> {
                apply.put(k, new ArrayList<>());
                noop.put(k, new ArrayList<>());
            });
            String loadBefore = MigratorsBenchmark.loadAverage();
            for (int round = 0; round <= runs; round++) {
                boolean warmup = round == 0;
                for (var g : goals.entrySet()) {
                    Files.deleteIfExists(project.resolve(dbFile.get(g.getKey())));
                    double a = run(mvnw, project, g.getValue(), !warmup);
                    double o = run(mvnw, project, g.getValue(), !warmup);
                    if (!warmup) {
                        apply.get(g.getKey()).add(a);
                        noop.get(g.getKey()).add(o);
                    }
                }
            }
            String loadAfter = MigratorsBenchmark.loadAverage();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "-- N = %,d, SQLite, whole Maven processes (load average before %s, after %s)%n",
                    n, loadBefore, loadAfter));
            sb.append(String.format(Locale.ROOT, "   %-20s %12s %12s%n", "command", "fresh ms", "no-op ms"));
            for (String k : goals.keySet()) {
                sb.append(String.format(Locale.ROOT, "   %-20s %12.0f %12.0f   runs %s / %s%n", k, MigratorsBenchmark.median(apply.get(k)),
                        MigratorsBenchmark.median(noop.get(k)), rounded(apply.get(k)), rounded(noop.get(k))));
            }
            sb.append(String.format(Locale.ROOT, "   db:upgrade vs flyway:migrate: fresh %.2fx faster, no-op %.2fx faster%n",
                    MigratorsBenchmark.median(apply.get("mvn flyway:migrate")) / MigratorsBenchmark.median(apply.get("mvn db:upgrade")),
                    MigratorsBenchmark.median(noop.get("mvn flyway:migrate")) / MigratorsBenchmark.median(noop.get("mvn db:upgrade"))));
            System.out.println(sb);
            summary.add(sb.toString());
        }
        System.out.println("Summary (median ms of whole processes)");
        summary.forEach(System.out::println);
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList();
    }

    private static double run(Path mvnw, Path project, List<String> goals, boolean offline) throws Exception {
        List<String> command = new ArrayList<>(List.of(mvnw.toString(), "-B", "-q", "-f", project.resolve("pom.xml").toString()));
        if (offline) command.add("-o");
        command.addAll(goals);
        Path log = project.resolve("last-run.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (code != 0) throw new IllegalStateException(String.join(" ", command) + " failed (exit " + code + "):\n" + Files.readString(log));
        return ms;
    }

    /** One project, the same migrations for both plugins: Cairn's in db/migrations, Flyway's in its default db/migration. */
    static void writeProject(Path project, MigrationCorpus corpus) throws IOException {
        corpus.writeCairn(project.resolve("src/main/resources/db/migrations"));
        corpus.writeFlyway(project.resolve("src/main/resources/db/migration"));
        String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.cairn.bench</groupId>
                  <artifactId>process-benchmark</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <db.url>jdbc:sqlite:${project.basedir}/cairn.db</db.url>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.cairn</groupId>
                        <artifactId>db-maven-plugin</artifactId>
                        <version>CAIRN</version>
                      </plugin>
                      <plugin>
                        <groupId>org.flywaydb</groupId>
                        <artifactId>flyway-maven-plugin</artifactId>
                        <version>FLYWAY</version>
                        <configuration>
                          <url>jdbc:sqlite:${project.basedir}/flyway.db</url>
                          <locations>
                            <location>filesystem:src/main/resources/db/migration</location>
                          </locations>
                        </configuration>
                        <dependencies>
                          <dependency>
                            <groupId>org.xerial</groupId>
                            <artifactId>sqlite-jdbc</artifactId>
                            <version>SQLITE</version>
                          </dependency>
                        </dependencies>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.replace("CAIRN", System.getProperty("bench.cairnVersion", "0.1.0-SNAPSHOT"))
                .replace("FLYWAY", System.getProperty("bench.flywayVersion", "13.12.2"))
                .replace("SQLITE", System.getProperty("bench.sqliteVersion", "3.54.1.0"));
        Files.writeString(project.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
    }
}
