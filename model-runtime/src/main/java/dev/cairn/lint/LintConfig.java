package dev.cairn.lint;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a project lints: severities changed or rules switched off per rule id, the rule sets on (all when none is
 * named), and which migrations are linted: those after {@code baseVersion} (all when it is null), or all of them with
 * {@code all}. Every migration is replayed either way: the rules need the history.
 */
public record LintConfig(Map<String, Severity> severities, Set<String> off, Set<LintCategory> ruleSets, Long baseVersion, boolean all) {
    public LintConfig {
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
        ruleSets = ruleSets.isEmpty() ? EnumSet.allOf(LintCategory.class) : EnumSet.copyOf(ruleSets);
    }

    public static LintConfig defaults() {
        return new LintConfig(Map.of(), Set.of(), Set.of(), null, false);
    }

    /** A rule's level by its id: {@code off} or a {@link Severity}; an unknown rule id is refused. */
    public LintConfig withRule(String id, String level) {
        String rule = id.strip();
        if (LintRules.named(rule).isEmpty()) {
            throw new IllegalArgumentException("unknown lint rule '" + rule + "'; the rules are listed in docs/LINT.md");
        }
        Map<String, Severity> s = new HashMap<>(severities);
        Set<String> o = new HashSet<>(off);
        if (level.strip().equalsIgnoreCase("off")) {
            o.add(rule);
            s.remove(rule);
        } else {
            s.put(rule, Severity.named(level));
            o.remove(rule);
        }
        return new LintConfig(s, o, ruleSets, baseVersion, all);
    }

    /** {@code id=level,id=level}, as {@code -Ddb.lint.rules} writes them. */
    public LintConfig withRules(String list) {
        LintConfig c = this;
        if (list == null || list.isBlank()) return c;
        for (String part : list.split(",")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("expected rule=level in '" + part.strip() + "' (level: off, info, warning or error)");
            c = c.withRule(part.substring(0, eq), part.substring(eq + 1));
        }
        return c;
    }

    /** Only the named rule sets, a comma list ({@code locking,data-loss}); blank keeps them all. */
    public LintConfig withRuleSets(String list) {
        if (list == null || list.isBlank()) return this;
        Set<LintCategory> sets = EnumSet.noneOf(LintCategory.class);
        for (String part : list.split(",")) if (!part.isBlank()) sets.add(LintCategory.named(part));
        return new LintConfig(severities, off, sets, baseVersion, all);
    }

    public LintConfig withBaseVersion(Long version) {
        return new LintConfig(severities, off, ruleSets, version, all);
    }

    public LintConfig withAll(boolean allMigrations) {
        return new LintConfig(severities, off, ruleSets, baseVersion, allMigrations);
    }

    boolean enabled(LintRule rule) {
        return !off.contains(rule.id()) && ruleSets.contains(rule.category());
    }

    Severity severityOf(LintRule rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    boolean lints(long version) {
        return all || baseVersion == null || version > baseVersion;
    }
}
