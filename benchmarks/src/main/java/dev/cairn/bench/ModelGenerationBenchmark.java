package dev.cairn.bench;

import dev.cairn.codegen.GeneratorOptions;
import dev.cairn.codegen.ModelGeneration;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.migrate.ReplayedMigration;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long db:generate-models takes for a 500-table schema replayed from 1,000 migration files, in-process, through
 * {@link ModelGeneration} (what the mojo runs: load the files, check the fingerprint, replay, plan, render, write).
 * Baseline in the same run: loading and replaying the same migrations alone, which any goal does. See README.md.
 *
 * <p>A first run in a fresh JVM varies by ±15 % here with what else the machine does, so besides this JVM's own first
 * run, {@code bench.coldRuns} more fresh JVMs (same heap limit), started one after the other before this JVM does
 * anything else, each time one first run; their median is the cold figure.
 *
 * <p>System properties: {@code bench.dialect} (default sqlite), {@code bench.tables} (default 500; twice as many
 * migrations), {@code bench.runs} (default 7), {@code bench.warmups} (default 3), {@code bench.coldRuns} (default 5).
 */
public final class ModelGenerationBenchmark {
    private static final String PREFIX = "src/main/resources/db/migrations/";
    private static final double TARGET_GENERATE_SECONDS = 2.0;
    private static final double TARGET_RERUN_MILLIS = 100;

    public static void main(String[] args) throws Exception {
        Dialect dialect = Dialect.named(System.getProperty("bench.dialect", "sqlite"));
        int tables = Integer.getInteger("bench.tables", 500);
        int runs = Integer.getInteger("bench.runs", 7);
        int warmups = Integer.getInteger("bench.warmups", 3);
        int coldRuns = Integer.getInteger("bench.coldRuns", 5);

        Path work = Files.createTempDirectory("cairn-models-bench");
        try {
            Path migrations = work.resolve("migrations");
            MigrationCorpus.write(migrations, dialect, tables, 20261125L);
            ModelGeneration generation = new ModelGeneration(GeneratorOptions.defaults("com.example.model", dialect), "bench");
            System.out.printf(Locale.ROOT, "Cairn model generation benchmark: %s, %,d tables from %,d migration files, %d warm-up + %d "
                    + "measured runs (median), Java %s%n%n", dialect.id(), tables, 2 * tables, warmups, runs, System.getProperty("java.version"));

            // the fresh JVMs first, while this one is idle: after its own first run its JIT compilers stay busy for a while
            List<double[]> freshJvms = new ArrayList<>(); // {ms, CPU ms}
            for (int i = 0; i < coldRuns; i++) freshJvms.add(coldRunInFreshJvm(dialect, migrations, work.resolve("cold-" + i)));

            int[] counter = {0};
            ModelGeneration.Result[] last = new ModelGeneration.Result[1];
            Timing.Body generateFresh = () -> last[0] = generation.run(migrations, PREFIX, null, work.resolve("out-" + counter[0]++));
            long cpuBefore = processCpuNanos();
            Timing cold = Timing.once("generate, first run in this JVM (cold)", generateFresh);
            double coldCpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            int files = last[0].outcome().written().size();

            Timing replay = Timing.of("baseline: load + replay the migrations only", warmups, runs, () -> {
                List<ReplayedMigration> replayed = MigrationReplay.of(dialect, MigrationDirectory.load(migrations, PREFIX));
                if (replayed.get(replayed.size() - 1).after().tables().size() != tables) throw new IllegalStateException("replay");
            });
            Timing warm = Timing.of("generate into an empty folder (warm)", warmups, runs, generateFresh);

            Path kept = work.resolve("out-kept");
            generation.run(migrations, PREFIX, null, kept);
            Timing rerun = Timing.of("unchanged rerun (fingerprint: nothing to do)", warmups, runs, () -> {
                if (!generation.run(migrations, PREFIX, null, kept).upToDate()) throw new IllegalStateException("not up to date");
            });

            Files.writeString(migrations.resolve(String.format(Locale.ROOT, "%04d_one_more_column.sql", 2 * tables + 1)),
                    "ALTER TABLE tbl_00007 ADD COLUMN late_addition VARCHAR(20);\n");
            Timing oneChange = Timing.once("one migration added: regenerate (writes changed files only)",
                    () -> last[0] = generation.run(migrations, PREFIX, null, kept));
            ModelGeneration.Result changed = last[0];

            System.out.println("   " + cold + "   " + files + " files");
            System.out.printf(Locale.ROOT, "      (CPU time of the whole JVM meanwhile, JIT compiler and GC threads included: %,.0f ms on %d cores)%n",
                    coldCpuSeconds * 1000, Runtime.getRuntime().availableProcessors());
            double[] coldMillis = freshJvms.stream().mapToDouble(r -> r[0]).sorted().toArray();
            double coldMedian = coldMillis.length == 0 ? cold.medianMillis() : coldMillis[coldMillis.length / 2];
            if (coldMillis.length > 0) {
                System.out.printf(Locale.ROOT, "   %-62s median %,9.1f ms  (min %,.1f, max %,.1f; CPU %s ms)%n",
                        "first run in " + coldRuns + " more fresh JVMs (cold)", coldMedian, coldMillis[0], coldMillis[coldMillis.length - 1],
                        freshJvms.stream().map(r -> String.format(Locale.ROOT, "%,.0f", r[1])).toList());
            }
            for (Timing t : List.of(replay, warm, rerun)) System.out.println("   " + t);
            System.out.println("   " + oneChange + "   written " + changed.outcome().written().size() + ", unchanged "
                    + changed.outcome().unchanged().size());
            System.out.printf(Locale.ROOT, "   generate / load+replay = %.2f%n", warm.medianSeconds() / replay.medianSeconds());
            System.out.printf(Locale.ROOT, "%nTargets (issue 4): generate <= %.0f s: cold (median of fresh JVMs) %,.0f ms, warm %,.0f ms: %s; "
                            + "unchanged rerun <= %.0f ms: %,.1f ms: %s%n", TARGET_GENERATE_SECONDS, coldMedian, warm.medianMillis(),
                    coldMedian <= TARGET_GENERATE_SECONDS * 1000 && warm.medianSeconds() <= TARGET_GENERATE_SECONDS ? "met" : "NOT MET",
                    TARGET_RERUN_MILLIS, rerun.medianMillis(), rerun.medianMillis() <= TARGET_RERUN_MILLIS ? "met" : "NOT MET");
        } finally {
            deleteTree(work);
        }
    }

