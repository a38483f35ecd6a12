package dev.cairn.lint;

import java.util.List;
import java.util.Optional;

/**
 * What a lint run found, sorted by file position, with how many migrations it replayed and linted, the rules it
 * ran, and how many findings suppressions kept out.
 */
public record LintReport(List<LintFinding> findings, int migrationsReplayed, int migrationsLinted, List<LintRule> rules, int suppressed) {
    public LintReport {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    /** The findings at {@code level} or above. */
    public List<LintFinding> atLeast(Severity level) {
        return findings.stream().filter(f -> f.severity().atLeast(level)).toList();
    }

    public Optional<Severity> worst() {
        return findings.stream().map(LintFinding::severity).max(Enum::compareTo);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
