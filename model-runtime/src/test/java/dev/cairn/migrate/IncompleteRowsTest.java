package dev.cairn.migrate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The history rows a migrator that died leaves behind ({@code running}, {@code reverting}, {@code partial}), planted on
 * a real SQLite file exactly as a stopped migrator leaves them (the row, and the schema as far as it got), without
 * killing anything: status and validate name them; an upgrade undoes a half-applied migration (or, when it cannot tell
 * how far it got or cannot undo it, marks it partial and says how to recover); a downgrade or an upgrade finishes a
 * half-run down.
 */
class IncompleteRowsTest {
    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void migrations() throws Exception {
        project = new MigrationsOnDisk(dir)
                .file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n")
                .file("002_two_tables.sql", "CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER);\n");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            for (String st : statements) s.execute(st);
        }
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

    private List<String> tables() throws Exception {
        return rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'cairn_history' ORDER BY name");
    }

    /** The row a migrator writes before it runs a migration statement by statement, owned by a session that is gone. */
    private void runningRow(long version, String file, String text) throws Exception {
        sql("INSERT INTO cairn_history (version, description, file_name, checksum, down_sql, irreversible, applied_at, applied_by, execution_ms,"
                + " schema_hash, state, note, owner) VALUES (" + version + ", 'v', '" + file + "', '" + MigrationFile.checksum(text) + "', NULL, NULL,"
                + " '2026-01-01T00:00:00Z', 'test', 0, 'h', 'running', NULL, 'session 4242')");
    }

    private static final String TWO = "CREATE TABLE a (id INTEGER);\nCREATE TABLE b (id INTEGER);\n";

    @Test
    void aHalfAppliedMigrationIsNamedByStatusAndUndoneAndRunAgainByTheNextUpgrade() throws Exception {
        project.migrator().upgrade(1L, false);
        sql("CREATE TABLE a (id INTEGER)");
        runningRow(2, "migrations/002_two_tables.sql", TWO);
        String problem = "version 2 (migrations/002_two_tables.sql) was being applied when its migrator stopped; the next db:upgrade undoes what it"
                + " did and runs it again (or, if that is impossible, says how to recover)";
        MigrationStatus status = project.migrator().status();
        assertEquals(List.of(problem), status.problems());
        assertEquals(1, status.currentVersion());
        assertEquals(List.of(2L), status.pending().stream().map(MigrationFile::version).toList(), "a running row is not applied");
        assertEquals(List.of(problem), project.migrator().validation().problems());

        assertEquals(2, project.migrator().upgrade(null, false));
        assertTrue(project.log.contains("WARNING: migrations/002_two_tables.sql was left half-applied by a migrator that stopped after statement 1 of 2"
                + " (as far as the live schema shows); undid that: DROP TABLE a; it runs again now")
                || project.log.stream().anyMatch(l -> l.startsWith("WARNING: migrations/002_two_tables.sql was left half-applied by a migrator that stopped"
                + " after statement 1 of 2 (as far as the live schema shows); undid that: DROP TABLE") && l.endsWith("; it runs again now")), project.log::toString);
        assertEquals(List.of("a", "b", "users"), tables());
        assertEquals(List.of("1|null", "2|null"), rows("SELECT version, state FROM cairn_history ORDER BY version"));
        project.migrator().validate();
    }

    @Test
    void aRunningRowWhoseMigrationDidNothingYetIsRemovedWithoutUndoingAnything() throws Exception {
        project.migrator().upgrade(1L, false);
        runningRow(2, "migrations/002_two_tables.sql", TWO);
        assertEquals(2, project.migrator().upgrade(null, false));
        String warned = project.log.stream().filter(l -> l.contains("left half-applied")).findFirst().orElseThrow(() -> new AssertionError(project.log));
        assertEquals("WARNING: migrations/002_two_tables.sql was left half-applied by a migrator that stopped after statement 0 of 2 (as far as the live"
                + " schema shows); undid that; it runs again now", warned);
        assertEquals(List.of("a", "b", "users"), tables());
    }

