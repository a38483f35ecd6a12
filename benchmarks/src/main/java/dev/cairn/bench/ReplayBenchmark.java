package dev.cairn.bench;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.feature.FeatureConfiguration;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How fast Cairn splits and replays CREATE TABLE statements, beside JSqlParser's bare parse rate on the same
 * statements, measured in the same run (so the ratio holds on any machine). Also checks that replaying the whole
 * corpus fits in a 256 MB heap, in a child JVM started with -Xmx256m. See README.md for the command.
 *
 * <p>System properties: {@code bench.dialects} (all, or a comma list), {@code bench.statements} (default 10000),
 * {@code bench.runs} (measured runs, default 7), {@code bench.warmups} (default 3).
 */
public final class ReplayBenchmark {
    private static final long SEED = 20261125L;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--heap-check")) {
            heapCheck(Dialect.named(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int count = Integer.getInteger("bench.statements", 10_000);
        int runs = Integer.getInteger("bench.runs", 7);
        int warmups = Integer.getInteger("bench.warmups", 3);
        List<Dialect> dialects = dialects(System.getProperty("bench.dialects", "all"));

        System.out.printf(Locale.ROOT, "Cairn replay benchmark: %,d CREATE TABLE statements per dialect, %d warm-up + %d measured runs (median), "
                + "Java %s, max heap %d MB%n%n", count, warmups, runs, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        List<String> summary = new ArrayList<>();
        for (Dialect dialect : dialects) summary.add(measure(dialect, count, runs, warmups));
        System.out.println("Summary (statements/second, warm median):");
        summary.forEach(System.out::println);
    }

    private static List<Dialect> dialects(String spec) {
        if (spec.isBlank() || spec.equals("all")) return List.of(Dialect.SQLITE, Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.MARIADB);
        return Arrays.stream(spec.split(",")).map(Dialect::named).toList();
    }

    private static String measure(Dialect dialect, int count, int runs, int warmups) throws Exception {
        CreateTableCorpus corpus = CreateTableCorpus.generate(dialect, count, SEED);
        String text = corpus.text();
        List<String> statements = corpus.statements();
        System.out.printf(Locale.ROOT, "== %s: %,d statements, %,d characters%n", dialect.id(), statements.size(), text.length());

        FeatureConfiguration configuration = new FeatureConfiguration();
        int[] rejected = new int[1];
        Body bareParse = () -> {
            rejected[0] = 0;
            for (String sql : statements) {
                try {
                    CCJSqlParser parser = CCJSqlParserUtil.newParser(sql).withConfiguration(configuration);
                    parser.Statement();
                } catch (Exception | Error e) {
                    rejected[0]++;
                }
            }
        };
        Body splitAndReplay = () -> {
            Schema schema = BenchReplay.replay(dialect, "bench.sql", text);
            if (schema.tables().size() != statements.size()) throw new IllegalStateException("replay gave " + schema.tables().size() + " tables");
        };
        // alternately, run by run: a machine whose load changes meanwhile slows both alike
        Measurement[] paired = Measurement.alternating("JSqlParser bare parse (one configuration reused)", bareParse,
                "Cairn split + replay", splitAndReplay, statements.size(), warmups, runs);
        Measurement parse = paired[0];
        Measurement replay = paired[1];
        if (rejected[0] > 0) System.out.printf(Locale.ROOT, "   (JSqlParser rejected %,d of the statements)%n", rejected[0]);

        // the convenient form starts an executor per call; measured once, on a tenth of the corpus, for reference
        List<String> sample = statements.subList(0, Math.max(1, statements.size() / 10));
        Measurement slow = Measurement.of("JSqlParser CCJSqlParserUtil.parse(String) per statement (reference)", sample.size(), 0, 1, () -> {
            for (String sql : sample) {
                try {
                    CCJSqlParserUtil.parse(sql);
                } catch (Exception e) {
                    // counted above
                }
            }
        });

        StatementSplitter splitter = new StatementSplitter(Engines.of(dialect).syntax());
        Measurement split = Measurement.of("Cairn split", statements.size(), warmups, runs, () -> {
            List<SqlStatement> result = splitter.split("bench.sql", text);
            if (result.size() != statements.size()) throw new IllegalStateException("split gave " + result.size() + " statements");
        });
        for (Measurement m : List.of(parse, slow, split, replay)) System.out.println("   " + m);
        double ratio = replay.perSecond() / parse.perSecond();
        System.out.printf(Locale.ROOT, "   split+replay / bare parse = %.2f (median of the runs' own ratios %.2f)   (target: replay >= 10,000 statements/s: %s)%n",
                ratio, Measurement.medianRatio(parse, replay), replay.perSecond() >= 10_000 ? "met" : "NOT MET");

        HeapResult heap = heapCheckInChildJvm(dialect, count);
        System.out.println("   " + heap);
        System.out.println();
        return String.format(Locale.ROOT, "  %-10s bare parse %,9.0f | split %,10.0f | split+replay %,9.0f | replay/parse %.2f (runs' own %.2f) | -Xmx256m %s",
                dialect.id(), parse.perSecond(), split.perSecond(), replay.perSecond(), ratio, Measurement.medianRatio(parse, replay), heap.brief());
    }

    // ------------------------------------------------------------------ heap check

    private record HeapResult(boolean ok, String detail) {
        String brief() {
            return ok ? "ok, " + detail : "FAILED";
        }

        @Override
        public String toString() {
            return "heap check, child JVM -Xmx256m: " + (ok ? "completed; " : "FAILED; ") + detail;
        }
    }

    private static HeapResult heapCheckInChildJvm(Dialect dialect, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ReplayBenchmark.class.getName(), "--heap-check", dialect.id(), String.valueOf(count));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) out.append(line).append('\n');
        }
        int exit = process.waitFor();
        return new HeapResult(exit == 0, out.toString().strip());
    }

    /** Runs in the child JVM: replays the corpus once and reports the peak heap use. */
    private static void heapCheck(Dialect dialect, int count) {
        String text = CreateTableCorpus.generate(dialect, count, SEED).text();
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long start = System.nanoTime();
        Schema schema = BenchReplay.replay(dialect, "bench.sql", text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        System.gc();
        long retained = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "%,d tables replayed in %,d ms (cold); peak heap used %,d MB (sum of pool peaks) of %,d MB max; "
                        + "heap in use after GC with the model alive %,d MB",
                schema.tables().size(), millis, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, retained >> 20);
        System.out.println();
    }

    // ------------------------------------------------------------------ timing

    private record Measurement(String name, int statements, double medianSeconds, double minSeconds, double maxSeconds, double[] runSeconds) {
        static Measurement of(String name, int statements, int warmups, int runs, Body body) throws Exception {
            for (int i = 0; i < warmups; i++) body.run();
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) seconds[i] = time(body);
            return of(name, statements, seconds);
        }

        /** {@code a} and {@code b} measured in turn, run by run (warm-ups too). */
        static Measurement[] alternating(String nameA, Body a, String nameB, Body b, int statements, int warmups, int runs) throws Exception {
            for (int i = 0; i < warmups; i++) {
                a.run();
                b.run();
            }
            double[] secondsA = new double[runs];
            double[] secondsB = new double[runs];
            for (int i = 0; i < runs; i++) {
                secondsA[i] = time(a);
                secondsB[i] = time(b);
            }
            return new Measurement[] {of(nameA, statements, secondsA), of(nameB, statements, secondsB)};
        }

        /** The median over the runs of {@code b}'s rate / {@code a}'s rate, each run against its neighbour. */
        static double medianRatio(Measurement a, Measurement b) {
            double[] ratios = new double[a.runSeconds.length];
            for (int i = 0; i < ratios.length; i++) ratios[i] = a.runSeconds[i] / b.runSeconds[i];
            Arrays.sort(ratios);
            return ratios[ratios.length / 2];
        }

        private static double time(Body body) throws Exception {
            long start = System.nanoTime();
            body.run();
            return (System.nanoTime() - start) / 1e9;
        }

        private static Measurement of(String name, int statements, double[] runSeconds) {
            double[] sorted = runSeconds.clone();
            Arrays.sort(sorted);
            return new Measurement(name, statements, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], runSeconds);
        }

        double perSecond() {
            return statements / medianSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-68s %,10.0f statements/s  (median %,.1f ms; min %,.1f, max %,.1f)",
                    name, perSecond(), medianSeconds * 1000, minSeconds * 1000, maxSeconds * 1000);
        }
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }
}
