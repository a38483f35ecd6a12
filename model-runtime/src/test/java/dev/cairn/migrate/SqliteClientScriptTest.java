package dev.cairn.migrate;

import dev.cairn.dialect.RebuildMarker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dry run's file for {@code sqlite3} (db:upgrade / db:downgrade -Ddb.dryRunOutput) on real SQLite files, beyond
 * {@link UpgradeScriptTest}: the file's text line by line, a transaction per migration when the scope asks for it, a
 * down part written after the migration was applied stored by the file, a skipped down, and the refusal of a table
 * rebuild that only the migrator can run.
 */
class SqliteClientScriptTest {
    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void migrations() throws Exception {
        project = new MigrationsOnDisk(dir)
                .file("001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\nINSERT INTO users (id) VALUES (1);\n")
                .file("002_it's.sql", "UPDATE users SET name = 'it''s';\n");
    }

    private void runSqlite3(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sqlite3", project.database.toString()).redirectInput(file.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "sqlite3 failed:\n" + output + "\n--- the file:\n" + Files.readString(file));
    }

    private List<String> rows(String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) row.add(String.valueOf(r.getObject(k)));
                out.add(String.join("|", row));
            }
        }
        return out;
    }

    @Test
    void theUpgradeFileWithATransactionPerMigrationCommitsEachWithItsRow() throws Exception {
        Path file = dir.resolve("out/up.sql");
        assertEquals(0, project.migrator(TransactionScope.MIGRATION).upgradeScript(null, file));
        String text = Files.readString(file);
        List<String> lines = text.lines().toList();
        assertEquals(List.of("-- Cairn upgrade from version 0 to 2 (sqlite), written by db:upgrade -Ddb.dryRunOutput", "-- Run it with: sqlite3 app.db < FILE",
                "-- Then db:validate checks the result.", ".bail on", "BEGIN;"), lines.subList(0, 5));
        assertTrue(lines.get(5).startsWith("CREATE TABLE IF NOT EXISTS cairn_history (version BIGINT NOT NULL PRIMARY KEY"), lines.get(5));
        assertEquals(List.of("--", "-- version 1: migrations/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);",
                "INSERT INTO users (id) VALUES (1);"), lines.subList(6, 10));
        assertTrue(lines.get(10).startsWith("INSERT INTO cairn_history (version, description, file_name, checksum, down_sql, irreversible, applied_at,"
                + " applied_by, execution_ms, schema_hash, state, owner) VALUES (1, 'users', 'migrations/001_users.sql', '"), lines.get(10));
        assertTrue(lines.get(10).endsWith(", 'DROP TABLE users;"), "the down, its line break kept in the literal: " + lines.get(10));
        assertTrue(lines.get(11).matches("', NULL, strftime\\('%Y-%m-%dT%H:%M:%fZ', 'now'\\), 'test', 0, '[0-9a-f]{64}', NULL, NULL\\);"),
                "applied now, no state, no owner: " + lines.get(11));
        assertEquals("COMMIT;", lines.get(12), "a transaction per migration");
        assertEquals("--", lines.get(13));
        assertTrue(lines.get(14).startsWith("-- version 2: migrations/002_it's.sql (irreversible: migrations/002_it's.sql:1:1"), lines.get(14));
        assertEquals("BEGIN;", lines.get(15));
        assertEquals("UPDATE users SET name = 'it''s';", lines.get(16));
        assertTrue(lines.get(17).contains("VALUES (2, 'it''s', 'migrations/002_it''s.sql'"), lines.get(17));
        assertTrue(lines.get(17).contains("', NULL, 'migrations/002_it''s.sql:1:1"), "no down, and why: " + lines.get(17));
        assertEquals("COMMIT;", lines.get(18));
        assertEquals(19, lines.size(), text);
        assertTrue(project.log.contains("Wrote the SQL of the upgrade from version 0 to 2 (2 migrations, history statements included) to " + file
                + "; nothing was changed. Run it with: sqlite3 app.db < FILE"), project.log::toString);
        assertFalse(Files.exists(project.database));

        runSqlite3(file);
        assertEquals(List.of("1|users|null", "2|it's|null"), rows("SELECT version, description, state FROM cairn_history ORDER BY version"));
        project.migrator().validate();

        Path again = dir.resolve("again.sql");
        assertEquals(2, project.migrator().upgradeScript(null, again));
        assertTrue(project.log.contains("Wrote the SQL of the upgrade from version 2 to 2 (0 migrations, history statements included) to " + again
                + "; nothing was changed. Run it with: sqlite3 app.db < FILE"), project.log::toString);
        assertEquals(7, Files.readString(again).lines().count(), "the header, the CREATE and its transaction: " + Files.readString(again));
    }

    @Test
    void theWholeRunIsOneTransactionByDefault() throws Exception {
        Path file = dir.resolve("up.sql");
        project.migrator().upgradeScript(null, file);
        String text = Files.readString(file);
        assertEquals(1, text.split("BEGIN;", -1).length - 1, text);
        assertEquals(1, text.split("COMMIT;", -1).length - 1, text);
        assertTrue(text.endsWith("COMMIT;\n"), text);
    }

    @Test
    void aDownWrittenAfterTheMigrationWasAppliedIsStoredByTheFileFirst() throws Exception {
        project.migrator().upgrade(null, false);
        project.file("002_it's.sql", "UPDATE users SET name = 'it''s';\n-- migrate:down\nUPDATE users SET name = NULL WHERE name = 'it''s';\n");
        project.file("003_more.sql", "CREATE TABLE more (id INTEGER);\n");
        Path up = dir.resolve("up.sql");
        assertEquals(2, project.migrator().upgradeScript(null, up));
        String text = Files.readString(up);
        assertTrue(text.contains("-- version 2: its -- migrate:down part was written or changed after it was applied\n"
                + "UPDATE cairn_history SET down_sql = 'UPDATE users SET name = NULL WHERE name = ''it''''s'';\n', irreversible = NULL WHERE version = 2;\n"
                + "COMMIT;\n"), text);
        runSqlite3(up);
        assertEquals(List.of("2|UPDATE users SET name = NULL WHERE name = 'it''s';\n|null", "3|DROP TABLE more;\n|null"),
                rows("SELECT version, down_sql, irreversible FROM cairn_history WHERE version > 1 ORDER BY version"));

        project.file("002_it's.sql", "UPDATE users SET name = 'it''s';\n-- migrate:down\nUPDATE users SET name = NULL;\n");
        Path down = dir.resolve("down.sql");
        assertEquals(3, project.migrator().downgradeScript(1L, Set.of(), down));
        String downText = Files.readString(down);
        List<String> lines = downText.lines().toList();
        assertEquals(List.of("-- Cairn downgrade from version 3 to 1 (sqlite), written by db:downgrade -Ddb.dryRunOutput", "-- Run it with: sqlite3 app.db < FILE",
                "-- Then db:validate checks the result.", ".bail on", "BEGIN;", "-- version 2: its -- migrate:down part was written or changed after it was applied",
                "UPDATE cairn_history SET down_sql = 'UPDATE users SET name = NULL;", "', irreversible = NULL WHERE version = 2;", "COMMIT;",
                "--", "-- down of version 3: migrations/003_more.sql", "BEGIN;", "DROP TABLE more;", "DELETE FROM cairn_history WHERE version = 3;", "COMMIT;",
                "--", "-- down of version 2: migrations/002_it's.sql", "BEGIN;", "UPDATE users SET name = NULL;",
                "DELETE FROM cairn_history WHERE version = 2;", "COMMIT;"), lines);
        assertTrue(project.log.contains("Wrote the SQL of the downgrade from version 3 to 1 (history statements included) to " + down
                + ". Run it with: sqlite3 app.db < FILE"), project.log::toString);
        assertTrue(project.log.contains("-- version 2: its -- migrate:down part differs from the stored down; a downgrade stores it first"),
                project.log::toString);
        runSqlite3(down);
        assertEquals(List.of("1"), rows("SELECT version FROM cairn_history"));
        assertEquals(List.of("1|null"), rows("SELECT id, name FROM users"));
        project.migrator().validate();
    }

    @Test
    void aSkippedDownLeavesItsChangesAndRemovesItsRowInTheFile() throws Exception {
        project.migrator().upgrade(null, false);
        Path down = dir.resolve("down.sql");
        MigrationProblem refused = assertThrows(MigrationProblem.class, () -> project.migrator().downgradeScript(1L, Set.of(), down));
        assertTrue(refused.getMessage().startsWith("Cannot downgrade past version 2 (migrations/002_it's.sql): migrations/002_it's.sql:1:1"),
                refused.getMessage());
        assertFalse(Files.exists(down));
        assertEquals(2, project.migrator().downgradeScript(1L, Set.of(2L), down));
        String text = Files.readString(down);
        assertTrue(text.contains("-- down of version 2: migrations/002_it's.sql (skipped: it has no down; its changes stay)\nBEGIN;\n"
                + "DELETE FROM cairn_history WHERE version = 2;\nCOMMIT;\n"), text);
        assertTrue(project.log.contains("-- (skipped: no down)"), project.log::toString);
        runSqlite3(down);
        assertEquals(List.of("1"), rows("SELECT version FROM cairn_history"));
        assertEquals(List.of("1|it's"), rows("SELECT id, name FROM users"), "its changes stay");
    }

    @Test
    void aTableRebuildIsLeftToTheMigratorWhichRecreatesItsTriggers() throws Exception {
        project.file("003_rebuild.sql", RebuildMarker.LINE + "\nCREATE TABLE new_users (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');\n"
                + "INSERT INTO new_users SELECT id, ifnull(name, '') FROM users;\nDROP TABLE users;\nALTER TABLE new_users RENAME TO users;\n"
                + "-- migrate:down\n" + RebuildMarker.LINE + "\nCREATE TABLE old_users (id INTEGER PRIMARY KEY, name TEXT);\n"
                + "INSERT INTO old_users SELECT id, name FROM users;\nDROP TABLE users;\nALTER TABLE old_users RENAME TO users;\n");
        MigrationProblem up = assertThrows(MigrationProblem.class, () -> project.migrator().upgradeScript(null, dir.resolve("up.sql")));
        assertEquals("Cannot write the upgrade as a file: migrations/003_rebuild.sql rebuilds tables (-- cairn:rebuild), which the migrator runs with"
                + " foreign keys off, re-creating the triggers the rebuild drops; run db:upgrade instead", up.getMessage());
        assertFalse(Files.exists(dir.resolve("up.sql")));
        assertEquals(3, project.migrator().upgrade(null, false));
        MigrationProblem down = assertThrows(MigrationProblem.class, () -> project.migrator().downgradeScript(2L, Set.of(), dir.resolve("down.sql")));
        assertEquals("Cannot write the downgrade as a file: the down of version 3 (migrations/003_rebuild.sql) rebuilds tables (-- cairn:rebuild), which"
                + " the migrator runs with foreign keys off, re-creating the triggers the rebuild drops; run db:downgrade instead", down.getMessage());
        assertFalse(Files.exists(dir.resolve("down.sql")));
    }
}
