package dev.cairn.dialect.postgres;

import dev.cairn.dialect.Dialect;
import dev.cairn.lint.LintConfig;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.testdb.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * db:lint over every replay fixture of the engine, as the first migration: every rule reads whatever replay accepts
 * without failing, and a fixture's own tables, created in the same migration, never trip a rule about existing tables.
 */
class PostgresLintFixturesTest {

    static List<Fixture> fixtures() {
        return PostgresFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void lintReadsEveryFixture(Fixture fixture) {
        MigrationFile only = MigrationFile.parse(1, "fixture", "V1.sql", fixture.script());
        LintReport report = new Linter(Dialect.POSTGRESQL, LintConfig.defaults()).lint(MigrationReplay.of(Dialect.POSTGRESQL, List.of(only)));
        assertTrue(report.findings().stream().noneMatch(f -> f.rule().equals("drop-table") || f.rule().equals("rename-table")
                || f.rule().equals("drop-column") || f.rule().equals("rename-column") || f.rule().startsWith("pg-index")),
                "a fixture's own tables are new: " + report.findings());
    }
}
