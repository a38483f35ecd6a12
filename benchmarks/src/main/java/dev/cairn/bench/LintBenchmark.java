package dev.cairn.bench;

import dev.cairn.bench.migrators.MigrationCorpus;
import dev.cairn.dialect.Dialect;
import dev.cairn.lint.LintConfig;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.migrate.ReplayedMigration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * db:lint's cost, warm and in-process (issue 17: 1,000 migrations linted in under 1 s): the generated migrations of
 * {@link MigrationCorpus} (a table with a foreign key and an index, an added column, an index, a foreign-key column,
 * in turn; most later ones touch tables of earlier migrations, so the history-aware rules have work), replayed alone
 * and replayed then linted with every rule of the engine, run after run in turn (3 warm-ups, then the median of 7), so
 * that a machine whose load changes slows both alike. Prints each median, lint's own share, and the ratio of
 * replay + lint to replay alone.
 */
public final class LintBenchmark {
    private static final int WARMUPS = 3;
    private static final int RUNS = 7;

    private LintBenchmark() {
    }

    public static void main(String[] args) {
        int count = Integer.getInteger("bench.migrations", 1000);
        String dialects = System.getProperty("bench.dialects", "postgresql,sqlite,mariadb");
        List<MigrationFile> files = new ArrayList<>();
        for (MigrationCorpus.Migration m : MigrationCorpus.generate(count, 17).migrations()) {
            files.add(MigrationFile.parse(m.version(), m.description(), String.format(Locale.ROOT, "%04d_%s.sql", m.version(), m.fileSlug()), m.text()));
        }
        System.out.printf(Locale.ROOT, "LintBenchmark: %,d migrations (%,d statements), warm: %d warm-ups, median of %d, replay and replay + lint in turn%n",
                files.size(), files.stream().mapToInt(f -> f.upSql().split(";\n").length).sum(), WARMUPS, RUNS);
        for (String id : dialects.split(",")) run(Dialect.named(id.strip()), files);
    }

    private static void run(Dialect dialect, List<MigrationFile> files) {
        double[] replay = new double[RUNS], lint = new double[RUNS], both = new double[RUNS];
        LintReport report = null;
        for (int k = -WARMUPS; k < RUNS; k++) {
            long t0 = System.nanoTime();
            List<ReplayedMigration> alone = MigrationReplay.of(dialect, files);
            long t1 = System.nanoTime();
            List<ReplayedMigration> replayed = MigrationReplay.of(dialect, files);
            long t2 = System.nanoTime();
            report = new Linter(dialect, LintConfig.defaults()).lint(replayed);
            long t3 = System.nanoTime();
            if (alone.size() != replayed.size()) throw new IllegalStateException();
            if (k < 0) continue;
            replay[k] = (t1 - t0) / 1e9;
            lint[k] = (t3 - t2) / 1e9;
            both[k] = (t3 - t1) / 1e9;
        }
        double r = median(replay), l = median(lint), b = median(both);
        System.out.printf(Locale.ROOT, "%-10s replay alone %,8.1f ms | replay + lint %,8.1f ms (lint %,7.1f ms, %d rules, %,d findings) | "
                        + "(replay + lint) / replay %.2f | target < 1 s: %s%n", dialect.id(), r * 1000, b * 1000, l * 1000, report.rules().size(),
                report.findings().size(), b / r, b < 1 ? "met" : "NOT met");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
