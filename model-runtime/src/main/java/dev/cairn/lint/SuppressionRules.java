package dev.cairn.lint;

import java.util.List;
import java.util.Set;

/** The rules about {@code -- cairn:allow} comments themselves; the {@link Linter} reports them. */
final class SuppressionRules {
    static final LintRule WITHOUT_REASON = new Rule("suppression-without-reason", Severity.ERROR,
            "a -- cairn:allow comment without a reason",
            "A suppression must say why the rule does not apply: -- cairn:allow <rule> <reason>. One without a reason suppresses "
                    + "nothing and is reported itself, so that every exception in the migrations is explained to the next reader.");
    static final LintRule UNKNOWN_RULE = new Rule("suppression-unknown-rule", Severity.ERROR,
            "a -- cairn:allow comment naming no rule Cairn has",
            "The rule id of a suppression must be one of the rules in docs/LINT.md (a typo would otherwise suppress nothing, "
                    + "silently).");
    static final LintRule UNUSED = new Rule("unused-suppression", Severity.WARNING,
            "a -- cairn:allow comment whose rule found nothing on its statement",
            "A suppression covers the statement after it (or the one it stands in, or ends the line of). When that rule "
                    + "reports nothing there, the comment is stale or stands at the wrong place.");

    private SuppressionRules() {
    }

    static List<LintRule> all() {
        return List.of(WITHOUT_REASON, UNKNOWN_RULE, UNUSED);
    }

    private static final class Rule extends LintRule {
        Rule(String id, Severity severity, String summary, String explanation) {
            super(id, severity, LintCategory.SUPPRESSION, Set.of(), summary, explanation);
        }
    }
}
