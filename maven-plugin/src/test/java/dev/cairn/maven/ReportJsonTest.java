package dev.cairn.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.ConnectionSettings;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.MigratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON reports of {@code -Ddb.format=json}, from a real SQLite database, parsed back with Jackson: each field of
 * the documented shape, each migration state, and strings that need escaping.
 */
class ReportJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Migrator migrator(Path migrations) {
        MigratorSettings settings = new MigratorSettings(Dialect.SQLITE, new ConnectionSettings("jdbc:sqlite:" + dir.resolve("app.db"), null, null),
                MigrationDirectory.load(migrations, "migrations/"), null, false, 0, false, Duration.ofSeconds(10), "ci \"bot\"", true);
        return new Migrator(settings, m -> { });
    }

    private static JsonNode parse(Map<String, Object> report) throws Exception {
        return JSON.readTree(Json.write(report));
    }

    private Path migrations() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.writeString(folder.resolve("002_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        Files.writeString(folder.resolve("003_seed.sql"), "INSERT INTO users (name) VALUES ('x');\n"); // no key given: irreversible
        return folder;
    }

    @Test
    void upgradeStatusAndValidateReportsHoldTheRuntimesResults() throws Exception {
        Path folder = migrations();
        JsonNode status = parse(ReportJson.status(migrator(folder).status()));
        assertEquals(1, status.get("formatVersion").asInt());
        assertEquals("status", status.get("goal").asText());
        assertEquals(0, status.get("currentVersion").asLong());
        assertEquals(List.of("pending", "pending", "pending"), states(status));
        JsonNode seed = status.get("migrations").get(2);
        assertTrue(seed.get("irreversible").asText().contains("003_seed.sql"), seed.toString());
        assertEquals(64, seed.get("checksum").asText().length(), seed.toString());
        assertTrue(seed.get("appliedAt").isNull());

        JsonNode upgrade = parse(ReportJson.run("upgrade", migrator(folder).upgradeReport(2L)));
        assertEquals(0, upgrade.get("fromVersion").asLong());
        assertEquals(2, upgrade.get("toVersion").asLong());
        assertEquals(2, upgrade.get("applied").size());
        assertEquals("migrations/001_users.sql", upgrade.get("applied").get(0).get("file").asText());
        assertTrue(upgrade.get("applied").get(1).get("executionMillis").isIntegralNumber());
        assertTrue(upgrade.get("totalMillis").asLong() >= 0);

        // 002 edited after it was applied, 001's file gone, 003 still pending
        Files.writeString(folder.resolve("002_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT);\n");
        Files.delete(folder.resolve("001_users.sql"));
        status = parse(ReportJson.status(migrator(folder).status()));
        assertEquals(2, status.get("currentVersion").asLong());
        assertEquals(List.of("missing", "edited", "pending"), states(status));
        JsonNode edited = status.get("migrations").get(1);
        assertFalse(edited.get("checksum").asText().equals(edited.get("appliedChecksum").asText()), edited.toString());
        assertEquals("ci \"bot\"", edited.get("appliedBy").asText());
        assertTrue(edited.get("appliedAt").asText().endsWith("Z"), edited.toString());
        assertTrue(status.get("migrations").get(0).get("file").isNull());
        assertEquals(2, status.get("problems").size());

        JsonNode validation = parse(ReportJson.validation(migrator(folder).validation()));
        assertEquals("validate", validation.get("goal").asText());
        assertFalse(validation.get("valid").asBoolean());
        assertEquals(2, validation.get("problems").size());
        assertTrue(validation.get("problems").get(1).asText().contains("002_posts.sql was edited"), validation.toString());
    }

    @Test
    void driftIsReportedApartFromTheProblems() throws Exception {
        Path folder = migrations();
        migrator(folder).upgrade(null, false);
        JsonNode valid = parse(ReportJson.validation(migrator(folder).validation()));
        assertTrue(valid.get("valid").asBoolean(), valid.toString());
        assertEquals(3, valid.get("appliedMigrations").asInt());
        assertEquals(0, valid.get("drift").size());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db")); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE posts ADD COLUMN by_hand TEXT");
        }
        JsonNode drifted = parse(ReportJson.validation(migrator(folder).validation()));
        assertFalse(drifted.get("valid").asBoolean());
        assertEquals(0, drifted.get("problems").size());
        assertTrue(drifted.get("drift").get(0).asText().contains("by_hand"), drifted.toString());

        JsonNode downgrade = parse(ReportJson.run("downgrade", migrator(folder).downgradeReport(1L, java.util.Set.of(3L))));
        assertEquals(3, downgrade.get("fromVersion").asLong());
        assertEquals(1, downgrade.get("toVersion").asLong());
        assertEquals(List.of(3L, 2L), longs(downgrade.get("reverted"), "version"));
        assertTrue(downgrade.get("reverted").get(0).get("irreversible").asText().contains("003_seed.sql"), downgrade.toString());
    }

    @Test
    void stringsAreEscapedSoAParserReadsThemBack() throws Exception {
        String tricky = "quote \" backslash \\ newline\n tab\t cr\r nul\u0000 bell\u0007 unicode é ☃ \uD83D\uDE00 slash /";
        JsonNode back = JSON.readTree(Json.write(Map.of("s", tricky, "list", List.of(1, 2.5, true))));
        assertEquals(tricky, back.get("s").asText());
        assertEquals("[1,2.5,true]", back.get("list").toString());
    }

    private static List<String> states(JsonNode status) {
        List<String> out = new ArrayList<>();
        status.get("migrations").forEach(m -> out.add(m.get("state").asText()));
        return out;
    }

    private static List<Long> longs(JsonNode array, String field) {
        List<Long> out = new ArrayList<>();
        array.forEach(m -> out.add(m.get(field).asLong()));
        return out;
    }
}
