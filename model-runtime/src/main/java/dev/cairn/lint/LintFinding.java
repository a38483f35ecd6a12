package dev.cairn.lint;

import dev.cairn.sql.SourcePosition;

/**
 * What a rule found: where (file:line:column), which rule at which severity, what is wrong and how to fix it, and the
 * version of the migration it is in.
 */
public record LintFinding(String rule, Severity severity, SourcePosition position, String message, String fix, long version) {

    /** {@code file:line:column: severity rule: message}, then the fix on its own line. */
    @Override
    public String toString() {
        return position + ": " + severity.id() + " " + rule + ": " + message + "\n    fix: " + fix;
    }
}
