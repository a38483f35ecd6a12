package dev.cairn.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cairn.dialect.Dialect;
import dev.cairn.lint.LintConfig;
import dev.cairn.lint.LintReport;
import dev.cairn.lint.Linter;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SARIF log of {@code -Ddb.lint.format=sarif} validates against the SARIF 2.1.0 JSON schema (test resource
 * {@code sarif/sarif-schema-2.1.0.json}, see the README beside it): real lint runs over several files on each engine,
 * with findings of many rules, suppressed ones and the suppressions' own findings, through {@link LintSarif}.
 */
class LintSarifSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadTheSchema() throws Exception {
        try (InputStream in = LintSarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "sarif/sarif-schema-2.1.0.json is not on the test classpath");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static List<MigrationFile> files(String... pathsAndTexts) {
        List<MigrationFile> out = new ArrayList<>();
        for (int k = 0; k < pathsAndTexts.length; k += 2) {
            out.add(MigrationFile.parse(k / 2 + 1, "m" + (k / 2 + 1), pathsAndTexts[k], pathsAndTexts[k + 1]));
        }
        return out;
    }

    private static JsonNode sarif(Dialect dialect, List<MigrationFile> files, LintReport[] reportOut) throws Exception {
        LintReport report = new Linter(dialect, LintConfig.defaults()).lint(MigrationReplay.of(dialect, files));
        reportOut[0] = report;
        return JSON.readTree(Json.write(LintSarif.of(report, "0.1.0-SNAPSHOT")));
    }

    private static Set<String> errors(JsonNode log) {
        Set<String> out = new TreeSet<>();
        for (ValidationMessage m : schema.validate(log)) out.add(m.getMessage());
        return out;
    }

    private static Set<String> ruleIds(JsonNode log) {
        Set<String> out = new TreeSet<>();
        for (JsonNode r : log.get("runs").get(0).get("results")) out.add(r.get("ruleId").asText());
        return out;
    }

    private static Set<String> uris(JsonNode log) {
        Set<String> out = new TreeSet<>();
        for (JsonNode r : log.get("runs").get(0).get("results")) {
            out.add(r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        }
        return out;
    }

    @Test
    void postgresqlFindingsOfManyRulesWithAndWithoutSuppressionsValidate() throws Exception {
        LintReport[] report = new LintReport[1];
        JsonNode log = sarif(Dialect.POSTGRESQL, files(
                "db/migrations/001_posts.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n"
                        + "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), title varchar(100), body text);\n"
                        + "CREATE TABLE notes (body text);\n",
                "db/migrations/002_changes.sql", "CREATE INDEX posts_title ON posts (title);\n"
                        + "-- cairn:allow pg-index-not-concurrent the table is empty in every environment\n"
                        + "CREATE INDEX posts_body ON posts (body);\n"
                        + "ALTER TABLE posts ALTER COLUMN title TYPE integer USING 0;\n"
                        + "ALTER TABLE posts ADD CONSTRAINT posts_title_positive CHECK (title > 0);\n"
                        + "DELETE FROM posts;\n",
                "db/migrations/003_drops.sql", "-- cairn:allow drop-column\n"
                        + "ALTER TABLE posts DROP COLUMN body;\n"
                        + "-- cairn:allow no-such-rule because\n"
                        + "ALTER TABLE users RENAME COLUMN name TO full_name;\n"
                        + "-- cairn:allow drop-table nothing is dropped here\n"
                        + "UPDATE users SET full_name = 'x' WHERE id = 1;\n"
                        + "VACUUM FULL users;\n"), report);

        assertEquals(Set.of(), errors(log), log.toPrettyString());
        Set<String> rules = ruleIds(log);
        assertTrue(rules.size() >= 8, rules.toString());
        assertTrue(rules.containsAll(Set.of("pg-index-not-concurrent", "unbounded-delete-update", "drop-column", "table-without-primary-key",
                "suppression-without-reason", "suppression-unknown-rule", "unused-suppression")), rules.toString());
        assertEquals(Set.of("db/migrations/001_posts.sql", "db/migrations/002_changes.sql", "db/migrations/003_drops.sql"), uris(log));
        assertTrue(report[0].suppressed() >= 1, "a suppression with a reason kept a finding out");
        assertEquals(report[0].findings().size(), log.get("runs").get(0).get("results").size());
    }

    @Test
    void mariadbAndSqliteFindingsValidate() throws Exception {
        LintReport[] report = new LintReport[1];
        JsonNode maria = sarif(Dialect.MARIADB, files(
                "db/migrations/001_posts.sql", "CREATE TABLE posts (id INT PRIMARY KEY, title VARCHAR(100), body TEXT);\n",
                "db/migrations/002_alter.sql", "CREATE INDEX posts_title ON posts (title);\n"
                        + "ALTER TABLE posts MODIFY title VARCHAR(50);\n"
                        + "-- cairn:allow drop-column the column was never read\n"
                        + "ALTER TABLE posts DROP COLUMN body;\n"
                        + "TRUNCATE TABLE posts;\n"), report);
        assertEquals(Set.of(), errors(maria), maria.toPrettyString());
        assertTrue(ruleIds(maria).size() >= 3, ruleIds(maria).toString());
        assertTrue(report[0].suppressed() >= 1);

        JsonNode sqlite = sarif(Dialect.SQLITE, files(
                "db/migrations/001_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT, body TEXT);\n",
                "db/migrations/002_rebuild.sql", "ALTER TABLE posts DROP COLUMN body;\nDROP TABLE posts;\n"), report);
        assertEquals(Set.of(), errors(sqlite), sqlite.toPrettyString());
        assertTrue(ruleIds(sqlite).size() >= 2, ruleIds(sqlite).toString());
    }

    @Test
    void aRunWithoutFindingsValidates() throws Exception {
        JsonNode log = sarif(Dialect.SQLITE, files("db/migrations/001_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT);\n"),
                new LintReport[1]);
        assertEquals(0, log.get("runs").get(0).get("results").size());
        assertEquals(Set.of(), errors(log), log.toPrettyString());
    }

    /** The validator is not lenient: a level SARIF does not know and a result without its message are schema errors. */
    @Test
    void theSchemaRejectsAnUnknownLevelAndAResultWithoutMessage() throws Exception {
        JsonNode log = sarif(Dialect.POSTGRESQL, files("db/migrations/001_notes.sql", "CREATE TABLE notes (body text);\nDELETE FROM notes;\n"),
                new LintReport[1]);
        assertEquals(Set.of(), errors(log));
        ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
        result.put("level", "warn");
        assertFalse(errors(log).isEmpty(), "level warn is no SARIF level");
        result.put("level", "warning");
        result.remove("message");
        assertFalse(errors(log).isEmpty(), "a result requires a message");
    }
}
