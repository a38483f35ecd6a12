package dev.cairn.bench.codegen;

import dev.cairn.bench.migrators.MigrationCorpus;
import dev.cairn.codegen.GeneratedSources;
import dev.cairn.codegen.GeneratorOptions;
import dev.cairn.codegen.ModelGenerator;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationDirectory;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Property;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Model generation from the same migration files: Cairn's generator (replay the migrations, plan, write the entity
 * classes, as {@code db:generate-models} does) against jOOQ's code generator reading the files through its
 * {@code DDLDatabase} (which runs them on an in-memory H2 and reads its catalog). Both read the files from disk and
 * write their sources into an empty folder each run; in-process and warm, rounds interleaved, median.
 *
 * <p>System properties: {@code bench.tables} (200,500), {@code bench.runs} (5), {@code bench.warmups} (1),
 * {@code bench.work}, {@code bench.jooq} (false to run Cairn's side alone, for profiling).
 */
public final class JooqComparison {
    private static final long SEED = 20261202L;

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        List<Integer> tableCounts = Arrays.stream(System.getProperty("bench.tables", "200,500").split(",")).map(String::trim).map(Integer::parseInt).toList();
        int runs = Integer.getInteger("bench.runs", 5);
        int warmups = Integer.getInteger("bench.warmups", 1);
        boolean withJooq = Boolean.parseBoolean(System.getProperty("bench.jooq", "true")); // false: profile Cairn alone
        Path work = Paths.get(System.getProperty("bench.work", "target/bench-jooq")).toAbsolutePath();
        deleteTree(work);

        System.out.printf(Locale.ROOT, "Model generation: Cairn vs jOOQ %s DDLDatabase, %s tables; %d warm-up + %d measured rounds (median), "
                        + "Java %s, load average at start %s%n%n", org.jooq.Constants.FULL_VERSION, tableCounts, warmups, runs,
                System.getProperty("java.version"), load());
        List<String> summary = new ArrayList<>();
        for (int tables : tableCounts) {
            MigrationCorpus corpus = MigrationCorpus.withTables(tables, SEED);
            Path migrations = corpus.writeCairn(work.resolve("t" + tables).resolve("migrations"));
            List<Double> cairn = new ArrayList<>();
            List<Double> jooq = new ArrayList<>();
            int[] files = new int[2];
            String loadBefore = load();
            for (int round = 0; round < warmups + runs; round++) {
                Path cairnOut = work.resolve("t" + tables).resolve("cairn-" + round);
                long t0 = System.nanoTime();
                Map<String, String> sources = new ModelGenerator(GeneratorOptions.defaults("bench.cairn.model", Dialect.SQLITE))
                        .generate(MigrationDirectory.load(migrations, ""), null);
                GeneratedSources.write(cairnOut, sources);
                long t1 = System.nanoTime();
                Path jooqOut = work.resolve("t" + tables).resolve("jooq-" + round);
                if (withJooq) GenerationTool.generate(jooqConfiguration(migrations, jooqOut));
                long t2 = System.nanoTime();
                files[0] = countJava(cairnOut);
                files[1] = countJava(jooqOut);
                if (round >= warmups) {
                    cairn.add((t1 - t0) / 1e6);
                    jooq.add((t2 - t1) / 1e6);
                }
                deleteTree(cairnOut);
                deleteTree(jooqOut);
            }
            double c = median(cairn);
            double j = median(jooq);
            String line = String.format(Locale.ROOT, "-- %d tables (%,d migrations, %,d statements; load average before %s, after %s)%n"
                            + "   Cairn generate-models   %9.1f ms  (%d files)  runs %s%n"
                            + "   jOOQ DDLDatabase        %9.1f ms  (%d files)  runs %s%n"
                            + "   Cairn is %.2fx faster%n", tables, corpus.size(), corpus.statementCount(), loadBefore, load(),
                    c, files[0], rounded(cairn), j, files[1], rounded(jooq), j / c);
            System.out.println(line);
            summary.add(line);
        }
        System.out.println("Summary (median ms)");
        summary.forEach(System.out::println);
    }

    static Configuration jooqConfiguration(Path migrations, Path out) {
        return new Configuration()
                .withLogging(Logging.ERROR)
                .withGenerator(new Generator()
                        .withName("org.jooq.codegen.JavaGenerator")
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.extensions.ddl.DDLDatabase")
                                .withInputSchema("PUBLIC")
                                .withProperties(
                                        new Property().withKey("scripts").withValue(migrations.toString() + "/*.sql"),
                                        new Property().withKey("sort").withValue("semantic"),
                                        new Property().withKey("defaultNameCase").withValue("lower")))
                        .withTarget(new Target().withPackageName("bench.jooq.model").withDirectory(out.toString())));
    }

    private static int countJava(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return (int) s.filter(p -> p.toString().endsWith(".java")).count();
        }
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
