package dev.cairn.lint;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code -- cairn:allow} comments, and what the configuration changes: severities, rules off, rule sets, the migrations linted. */
class SuppressionAndConfigTest {
    private static final String POSTS = "CREATE TABLE posts (id bigint PRIMARY KEY, title text);";
    private static final String INDEX = "CREATE INDEX posts_title ON posts (title);";

    @Test
    void aSuppressionWithAReasonCoversTheStatementAfterItOrOnItsLine() {
        LintReport above = Lint.run(Dialect.POSTGRESQL, POSTS, "-- cairn:allow pg-index-not-concurrent posts has 10 rows\n" + INDEX);
        assertEquals(List.of(), above.findings());
        assertEquals(1, above.suppressed());
        LintReport after = Lint.run(Dialect.POSTGRESQL, POSTS, INDEX + " -- cairn:allow pg-index-not-concurrent tiny table");
        assertEquals(List.of(), after.findings());
        LintReport other = Lint.run(Dialect.POSTGRESQL, POSTS, "-- cairn:allow pg-index-not-concurrent tiny\n" + INDEX + "\nCREATE INDEX p2 ON posts (id, title);");
        assertEquals(List.of("pg-index-not-concurrent"), Lint.rules(other), "only the statement it stands before");
        assertEquals("V2.sql:3:1", other.findings().get(0).position().toString());
    }

    @Test
    void aSuppressionWithoutAReasonSuppressesNothingAndIsReported() {
        LintReport r = Lint.run(Dialect.POSTGRESQL, POSTS, "\n-- cairn:allow pg-index-not-concurrent\n" + INDEX);
        assertEquals(List.of("suppression-without-reason", "pg-index-not-concurrent"), Lint.rules(r));
        assertEquals("V2.sql:2:1", r.findings().get(0).position().toString());
    }

    @Test
    void anUnknownRuleOrAnUnusedSuppressionIsReported() {
        assertEquals(List.of("suppression-unknown-rule", "pg-index-not-concurrent"),
                Lint.rules(Lint.run(Dialect.POSTGRESQL, POSTS, "-- cairn:allow pg-index-concurrent typo\n" + INDEX)));
        assertEquals(List.of("unused-suppression"),
                Lint.rules(Lint.run(Dialect.POSTGRESQL, POSTS, "-- cairn:allow drop-table not dropping anything\n" + INDEX
                        + " -- cairn:allow pg-index-not-concurrent tiny")));
    }

    @Test
    void severitiesRulesOffAndRuleSetsComeFromTheConfiguration() {
        LintConfig warn = LintConfig.defaults().withRules("pg-index-not-concurrent=warning");
        assertEquals(Severity.WARNING, Lint.run(Dialect.POSTGRESQL, warn, POSTS, INDEX).findings().get(0).severity());
        assertEquals(List.of(), Lint.run(Dialect.POSTGRESQL, LintConfig.defaults().withRules("pg-index-not-concurrent=off"), POSTS, INDEX).findings());
        assertEquals(List.of(), Lint.run(Dialect.POSTGRESQL, LintConfig.defaults().withRuleSets("data-loss,hygiene"), POSTS, INDEX).findings());
        assertEquals(1, Lint.run(Dialect.POSTGRESQL, LintConfig.defaults().withRuleSets("locking"), POSTS, INDEX).findings().size());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> LintConfig.defaults().withRules("no-such-rule=off"));
        assertTrue(unknown.getMessage().contains("no-such-rule"));
        assertThrows(IllegalArgumentException.class, () -> LintConfig.defaults().withRules("drop-table=fatal"));
        assertThrows(IllegalArgumentException.class, () -> LintConfig.defaults().withRuleSets("speed"));
    }

    @Test
    void onlyMigrationsAfterTheBaseVersionAreLintedButAllAreReplayed() {
        String[] files = {POSTS, INDEX, "CREATE INDEX p2 ON posts (id, title);"};
        LintReport newOnly = Lint.run(Dialect.POSTGRESQL, LintConfig.defaults().withBaseVersion(2L), files);
        assertEquals(1, newOnly.findings().size());
        assertEquals(3, newOnly.findings().get(0).version());
        assertEquals(3, newOnly.migrationsReplayed());
        assertEquals(1, newOnly.migrationsLinted());
        assertEquals(2, Lint.run(Dialect.POSTGRESQL, LintConfig.defaults().withBaseVersion(2L).withAll(true), files).findings().size());
    }
}
