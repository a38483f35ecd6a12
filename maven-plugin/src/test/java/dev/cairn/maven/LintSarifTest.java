package dev.cairn.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.dialect.Dialect;
import dev.cairn.lint.LintConfig;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF log of {@code -Ddb.lint.format=sarif}, parsed back: what the SARIF 2.1.0 schema requires of a log, a run,
 * a tool, a rule (reportingDescriptor) and a result, and that each finding lands at its file:line:column. The whole log
 * against the SARIF 2.1.0 JSON schema: {@link LintSarifSchemaTest}.
 */
class LintSarifTest {
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    @Test
    void theLogHasWhatSarif210RequiresAndEachFindingAtItsPosition() throws Exception {
        List<MigrationFile> files = List.of(
                MigrationFile.parse(1, "posts", "db/001_posts.sql", "CREATE TABLE posts (id bigint PRIMARY KEY, title text);\n"),
                MigrationFile.parse(2, "index", "db/002_index.sql", "\n  CREATE INDEX posts_title ON posts (title);\nDELETE FROM posts;\n"));
        LintReport report = new Linter(Dialect.POSTGRESQL, LintConfig.defaults()).lint(MigrationReplay.of(Dialect.POSTGRESQL, files));
        JsonNode log = new ObjectMapper().readTree(Json.write(LintSarif.of(report, "0.1.0")));

        assertEquals("2.1.0", log.get("version").asText());
        assertEquals(LintSarif.SCHEMA, log.get("$schema").asText());
        assertEquals(1, log.get("runs").size());
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("Cairn", driver.get("name").asText());
        JsonNode rules = driver.get("rules");
        assertEquals(report.rules().size(), rules.size());
        for (JsonNode rule : rules) {
            assertTrue(rule.get("id").isTextual() && !rule.get("id").asText().isEmpty());
            assertTrue(rule.get("shortDescription").get("text").isTextual());
            assertTrue(rule.get("fullDescription").get("text").isTextual());
            assertTrue(LEVELS.contains(rule.get("defaultConfiguration").get("level").asText()));
        }
        JsonNode results = run.get("results");
        assertEquals(List.of("pg-index-not-concurrent", "unbounded-delete-update"), List.of(results.get(0).get("ruleId").asText(), results.get(1).get("ruleId").asText()));
        for (JsonNode result : results) {
            assertTrue(result.get("message").get("text").asText().contains("Fix: "), result.toString());
            assertTrue(LEVELS.contains(result.get("level").asText()));
            assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
        JsonNode first = results.get(0);
        assertEquals("error", first.get("level").asText());
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals("db/002_index.sql", location.get("artifactLocation").get("uri").asText());
        assertEquals(2, location.get("region").get("startLine").asInt());
        assertEquals(3, location.get("region").get("startColumn").asInt());
        assertEquals("warning", results.get(1).get("level").asText());
        assertEquals(3, results.get(1).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    }

    @Test
    void infoFindingsAreNotes() {
        assertEquals("note", LintSarif.level(dev.cairn.lint.Severity.INFO));
        assertEquals("warning", LintSarif.level(dev.cairn.lint.Severity.WARNING));
        assertEquals("error", LintSarif.level(dev.cairn.lint.Severity.ERROR));
    }
}
