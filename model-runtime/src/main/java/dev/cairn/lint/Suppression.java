package dev.cairn.lint;

import dev.cairn.sql.SourcePosition;

/**
 * A comment {@code -- cairn:allow <rule> <reason>} in a migration's up part: the rule's findings on the statement it
 * stands before or inside (or after, on the statement's last line) are not reported. The reason is required.
 *
 * @param statement the index of the statement it covers among the migration's statements, -1 for none after it
 */
record Suppression(String rule, String reason, SourcePosition position, int statement) {

    boolean hasReason() {
        return !reason.isBlank();
    }

    boolean covers(Findings.Raw finding) {
        return finding.rule().id().equals(rule) && (finding.statement() == statement || finding.statement() < 0);
    }
}