    /** One generation in a new JVM with this one's class path and heap limit: {milliseconds, CPU milliseconds of that JVM}. */
    private static double[] coldRunInFreshJvm(Dialect dialect, Path migrations, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long maxHeapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        Process p = new ProcessBuilder(java, "-Xmx" + maxHeapMb + "m", "-cp", System.getProperty("java.class.path"),
                ColdRun.class.getName(), dialect.id(), migrations.toString(), out.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !output.startsWith("cold ")) throw new IllegalStateException("cold run failed: " + output);
        String[] parts = output.trim().split(" ");
        return new double[]{Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    /** The child of {@link #coldRunInFreshJvm}: one generation, printed as {@code cold <ms> <CPU ms>}. */
    public static final class ColdRun {
        public static void main(String[] args) throws Exception {
            Dialect dialect = Dialect.named(args[0]);
            ModelGeneration generation = new ModelGeneration(GeneratorOptions.defaults("com.example.model", dialect), "bench");
            long cpu = processCpuNanos(), start = System.nanoTime();
            ModelGeneration.Result result = generation.run(Path.of(args[1]), PREFIX, null, Path.of(args[2]));
            double millis = (System.nanoTime() - start) / 1e6, cpuMillis = (processCpuNanos() - cpu) / 1e6;
            if (result.upToDate()) throw new IllegalStateException("the output folder was not empty");
            System.out.printf(Locale.ROOT, "cold %.1f %.1f%n", millis, cpuMillis);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
