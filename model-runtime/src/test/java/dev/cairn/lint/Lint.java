package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;

import java.util.ArrayList;
import java.util.List;

/** Lints migration texts given inline: the k-th text is version k, file {@code V<k>.sql}. */
final class Lint {
    private Lint() {
    }

    static LintReport run(Dialect dialect, LintConfig config, String... files) {
        List<MigrationFile> migrations = new ArrayList<>();
        for (int k = 0; k < files.length; k++) migrations.add(MigrationFile.parse(k + 1, "m" + (k + 1), "V" + (k + 1) + ".sql", files[k]));
        return new Linter(dialect, config).lint(MigrationReplay.of(dialect, migrations));
    }

    static LintReport run(Dialect dialect, String... files) {
        return run(dialect, LintConfig.defaults(), files);
    }

    /** The findings of one rule. */
    static List<LintFinding> of(LintReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<String> rules(LintReport report) {
        return report.findings().stream().map(LintFinding::rule).toList();
    }
}