    @Test
    void whenTheFileIsGoneTheRowBecomesPartialAndTheUpgradeSaysHowToRecover() throws Exception {
        project.migrator().upgrade(1L, false);
        runningRow(3, "migrations/003_gone.sql", "CREATE TABLE gone (id INTEGER);\n");
        String note = "its file is gone, so what it did cannot be worked out. To recover, either undo those statements by hand and run DELETE FROM"
                + " cairn_history WHERE version = 3, or finish the migration by hand and run UPDATE cairn_history SET state = NULL, note = NULL WHERE"
                + " version = 3; then db:validate and db:upgrade";
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertEquals("Cannot upgrade: version 3 (migrations/003_gone.sql) was left half-applied: " + note, p.getMessage());
        assertEquals(List.of("3|partial|" + note), rows("SELECT version, state, note FROM cairn_history WHERE state IS NOT NULL"));
        assertEquals(List.of("users"), tables(), "nothing of the pending migration ran");
        MigrationProblem again = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertEquals("Cannot upgrade: version 3 (migrations/003_gone.sql) is partially applied: " + note, again.getMessage());
        assertEquals(List.of("version 3 (migrations/003_gone.sql) is partially applied: " + note), project.migrator().status().problems());
        assertEquals("Cannot downgrade: version 3 (migrations/003_gone.sql) is partially applied: " + note,
                assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(0L, false)).getMessage());
        assertEquals(List.of("users"), tables());
    }

    @Test
    void whenTheLiveSchemaMatchesNoPointOfTheMigrationTheRowBecomesPartial() throws Exception {
        project.migrator().upgrade(1L, false);
        sql("CREATE TABLE elsewhere (id INTEGER)");
        runningRow(2, "migrations/002_two_tables.sql", TWO);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().startsWith("Cannot upgrade: migrations/002_two_tables.sql was left half-applied: its migrator stopped and the live"
                + " schema matches no point of it (against the schema before it:\n    "), p.getMessage());
        assertTrue(p.getMessage().contains("elsewhere"), p.getMessage());
        assertTrue(p.getMessage().endsWith("DELETE FROM cairn_history WHERE version = 2, or finish the migration by hand and run UPDATE cairn_history"
                + " SET state = NULL, note = NULL WHERE version = 2; then db:validate and db:upgrade"), p.getMessage());
        assertEquals(List.of("2|partial"), rows("SELECT version, state FROM cairn_history WHERE state IS NOT NULL"));
        assertEquals(List.of("elsewhere", "users"), tables());
    }

    @Test
    void stepsThatCannotBeUndoneLeaveTheRowPartialNamingTheStatement() throws Exception {
        String text = "CREATE TABLE a (id INTEGER);\nUPDATE users SET id = id;\nCREATE TABLE b (id INTEGER);\n";
        project.file("002_two_tables.sql", text);
        project.migrator().upgrade(1L, false);
        sql("CREATE TABLE a (id INTEGER)");
        runningRow(2, "migrations/002_two_tables.sql", text);
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().startsWith("Cannot upgrade: migrations/002_two_tables.sql was left half-applied: its migrator stopped after 2"
                + " statement(s), which cannot be undone automatically: migrations/002_two_tables.sql:2:1: "), p.getMessage());
        assertEquals(List.of("2|partial"), rows("SELECT version, state FROM cairn_history WHERE state IS NOT NULL"));
        assertEquals(List.of("a", "users"), tables(), "nothing undone");
    }

    /** Version 2 applied, then its stored down ({@code DROP TABLE b; DROP TABLE a}) stopped after its first statement. */
    private void halfRevertedDown() throws Exception {
        project.migrator().upgrade(null, false);
        assertEquals(List.of("DROP TABLE b;\nDROP TABLE a;\n"), rows("SELECT down_sql FROM cairn_history WHERE version = 2"));
        sql("DROP TABLE b", "UPDATE cairn_history SET state = 'reverting', note = '1 of 2 statements of its down ran' WHERE version = 2");
    }

    @Test
    void aHalfRunDownIsNamedAndADowngradeFinishesIt() throws Exception {
        halfRevertedDown();
        assertEquals(List.of("version 2 (migrations/002_two_tables.sql) was being reverted when its migrator stopped; the next db:downgrade finishes"
                + " its down, the next db:upgrade finishes it and applies the migration again (or, if that is impossible, either says how to recover)"),
                project.migrator().status().problems());
        assertEquals(1, project.migrator().status().currentVersion());
        assertEquals("The down of version 2 (migrations/002_two_tables.sql) was left half-run, so a downgrade finishes it and reaches version 1 at"
                + " least; the target 2 is above that: give 1 or a lower version, or run db:upgrade to finish the down and apply version 2 again",
                assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(2L, false)).getMessage());
        assertEquals("Cannot write the downgrade as a file: the down of version 2 was left half-run, and only the migrator can tell from the live"
                + " schema how far it got; run db:downgrade", assertThrows(MigrationProblem.class,
                () -> project.migrator().downgradeScript((Long) null, java.util.Set.of(), dir.resolve("down.sql"))).getMessage());
        assertFalse(Files.exists(dir.resolve("down.sql")));
        project.log.clear();
        assertEquals(1, project.migrator().downgrade(null, true));
        assertTrue(project.log.contains("-- The down of version 2 (migrations/002_two_tables.sql) was left half-run by a migrator that stopped; this"
                + " downgrade finishes it first (how far it got is read from the live schema)"), project.log::toString);
        assertEquals("Dry run: nothing was changed. The database stays at version 2, its down half-run", project.log.get(project.log.size() - 1));
        assertEquals(List.of("a", "users"), tables());

        assertEquals(1, project.migrator().downgrade(1L, false));
        assertTrue(project.log.contains("WARNING: The down of migrations/002_two_tables.sql was left half-run by a migrator that stopped after statement 1"
                + " of 2 (as far as the live schema shows); finished it: DROP TABLE a; version 2 is reverted"), project.log::toString);
        assertEquals(List.of("users"), tables());
        assertEquals(List.of("1|null"), rows("SELECT version, state FROM cairn_history"));
    }

    @Test
    void aDowngradeBelowTheHalfRunDownFinishesItAndGoesOn() throws Exception {
        halfRevertedDown();
        assertEquals(0, project.migrator().downgrade(0L, false));
        assertEquals(List.of(), tables());
        assertEquals(List.of(), rows("SELECT version FROM cairn_history"));
    }

    @Test
    void anUpgradeFinishesAHalfRunDownAndAppliesTheMigrationAgain() throws Exception {
        halfRevertedDown();
        assertEquals(2, project.migrator().upgrade(null, false));
        assertTrue(project.log.stream().anyMatch(l -> l.startsWith("WARNING: The down of migrations/002_two_tables.sql was left half-run")),
                project.log::toString);
        assertEquals(List.of("a", "b", "users"), tables());
        assertEquals(List.of("1|null", "2|null"), rows("SELECT version, state FROM cairn_history ORDER BY version"));
    }

    @Test
    void aHalfRunDownThatMatchesNoPointBecomesPartial() throws Exception {
        halfRevertedDown();
        sql("CREATE TABLE elsewhere (id INTEGER)");
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().downgrade(null, false));
        assertEquals("Cannot downgrade: version 2 (migrations/002_two_tables.sql) was left half-reverted: its down's migrator stopped, and the rest of"
                + " the down cannot be worked out: the live schema matches no point of its down. To recover, either finish the down by hand and run"
                + " DELETE FROM cairn_history WHERE version = 2, or redo what it undid and run UPDATE cairn_history SET state = NULL, note = NULL WHERE"
                + " version = 2; then db:validate", p.getMessage());
        assertEquals(List.of("2|partial"), rows("SELECT version, state FROM cairn_history WHERE state IS NOT NULL"));
        assertEquals(List.of("a", "elsewhere", "users"), tables());
    }

    @Test
    void theCountOfStatementsRunIsWhereTheSearchStartsSoADataStatementDoesNotRunTwice() throws Exception {
        project.file("002_two_tables.sql", TWO + "-- migrate:down\nINSERT INTO users (id) VALUES (7);\nDROP TABLE b;\nDROP TABLE a;\n");
        project.migrator().upgrade(null, false);
        // the down's INSERT ran and was counted; the schema is as before it
        sql("INSERT INTO users (id) VALUES (7)", "UPDATE cairn_history SET state = 'reverting', note = '1 of 3 statements of its down ran' WHERE version = 2");
        assertEquals(1, project.migrator().downgrade(null, false));
        assertEquals(List.of("7"), rows("SELECT id FROM users"), "the INSERT ran once");
        assertEquals(List.of("users"), tables());
    }
}
