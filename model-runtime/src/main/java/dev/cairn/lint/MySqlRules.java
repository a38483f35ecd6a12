package dev.cairn.lint;

import java.util.List;

/** MySQL and MariaDB changes that copy the table or block its writes. */
final class MySqlRules {
    private MySqlRules() {
    }

    static List<LintRule> all() {
        return List.of();
    }
}
