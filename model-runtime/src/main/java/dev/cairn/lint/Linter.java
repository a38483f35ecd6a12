package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.migrate.DownDerivation;
import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lints replayed migrations: each rule of the engine's rule set that the configuration keeps looks at every statement
 * of the migrations being linted, knowing the schema before it and which migration created each table; then the
 * file's {@code -- cairn:allow} comments take out what they cover ({@link Suppression}), and each finding gets the
 * severity the configuration gives its rule.
 */
public final class Linter {
    private final Engine engine;
    private final LintConfig config;
    private final List<LintRule> rules;

    public Linter(Dialect dialect, LintConfig config) {
        this.engine = Engines.of(dialect);
        this.config = config;
        this.rules = LintRules.forDialect(dialect).stream().filter(config::enabled).toList();
    }

    public List<LintRule> rules() {
        return rules;
    }

    public LintReport lint(List<ReplayedMigration> migrations) {
        ConstraintValidation validation = new ConstraintValidation();
        DownDerivation downs = new DownDerivation(engine.dialect());
        List<LintFinding> findings = new ArrayList<>();
        int linted = 0, suppressed = 0;
        for (ReplayedMigration m : migrations) {
            boolean lints = config.lints(m.version());
            LintedMigration lm = new LintedMigration(m, engine, validation, downs);
            Findings found = new Findings();
            List<ReplayStep> steps = m.steps();
            for (int k = 0; k < steps.size(); k++) {
                LintedStatement s = new LintedStatement(lm, steps.get(k));
                lm.add(s);
                if (lints) {
                    found.at(k);
                    for (LintRule rule : rules) rule.statement(s, found);
                }
                ValidationTracking.follow(s, validation);
                for (SchemaChange c : s.changes()) lm.follow(c);
            }
            if (!lints) continue;
            linted++;
            found.at(-1);
            for (LintRule rule : rules) rule.migration(lm, found);
            suppressed += report(lm, found, findings);
        }
        findings.sort(Comparator.comparing((LintFinding f) -> f.position().file()).thenComparingInt(f -> f.position().line())
                .thenComparingInt(f -> f.position().column()));
        return new LintReport(findings, migrations.size(), linted, rules, suppressed);
    }

    /** Adds the migration's findings its suppressions leave, and the suppressions' own; returns how many were suppressed. */
    private int report(LintedMigration m, Findings found, List<LintFinding> out) {
        List<SqlStatement> statements = m.replayed().statements();
        List<Suppression> suppressions = Suppressions.of(m.file(), engine.syntax(), statements);
        Set<Suppression> used = new HashSet<>();
        int suppressed = 0;
        for (Findings.Raw raw : found.list()) {
            Suppression by = null;
            for (Suppression s : suppressions) {
                if (s.hasReason() && s.covers(raw)) by = s;
            }
            if (by != null) {
                used.add(by);
                suppressed++;
                continue;
            }
            out.add(new LintFinding(raw.rule().id(), config.severityOf(raw.rule()), raw.position(), raw.message(), raw.fix(), m.replayed().version()));
        }
        for (Suppression s : suppressions) {
            LintRule problem = null;
            String message = null, fix = null;
            if (s.rule().isEmpty() || !s.hasReason() && LintRules.named(s.rule()).isPresent()) {
                problem = SuppressionRules.WITHOUT_REASON;
                message = s.rule().isEmpty() ? "-- cairn:allow names no rule and gives no reason" : "-- cairn:allow " + s.rule() + " gives no reason";
                fix = "write -- cairn:allow <rule> <why the rule does not apply here>";
            } else if (LintRules.named(s.rule()).isEmpty()) {
                problem = SuppressionRules.UNKNOWN_RULE;
                message = "-- cairn:allow names " + s.rule() + ", which is no lint rule";
                fix = "use a rule id as the findings print it (docs/LINT.md lists them)";
            } else if (!used.contains(s) && rules.stream().anyMatch(r -> r.id().equals(s.rule()))) {
                problem = SuppressionRules.UNUSED;
                message = "-- cairn:allow " + s.rule() + " suppresses nothing: the rule found nothing on the statement it covers";
                fix = "remove the comment, or move it right above the statement it is meant for";
            }
            if (problem == null || !config.enabled(problem)) continue;
            out.add(new LintFinding(problem.id(), config.severityOf(problem), s.position(), message, fix, m.replayed().version()));
        }
        return suppressed;
    }
}
