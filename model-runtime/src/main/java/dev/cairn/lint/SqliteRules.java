package dev.cairn.lint;

import java.util.List;

/** SQLite statements that rebuild an existing table. */
final class SqliteRules {
    private SqliteRules() {
    }

    static List<LintRule> all() {
        return List.of();
    }
}
