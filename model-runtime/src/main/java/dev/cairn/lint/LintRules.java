package dev.cairn.lint;

import dev.cairn.dialect.Dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Every lint rule Cairn has, in the order the docs list them; {@link #forDialect} is an engine's rule set. */
public final class LintRules {
    private static final List<LintRule> ALL = all();

    private LintRules() {
    }

    private static List<LintRule> all() {
        List<LintRule> out = new ArrayList<>();
        out.addAll(PostgresLockingRules.all());
        out.addAll(MySqlRules.all());
        out.addAll(SqliteRules.all());
        out.addAll(DataLossRules.all());
        out.addAll(CompatibilityRules.all());
        out.addAll(HygieneRules.all());
        out.addAll(SuppressionRules.all());
        return Collections.unmodifiableList(out);
    }

    public static List<LintRule> list() {
        return ALL;
    }

    public static Optional<LintRule> named(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules that apply to the engine. */
    public static List<LintRule> forDialect(Dialect dialect) {
        return ALL.stream().filter(r -> r.appliesTo(dialect)).toList();
    }
}
