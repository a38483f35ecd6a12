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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the migrator's commands answer and say on a real SQLite file: the reports of an upgrade and a downgrade, the
 * versions a target or a number of steps reaches and the messages for a target it cannot reach, the status lines and
 * states, the validation report, the dry runs' output, and what a command leaves when there is no database yet.
 */
class MigratorAnswersTest {
    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void microblog() throws Exception {
        project = new MigrationsOnDisk(dir)
                .file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL);\n")
                .file("002_create_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));\n")
                .file("003_add_about_me.sql", "ALTER TABLE users ADD COLUMN about_me VARCHAR(140);\n");
    }

    private MigrationProblem refused(Runnable command) {
        return assertThrows(MigrationProblem.class, command::run);
    }

    @Test
    void theReportsNameEachMigrationAppliedOrRevertedInOrderWithItsIrreversibleReason() throws Exception {
        Migrator m = project.migrator();
        assertEquals(3, m.headVersion());
        MigrationRun up = m.upgradeReport(2L);
        assertEquals(0, up.fromVersion());
        assertEquals(2, up.toVersion());
        assertEquals(List.of(new MigrationRun.Step(1, "create users", "migrations/001_create_users.sql", up.steps().get(0).executionMillis(), null),
                new MigrationRun.Step(2, "create posts", "migrations/002_create_posts.sql", up.steps().get(1).executionMillis(), null)), up.steps());
        assertTrue(up.totalMillis() >= up.steps().get(0).executionMillis() + up.steps().get(1).executionMillis(), up::toString);
        assertTrue(up.totalMillis() < 600_000 && up.steps().stream().allMatch(s -> s.executionMillis() >= 0 && s.executionMillis() < 600_000),
                "milliseconds, measured: " + up);

        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n");
        Migrator later = project.migrator();
        assertEquals(4, later.headVersion());
        MigrationRun rest = later.upgradeReport(null);
        assertEquals(2, rest.fromVersion());
        assertEquals(4, rest.toVersion());
        assertEquals(List.of(3L, 4L), rest.steps().stream().map(MigrationRun.Step::version).toList());
        assertNull(rest.steps().get(0).irreversible());
        String why = rest.steps().get(1).irreversible();
        assertTrue(why != null && why.startsWith("migrations/004_backfill.sql:1:1"), why);

        MigrationRun down = project.migrator().downgradeReport(2L, Set.of(4L));
        assertEquals(4, down.fromVersion());
        assertEquals(2, down.toVersion());
        assertEquals(List.of(4L, 3L), down.steps().stream().map(MigrationRun.Step::version).toList());
        assertEquals(List.of("backfill", "add about me"), down.steps().stream().map(MigrationRun.Step::description).toList());
        assertEquals("migrations/003_add_about_me.sql", down.steps().get(1).file());
        assertEquals(why, down.steps().get(0).irreversible(), "the skipped one says why it had no down");
        assertTrue(down.totalMillis() < 600_000 && down.steps().stream().allMatch(s -> s.executionMillis() >= 0 && s.executionMillis() < 600_000),
                "milliseconds, measured: " + down);
        assertNull(down.steps().get(1).irreversible());
        assertTrue(project.logText().contains("  reverted 4 in "), project.logText());
        assertTrue(project.logText().contains(" ms; database version: 3"), project.logText());
        assertTrue(project.logText().contains(" ms; database version: 2"), project.logText());
        assertEquals(List.of("cairn_history", "posts", "users"), tables());
        assertEquals(List.of(1L, 2L), historyVersions());
    }

    @Test
    void targetsAStepCountAndTheDefaultStepReachTheAppliedVersionsTheySay() throws Exception {
        MigrationsOnDisk gaps = new MigrationsOnDisk(Files.createDirectories(dir.resolve("gaps")))
                .file("010_a.sql", "CREATE TABLE a (id INTEGER);\n")
                .file("030_c.sql", "CREATE TABLE c (id INTEGER);\n")
                .file("040_d.sql", "CREATE TABLE d (id INTEGER);\n")
                .file("050_e.sql", "CREATE TABLE e (id INTEGER);\n");
        assertEquals(50, gaps.migrator().upgrade(null, false));
        gaps.file("020_b.sql", "CREATE TABLE b (id INTEGER);\n");
        Migrator m = new Migrator(gaps.settings(true), gaps.log::add);
        MigrationProblem notApplied = refused(() -> m.downgrade(20L, false));
        assertEquals("Version 20 is not applied; the applied versions are [10, 30, 40, 50]; give one of them, or 0", notApplied.getMessage());
        assertEquals(40, m.downgrade(null, false), "the default step: the applied version below");
        assertEquals(10, m.downgrade(new DowngradeTarget(null, 2, false), false, Set.of()), "two applied versions down, not 20");
        assertEquals(List.of(10L), historyVersions(gaps));
        assertEquals(50, new Migrator(gaps.settings(true), gaps.log::add).upgrade(null, false));
        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), historyVersions(gaps));
        assertEquals(0, m.downgrade(new DowngradeTarget(null, 9, false), false, Set.of()), "more steps than versions: the empty database");
        assertEquals(List.of(), historyVersions(gaps));
    }

    @Test
    void aTargetOnTheWrongSideOfTheCurrentVersionIsRefusedSayingWhichCommandGoesThere() throws Exception {
        Migrator m = project.migrator();
        assertEquals(2, m.upgrade(2L, false));
        assertEquals("The database is at version 2, above the target 1; use db:downgrade to go down", refused(() -> m.upgrade(1L, false)).getMessage());
        assertEquals(2, m.upgrade(2L, false), "the current version itself is a target an upgrade reaches");
        assertEquals("The database is at version 2; the downgrade target 2 is not below it; give a lower version (0 reverts everything), or run"
                + " db:upgrade to go up", refused(() -> m.downgrade(2L, false)).getMessage());
        assertEquals("The database is at version 2; the downgrade target 3 is not below it; give a lower version (0 reverts everything), or run"
                + " db:upgrade to go up", refused(() -> m.downgrade(3L, false)).getMessage());
        assertEquals("The database is at version 2, above the target 1; use db:downgrade to go down",
                refused(() -> m.upgradeScript(1L, dir.resolve("up.sql"))).getMessage());
        assertEquals("Give the downgrade a target version or a number of steps, not both", refused(() -> new DowngradeTarget(1L, 1, false)).getMessage());
        assertEquals("The number of steps to downgrade must be 1 or more, not 0", refused(() -> new DowngradeTarget(null, 0, false)).getMessage());
        assertEquals(1, new DowngradeTarget(null, 1, false).steps(), "one step is a number of steps");
        assertEquals(List.of(1L, 2L), historyVersions());
    }

    @Test
    void statusLinesListAppliedAndPendingMigrationsAndTheStatesOfEach() throws Exception {
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n");
        project.migrator().upgrade(1L, false);
        MigrationStatus status = project.migrator().status();
        List<String> lines = status.lines();
        assertEquals("Current database version: 1", lines.get(0));
        assertEquals("Applied (1):", lines.get(1));
        assertTrue(lines.get(2).matches("       1  create users {29}\\d{4}-\\d\\d-\\d\\dT\\S+  test"), "[" + lines.get(2) + "]");
        assertEquals("Pending (3):", lines.get(3));
        assertEquals("       2  create posts                             migrations/002_create_posts.sql", lines.get(4));
        assertEquals("       3  add about me                             migrations/003_add_about_me.sql", lines.get(5));
        assertEquals("       4  backfill                                 migrations/004_backfill.sql  [irreversible]", lines.get(6));
        assertTrue(lines.get(7).startsWith("          irreversible once applied: migrations/004_backfill.sql:1:1"), lines.get(7));
        assertEquals(8, lines.size(), "no problems, no line for them: " + lines);

        project.migrator().upgrade(null, false);
        Files.delete(project.folder.resolve("002_create_posts.sql"));
        project.file("003_add_about_me.sql", "ALTER TABLE users ADD COLUMN about_me VARCHAR(140);\n-- edited\nSELECT 1;\n");
        status = project.migrator().status();
        lines = status.lines();
        assertEquals("Applied (4):", lines.get(1));
        assertTrue(lines.get(5).endsWith("  test  [irreversible]"), "the applied row without a down: [" + lines.get(5) + "]");
        assertFalse(lines.get(4).contains("[irreversible]"), lines.get(4));
        assertEquals("Pending (0):", lines.get(6));
        assertEquals("Problems:", lines.get(7));
        assertEquals("  version 2 (migrations/002_create_posts.sql) is applied but its file is missing; restore the file", lines.get(8));
        assertTrue(lines.get(9).startsWith("  migrations/003_add_about_me.sql was edited after it was applied: checksum now "), lines.get(9));
        List<MigrationState> states = status.migrations();
        assertEquals(List.of("applied", "missing", "edited", "applied"), states.stream().map(MigrationState::state).toList());
        MigrationState missing = states.get(1);
        assertEquals("create posts", missing.description(), "a missing file's description is its row's");
        assertNull(missing.file());
        assertNull(missing.checksum());
        assertEquals(MigrationFile.checksum("CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));\n"), missing.appliedChecksum());
        MigrationState edited = states.get(2);
        assertEquals("migrations/003_add_about_me.sql", edited.file());
        assertFalse(edited.checksum().equals(edited.appliedChecksum()));
        assertEquals("test", edited.appliedBy());
        assertNull(edited.irreversible());
        MigrationState backfill = states.get(3);
        assertTrue(backfill.irreversible().startsWith("migrations/004_backfill.sql:1:1"), "an applied row without a down says why: " + backfill);
        assertTrue(backfill.executionMillis() >= 0 && backfill.appliedAt().startsWith("20"), backfill::toString);
    }

    @Test
    void aPendingMigrationOlderThanTheAppliedOnesIsOutOfOrderInTheStatusAllowedOrNot() throws Exception {
        MigrationsOnDisk gaps = new MigrationsOnDisk(Files.createDirectories(dir.resolve("gaps")))
                .file("010_a.sql", "CREATE TABLE a (id INTEGER);\n")
                .file("030_c.sql", "CREATE TABLE c (id INTEGER);\n");
        gaps.migrator().upgrade(null, false);
        gaps.file("020_b.sql", "CREATE TABLE b (id INTEGER);\n").file("040_d.sql", "CREATE TABLE d (id INTEGER);\n");
        for (boolean allowed : new boolean[] {false, true}) {
            MigrationStatus status = new Migrator(gaps.settings(allowed), gaps.log::add).status();
            assertEquals(List.of("applied", "out-of-order", "applied", "pending"), status.migrations().stream().map(MigrationState::state).toList());
            assertEquals(List.of(20L, 40L), status.pending().stream().map(MigrationFile::version).toList());
            assertEquals(List.of("migrations/020_b.sql (version 20) is pending but older than the applied version 30; give it a newer version, or"
                    + " allow out-of-order migrations (-Ddb.outOfOrder=true)"), status.problems());
        }
        MigrationProblem p = refused(() -> gaps.migrator().upgrade(null, false));
        assertTrue(p.getMessage().startsWith("Validation failed:\n  migrations/020_b.sql (version 20) is pending"), p.getMessage());
        assertEquals(List.of(10L, 30L), historyVersions(gaps), "nothing ran, not even 040");
        // allowed, an upgrade to 30 applies 20 and leaves 40 pending
        assertEquals(30, new Migrator(gaps.settings(true), gaps.log::add).upgrade(30L, false));
        assertEquals(List.of(10L, 20L, 30L), historyVersions(gaps));
    }

    @Test
    void theValidationReportHoldsTheCountsTheFileProblemsAndTheDriftApart() throws Exception {
        project.migrator().upgrade(2L, false);
        ValidationReport clean = project.migrator().validation();
        assertEquals(new ValidationReport(2, 3, 2, List.of(), List.of()), clean);
        assertTrue(clean.valid());
        project.migrator().validate();
        assertTrue(project.logText().contains("Validated 3 migrations against 2 applied; the database is at version 2"), project.logText());

        sql("ALTER TABLE users ADD COLUMN sneaky TEXT");
        ValidationReport drifted = project.migrator().validation();
        assertEquals(List.of(), drifted.problems());
        assertEquals(1, drifted.drift().size());
        assertTrue(drifted.drift().get(0).startsWith("the database has drifted from its migrations at version 2"), drifted.drift().get(0));
        assertTrue(drifted.drift().get(0).contains("sneaky"), drifted.drift().get(0));
        assertFalse(drifted.valid());
        MigrationProblem p = refused(() -> project.migrator().validate());
        assertTrue(p.getMessage().startsWith("Validation failed:\n  the database has drifted"), p.getMessage());

        // an edited file: reported, and the drift (which would only repeat it) is not
        project.file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL, sneaky TEXT);\n");
        ValidationReport edited = project.migrator().validation();
        assertEquals(1, edited.problems().size());
        assertTrue(edited.problems().get(0).startsWith("migrations/001_create_users.sql was edited after it was applied"), edited.problems().get(0));
        assertEquals(List.of(), edited.drift());
        assertFalse(edited.valid());
    }

    @Test
    void withoutADatabaseStatusAndDowngradeSayVersionZeroAndCreateNoFile() {
        MigrationStatus status = project.migrator().status();
        assertEquals(0, status.currentVersion());
        assertEquals(3, status.pending().size());
        assertTrue(project.logText().contains("There is no database at " + project.database + " yet (version 0; db:upgrade creates it). If it should"
                + " exist, check db.url."), project.logText());
        assertEquals(0, project.migrator().downgrade(null, false));
        assertTrue(project.logText().contains("There is no database at " + project.database + " yet; nothing to downgrade."), project.logText());
        assertEquals(0, project.migrator().validation().currentVersion());
        assertFalse(Files.exists(project.database));
    }

    @Test
    void aDowngradeAtVersionZeroChangesNothingAndSaysSo() throws Exception {
        project.migrator().upgrade(1L, false);
        assertEquals(0, project.migrator().downgrade(null, false));
        project.log.clear();
        assertEquals(0, project.migrator().downgrade(null, false));
        assertEquals(List.of("The database is at version 0; nothing to downgrade.", "Current database version: 0"), project.log);
        assertEquals(List.of("cairn_history"), tables());
    }

    @Test
    void aFailedFirstUpgradeRemovesTheDatabaseFileItCreated() throws Exception {
        project.file("002_create_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n");
        MigrationProblem p = refused(() -> project.migrator().upgrade(null, false));
        assertTrue(p.getMessage().startsWith("migrations/002_create_posts.sql:2:1: the database refused the statement"), p.getMessage());
        assertFalse(Files.exists(project.database), "no empty database left behind");
        assertTrue(project.logText().contains("Removed app.db, which this run created and left empty"), project.logText());
        project.log.clear();
        MigrationProblem unknown = refused(() -> project.migrator().upgrade(9L, false));
        assertEquals(List.of(), project.log, "a target checked before the file is created: none to remove");
        assertTrue(unknown.getMessage().startsWith("There is no migration with version 9; the versions are [1, 2, 3]"), unknown.getMessage());
        assertFalse(Files.exists(project.database));
        // a database that had tables before is kept, whatever failed
        sql("CREATE TABLE kept (id INTEGER)");
        assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertEquals(List.of("kept"), tables());
    }

    @Test
    void oneTransactionHoldsTheRunAndAFailureSaysHowManyMigrationsWentWithIt() throws Exception {
        assertEquals(1, project.migrator().upgrade(1L, false));
        assertFalse(project.logText().contains("in one transaction"), "one migration: nothing to say");
        assertEquals(3, project.migrator().upgrade(null, false));
        assertTrue(project.log.contains("Committed 2 migrations in one transaction"), project.log::toString);
        assertTrue(project.log.stream().anyMatch(l -> l.matches("  applied 3 add about me \\(migrations/003_add_about_me.sql\\) in \\d{1,5} ms")),
                project.log::toString);
        assertEquals(0, project.migrator().downgrade(0L, false));
        project.file("004_broken.sql", "INSERT INTO nowhere VALUES (1);\n");
        project.log.clear();
        assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
        assertTrue(project.log.stream().anyMatch(l -> l.endsWith("004_broken.sql) failed and was rolled back, with the 3 migrations this run applied"
                + " before it in the same transaction; later migrations were not run. The database is at version 0")), project.log::toString);
        assertEquals(List.of(), historyVersions());
    }

    @Test
    void dryRunsPrintEveryStatementAndDownAndTheVersionTheyWouldReach() throws Exception {
        project.file("004_backfill.sql", "UPDATE users SET about_me = 'hi';\n");
        project.migrator().upgrade(1L, false);
        project.log.clear();
        assertEquals(1, project.migrator().upgrade(3L, true));
        List<String> up = project.log;
        assertTrue(up.contains("-- up of migrations/002_create_posts.sql (version 2)"), up::toString);
        assertTrue(up.contains("CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));"), up::toString);
        assertTrue(up.contains("-- its down (derived), stored in cairn_history:"), up::toString);
        assertTrue(up.stream().anyMatch(l -> l.startsWith("--   DROP TABLE") && l.contains("posts")), up::toString);
        assertFalse(up.stream().anyMatch(l -> l.contains("version 4")), "the target stops it: " + up);
        assertEquals("Dry run: nothing was changed. The database stays at version 1; upgrading would reach 3", up.get(up.size() - 1));

        project.log.clear();
        project.migrator().upgrade(null, true);
        assertTrue(project.log.stream().anyMatch(l -> l.startsWith("--   irreversible: migrations/004_backfill.sql:1:1")), project.log::toString);

        project.migrator().upgrade(3L, false);
        project.log.clear();
        assertEquals(3, project.migrator().upgrade(3L, true));
        assertEquals(List.of("Nothing to migrate.", "Dry run: nothing was changed. The database stays at version 3"), project.log);

        project.log.clear();
        assertEquals(3, project.migrator().downgrade(1L, true));
        List<String> down = project.log;
        assertTrue(down.contains("-- down of migrations/003_add_about_me.sql (version 3)"), down::toString);
        assertTrue(down.contains("DELETE FROM cairn_history WHERE version = 3;"), down::toString);
        assertTrue(down.contains("DELETE FROM cairn_history WHERE version = 2;"), down::toString);
        assertTrue(down.indexOf("DELETE FROM cairn_history WHERE version = 3;") < down.indexOf("DELETE FROM cairn_history WHERE version = 2;"),
                "newest first: " + down);
        assertTrue(down.contains("WARNING: Downgrading to version 1 drops table posts and the data in it"), down::toString);
        assertTrue(down.contains("WARNING: Downgrading to version 1 drops column users.about_me and the data in it"), down::toString);
        assertEquals("Dry run: nothing was changed. The database stays at version 3", down.get(down.size() - 1));
        assertEquals(List.of(1L, 2L, 3L), historyVersions());
    }

    @Test
    void transactionScopesAreNamedInAnyCaseAndAnUnknownOneIsRefused() {
        assertEquals(TransactionScope.MIGRATION, TransactionScope.named(" Migration "));
        assertEquals(TransactionScope.RUN, TransactionScope.named("RUN"));
        assertEquals("Unknown transaction scope 'batch'; use run (one transaction for the upgrade) or migration (one per migration)",
                refused(() -> TransactionScope.named("batch")).getMessage());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private List<String> tables() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private List<Long> historyVersions() throws Exception {
        return historyVersions(project);
    }

    private static List<Long> historyVersions(MigrationsOnDisk p) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(p.url()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM cairn_history ORDER BY version")) {
            while (r.next()) out.add(r.getLong(1));
        }
        return out;
    }
}
