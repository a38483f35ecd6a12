package dev.cairn.migrate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A downgrade with neither target nor steps, in a build that cannot ask (issue 16, point 6): refused before anything
 * changes when its one step drops a table or column, done when it loses nothing; a target or a number of steps goes
 * ahead.
 */
class UnattendedDowngradeTest {
    @TempDir
    Path dir;
    Path db;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void upgraded() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("m"));
        Files.writeString(folder.resolve("001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        Files.writeString(folder.resolve("002_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, body TEXT);\nINSERT INTO posts VALUES (1, 'hello');\n");
        Files.writeString(folder.resolve("003_index.sql"), "CREATE INDEX users_name ON users (name);\n");
        db = dir.resolve("app.db");
        migrator(folder).upgrade(null, false);
        this.folder = folder;
    }

    Path folder;

    Migrator migrator(Path folder) {
        return Migrator.configure().migrationsIn(folder).url("jdbc:sqlite:" + db).backups(false, 0).log(log::add).build();
    }

    long version() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT MAX(version) FROM cairn_history")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static final DowngradeTarget UNATTENDED_DEFAULT = new DowngradeTarget(null, null, true);

    @Test
    void aDefaultStepThatLosesNothingIsDoneAndOneThatDropsATableIsRefusedUntouched() throws Exception {
        assertEquals(2, migrator(folder).downgrade(UNATTENDED_DEFAULT, false, Set.of()), "dropping an index loses no data");
        byte[] before = Files.readAllBytes(db);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> migrator(folder).downgrade(UNATTENDED_DEFAULT, false, Set.of()));
        assertEquals("Refusing to downgrade without a target in a build that cannot ask (batch mode or CI): the step from version 2 to 1 loses"
                + " data (table posts). To go ahead, add -Ddb.target=1 or -Ddb.steps=1. Nothing was changed.", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db), "the database file is untouched");
        assertEquals(2, version());
    }

    @Test
    void stepsOrATargetGoAhead() throws Exception {
        assertEquals(1, migrator(folder).downgrade(new DowngradeTarget(null, 2, true), false, Set.of()));
        assertEquals(1, version());
        assertEquals(0, migrator(folder).downgrade(new DowngradeTarget(0L, null, true), false, Set.of()));
        assertEquals(0, version());
    }

    @Test
    void aDryRunIsNotRefusedAndAnAttendedDefaultStepStillGoesAhead() throws Exception {
        migrator(folder).downgrade(DowngradeTarget.to(2L), false, Set.of());
        assertEquals(2, migrator(folder).downgrade(UNATTENDED_DEFAULT, true, Set.of()), "a dry run changes nothing, so it needs no target");
        assertEquals(1, migrator(folder).downgrade(new DowngradeTarget(null, null, false), false, Set.of()));
        assertEquals(1, version());
    }

    @Test
    void moreStepsThanAppliedVersionsReachTheEmptyDatabase() throws Exception {
        assertEquals(0, migrator(folder).downgrade(new DowngradeTarget(null, 9, true), false, Set.of()));
        assertThrows(MigrationProblem.class, () -> new DowngradeTarget(1L, 1, true));
        assertThrows(MigrationProblem.class, () -> new DowngradeTarget(null, 0, true));
    }
}
