package dev.cairn.lint;

import dev.cairn.dialect.Dialect;

import java.util.Set;

/**
 * One lint rule: its id (what a suppression and the configuration name), its default severity, its rule set, the
 * engines it applies to (by dialect id; none listed: every engine), a one-line summary and the paragraph the docs
 * show. A rule looks at one statement at a time ({@link #statement}) with the history replay gives it, or at a whole
 * migration ({@link #migration}).
 */
public abstract class LintRule {
    private final String id;
    private final Severity severity;
    private final LintCategory category;
    private final Set<String> engines;
    private final String summary;
    private final String explanation;

    protected LintRule(String id, Severity severity, LintCategory category, Set<String> engines, String summary, String explanation) {
        this.id = id;
        this.severity = severity;
        this.category = category;
        this.engines = Set.copyOf(engines);
        this.summary = summary;
        this.explanation = explanation;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public LintCategory category() {
        return category;
    }

    /** The dialect ids the rule applies to; empty for every engine. */
    public Set<String> engines() {
        return engines;
    }

    public String summary() {
        return summary;
    }

    public String explanation() {
        return explanation;
    }

    public boolean appliesTo(Dialect dialect) {
        return engines.isEmpty() || engines.contains(dialect.id());
    }

    /** Checks one statement of a migration being linted. */
    void statement(LintedStatement s, Findings out) {
    }

    /** Checks a migration being linted once all its statements were seen. */
    void migration(LintedMigration m, Findings out) {
    }

    @Override
    public String toString() {
        return id;
    }
}
