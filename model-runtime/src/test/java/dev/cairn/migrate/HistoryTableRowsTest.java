package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history rows an upgrade writes on a real SQLite file, field by field; a history table written by a release
 * before rows had a state (and an owner) read and brought up to date; long names cut to their columns; and the next
 * migration file's name and text.
 */
class HistoryTableRowsTest {
    @TempDir
    Path dir;

    private static List<List<Object>> rows(MigrationsOnDisk p, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(p.url()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) row.add(r.getObject(k));
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void anUpgradeRecordsEachMigrationWithItsFileChecksumDownSchemaHashAndNoState() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir)
                .file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n")
                .file("002_backfill.sql", "-- migrate:up\nUPDATE users SET id = id;\n");
        p.migrator().upgrade(null, false);
        List<List<Object>> rows = rows(p, "SELECT version, description, file_name, checksum, down_sql IS NULL, irreversible IS NULL, applied_by,"
                + " length(schema_hash), state, note, owner FROM cairn_history ORDER BY version");
        assertEquals(Arrays.asList(1, "create users", "migrations/001_create_users.sql", MigrationFile.checksum("CREATE TABLE users (id INTEGER PRIMARY KEY);\n"),
                0, 1, "test", 64, null, null, null), rows.get(0));
        assertEquals(Arrays.asList(2, "backfill", "migrations/002_backfill.sql", MigrationFile.checksum("-- migrate:up\nUPDATE users SET id = id;\n"),
                1, 0, "test", 64, null, null, null), rows.get(1));
        assertEquals(List.of(List.of("DROP TABLE users;\n")), rows(p, "SELECT down_sql FROM cairn_history WHERE version = 1"));
        List<List<Object>> hashes = rows(p, "SELECT schema_hash FROM cairn_history ORDER BY version");
        assertEquals(hashes.get(0), hashes.get(1), "the backfill leaves the schema as it was");
        assertEquals(List.of(List.of(2)), rows(p, "SELECT count(*) FROM cairn_history WHERE execution_ms >= 0 AND execution_ms < 600000"
                + " AND applied_at LIKE '20__-__-__T__:__:__%'"), "milliseconds, measured; the time in ISO format");
    }

    @Test
    void aDownPartWrittenAfterItsMigrationWasAppliedIsStoredInItsRowByTheNextUpgrade() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir)
                .file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n")
                .file("002_backfill.sql", "UPDATE users SET id = id;\n");
        p.migrator().upgrade(null, false);
        assertEquals(List.of(Arrays.asList(null, 0)), rows(p, "SELECT down_sql, irreversible IS NULL FROM cairn_history WHERE version = 2"));
        p.file("002_backfill.sql", "UPDATE users SET id = id;\n-- migrate:down\nSELECT 1;\n").file("003_t.sql", "CREATE TABLE t (id INTEGER);\n");
        assertEquals(3, p.migrator().upgrade(null, false));
        assertEquals(List.of(Arrays.asList("SELECT 1;\n", null)), rows(p, "SELECT down_sql, irreversible FROM cairn_history WHERE version = 2"));
        assertTrue(p.log.contains("Version 2 (migrations/002_backfill.sql): its -- migrate:down part was written after it was applied; stored it as"
                + " the version's down in cairn_history"), p.log::toString);
    }

    @Test
    void aHistoryTableFromBeforeRowsHadAStateIsReadAndGetsItsNewColumnsAtTheNextUpgrade() throws Exception {
        MigrationsOnDisk p = new MigrationsOnDisk(dir)
                .file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n")
                .file("002_create_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        try (Connection c = DriverManager.getConnection(p.url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
            s.execute("CREATE TABLE cairn_history (version BIGINT NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, file_name VARCHAR(500) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, down_sql TEXT, irreversible TEXT, applied_at VARCHAR(40) NOT NULL, applied_by VARCHAR(200),"
                    + " execution_ms BIGINT NOT NULL, schema_hash VARCHAR(64) NOT NULL)");
            s.execute("INSERT INTO cairn_history VALUES (1, 'create users', 'migrations/001_create_users.sql', '"
                    + MigrationFile.checksum("CREATE TABLE users (id INTEGER PRIMARY KEY);\n") + "', 'DROP TABLE users;', NULL, '2025-01-01T00:00:00Z',"
                    + " 'old', 3, 'x')");
        }
        MigrationStatus status = p.migrator().status();
        assertEquals(1, status.currentVersion());
        assertEquals(List.of(), status.problems());
        assertEquals(List.of(2L), status.pending().stream().map(MigrationFile::version).toList());
        assertEquals(2, p.migrator().upgrade(null, false));
        List<String> columns = new ArrayList<>();
        for (List<Object> r : rows(p, "SELECT name FROM pragma_table_info('cairn_history') ORDER BY cid")) columns.add((String) r.get(0));
        assertEquals(List.of("state", "note", "owner"), columns.subList(columns.size() - 3, columns.size()));
        assertEquals(List.of(Arrays.asList(1, "old", null), Arrays.asList(2, "test", null)), rows(p, "SELECT version, applied_by, state FROM cairn_history ORDER BY version"));
        assertEquals(1, p.migrator().downgrade(null, false));
        assertEquals(0, p.migrator().downgrade(null, false), "the old row's down is used");
    }

    @Test
    void aTableWithStateButNoOwnerGetsTheOwnerColumn() throws Exception {
        HistoryTable history = new HistoryTable(Engines.of(Dialect.SQLITE), "my_history");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("h.db")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE my_history (version BIGINT NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, file_name VARCHAR(500) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, down_sql TEXT, irreversible TEXT, applied_at VARCHAR(40) NOT NULL, applied_by VARCHAR(200),"
                    + " execution_ms BIGINT NOT NULL, schema_hash VARCHAR(64) NOT NULL, state VARCHAR(20), note TEXT)");
            s.execute("INSERT INTO my_history VALUES (5, 'v', '005_v.sql', 'c', NULL, NULL, 'now', 'me', 0, 'h', 'running', NULL)");
            assertEquals(List.of(new IncompleteMigration(5, "005_v.sql", "running", null, null)), history.incomplete(c), "no owner column: none named");
            history.create(c);
            history.insertRunning(c, new AppliedMigration(6, "w", "006_w.sql", "d", null, null, "now", "me", 0, "h"), "session 3");
            assertEquals(List.of(new IncompleteMigration(5, "005_v.sql", "running", null, null), new IncompleteMigration(6, "006_w.sql", "running", null, "session 3")),
                    history.incomplete(c));
            assertEquals(List.of(), history.read(c));
            assertEquals("my_history", history.name());
            assertEquals("my_history_lock", history.leaseTableName());
        }
    }

    @Test
    void longDescriptionsFileNamesAndUsersAreCutToTheirColumns() throws Exception {
        String description = "d".repeat(230);
        MigrationsOnDisk p = new MigrationsOnDisk(dir).file("001_" + description + ".sql", "CREATE TABLE t (id INTEGER);\n")
                .file("002_" + "e".repeat(200) + ".sql", "CREATE TABLE u (id INTEGER);\n");
        String by = "u".repeat(250);
        MigratorSettings s = p.settings();
        new Migrator(new MigratorSettings(s.dialect(), s.connection(), s.migrations(), null, false, 1, false, null, by, true), p.log::add).upgrade(null, false);
        List<List<Object>> rows = rows(p, "SELECT length(description), length(file_name), length(applied_by) FROM cairn_history ORDER BY version");
        assertEquals(List.of(200, ("migrations/001_" + description + ".sql").length(), 200), rows.get(0));
        assertEquals(List.of(200, ("migrations/002_" + "e".repeat(200) + ".sql").length(), 200), rows.get(1), "200 characters fit as they are");
        assertEquals(List.of(List.of("d".repeat(200))), rows(p, "SELECT description FROM cairn_history WHERE version = 1"));
    }

    @Test
    void theNextMigrationFileIsNumberedAfterTheLastInItsWidthOrStampedAndHoldsItsName() throws Exception {
        Path folder = dir.resolve("new");
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T15:30:00Z"), ZoneOffset.UTC);
        Path first = NewMigration.create(folder, "  Add Posts!  ", NewMigration.Style.SEQUENCE, clock);
        assertEquals("001_add_posts.sql", first.getFileName().toString());
        assertEquals("-- Add Posts!\n-- Write the up migration below. Cairn derives the down migration from the schema model;\n"
                + "-- to write it yourself, add a line \"-- migrate:down\" followed by its statements.\n\n", Files.readString(first));
        Files.writeString(first, "CREATE TABLE posts (id INTEGER);\n");
        assertEquals("002_users_2.sql", NewMigration.create(folder, "users #2", NewMigration.Style.SEQUENCE, clock, "SELECT 1;\n").getFileName().toString());
        assertEquals("-- users #2\nSELECT 1;\n", Files.readString(folder.resolve("002_users_2.sql")));
        assertEquals("20261202153000_stamped.sql", NewMigration.create(folder, "stamped", NewMigration.Style.TIMESTAMP, clock, "SELECT 2;\n")
                .getFileName().toString());
        assertEquals("20261202153001_next.sql", NewMigration.create(folder, "next", NewMigration.Style.SEQUENCE, clock, "SELECT 3;\n")
                .getFileName().toString(), "the next number after a timestamp, as wide as it");
        Path wide = Files.createDirectories(dir.resolve("wide"));
        Files.writeString(wide.resolve("00041_a.sql"), "SELECT 1;\n");
        assertEquals("00042_b.sql", NewMigration.create(wide, "b", NewMigration.Style.SEQUENCE, clock).getFileName().toString());
        Path narrow = Files.createDirectories(dir.resolve("narrow"));
        Files.writeString(narrow.resolve("7_a.sql"), "SELECT 1;\n");
        assertEquals("008_b.sql", NewMigration.create(narrow, "b", NewMigration.Style.SEQUENCE, clock).getFileName().toString(), "at least 3 digits");

        assertEquals("Give the migration a name: -Dname=\"add posts\"",
                assertThrows(MigrationFileProblem.class, () -> NewMigration.create(folder, "  ", NewMigration.Style.SEQUENCE, clock)).getMessage());
        assertEquals("The name !!! has no letters or digits to name a file with",
                assertThrows(MigrationFileProblem.class, () -> NewMigration.create(folder, "!!!", NewMigration.Style.SEQUENCE, clock)).getMessage());
        MigrationFileProblem twice = assertThrows(MigrationFileProblem.class, () -> NewMigration.create(folder, "stamped", NewMigration.Style.TIMESTAMP, clock));
        assertEquals(folder.resolve("20261202153000_stamped.sql") + " exists already", twice.getMessage());
        assertTrue(Files.readString(folder.resolve("20261202153000_stamped.sql")).endsWith("SELECT 2;\n"), "left as it was");
    }
}
