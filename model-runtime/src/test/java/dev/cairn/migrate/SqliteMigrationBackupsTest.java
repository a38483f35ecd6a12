package dev.cairn.migrate;

import dev.cairn.testdb.SqliteFileContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copies the migrator takes of a SQLite file (three kept, {@link MigrationsOnDisk}), each opened and read: a copy
 * holds the schema, history and rows the database had right before the command that took it (so an upgrade from
 * version 2 leaves a copy of version 2); an unchanged database is not copied again; pruning keeps the newest copies and
 * the newest copy of each version.
 */
class SqliteMigrationBackupsTest {
    @TempDir
    Path dir;
    MigrationsOnDisk project;

    @BeforeEach
    void fiveMigrations() throws Exception {
        project = new MigrationsOnDisk(dir)
                .file("001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL UNIQUE);\n")
                .file("002_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140), user_id INTEGER REFERENCES users (id));\n"
                        + "INSERT INTO posts (id, body) VALUES (1, 'first');\n")
                .file("003_about_me.sql", "ALTER TABLE users ADD COLUMN about_me VARCHAR(140);\n")
                .file("004_tags.sql", "CREATE TABLE tags (name VARCHAR(20) PRIMARY KEY);\n")
                .file("005_tag_rows.sql", "INSERT INTO tags (name) VALUES ('news');\n-- migrate:down\nDELETE FROM tags WHERE name = 'news';\n");
    }

    @Test
    void eachCopyHoldsTheDatabaseAsItWasRightBeforeTheCommandThatTookIt() throws Exception {
        assertEquals(1, project.migrator().upgrade(1L, false));
        assertEquals(Set.of(), copies(), "the first upgrade made the file: nothing to copy");
        int row = 0;
        for (Command command : List.of(
                new Command("upgrade from 1 to 2", 1, m -> m.upgrade(2L, false)),
                new Command("upgrade from 2 to 5", 2, m -> m.upgrade(null, false)),
                new Command("downgrade from 5 to 3", 5, m -> m.downgrade(3L, false)),
                new Command("downgrade from 3 to 1", 3, m -> m.downgrade(1L, false)))) {
            write("INSERT INTO users (nickname) VALUES ('user " + ++row + "')");
            SqliteFileContent before = SqliteFileContent.of(project.database);
            Set<Path> earlier = copies();
            command.run().accept(project.migrator());
            Path copy = newCopy(earlier, command.what());
            assertTrue(copy.getFileName().toString().endsWith(".v" + command.from() + ".backup"), command.what() + ": " + copy);
            SqliteFileContent held = SqliteFileContent.of(copy);
            assertEquals("ok", held.quickCheck(), command.what() + ": " + copy);
            assertEquals(before, held, command.what() + ": the copy holds the database as it was before, not after");
            assertEquals(List.of(String.valueOf(command.from())), SqliteFileContent.query(copy, "SELECT max(version) FROM cairn_history"), command.what());
            assertNotEquals(SqliteFileContent.of(project.database), held, command.what() + " changed the database after the copy");
        }
        // and what the copies hold, by name: the upgrade from 2 left version 2, with its row of 002 and the users of then
        Path fromTwo = copies().stream().filter(p -> p.getFileName().toString().endsWith(".v2.backup")).findFirst().orElseThrow();
        assertEquals(List.of("cairn_history", "posts", "users"), SqliteFileContent.of(fromTwo).tables());
        assertEquals(List.of("first"), SqliteFileContent.query(fromTwo, "SELECT body FROM posts"));
        assertEquals(List.of("user 1", "user 2"), SqliteFileContent.query(fromTwo, "SELECT nickname FROM users ORDER BY id"));
        assertEquals(List.of("id", "nickname"), SqliteFileContent.query(fromTwo, "SELECT name FROM pragma_table_info('users') ORDER BY cid"));
    }

    @Test
    void nothingToDoTakesNoCopy() throws Exception {
        assertEquals(5, project.migrator().upgrade(null, false));
        Set<Path> none = copies();
        assertEquals(5, project.migrator().upgrade(null, false));
        assertEquals(5, project.migrator().downgrade(1L, true), "a dry run");
        project.migrator().validate();
        project.migrator().status();
        assertEquals(none, copies());
    }

    @Test
    void aFailedUpgradeRetriedFiveTimesKeepsTheOneCopyOfTheVersionItStartedFrom() throws Exception {
        assertEquals(2, project.migrator().upgrade(2L, false));
        write("INSERT INTO users (id, nickname) VALUES (1, 'ann')");
        SqliteFileContent atTwo = SqliteFileContent.of(project.database);
        project.file("006_fails.sql", "INSERT INTO users (id, nickname) VALUES (1, 'a second ann');\n"); // the engine refuses the key
        Path copy = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            Set<Path> earlier = copies();
            MigrationProblem p = assertThrows(MigrationProblem.class, () -> project.migrator().upgrade(null, false));
            assertTrue(p.getMessage().contains("006_fails.sql"), p.getMessage());
            assertEquals(atTwo, SqliteFileContent.of(project.database), "attempt " + attempt + " left the database as it was");
            if (attempt == 1) copy = newCopy(earlier, "the first attempt");
            else assertEquals(Set.of(copy), copies(), "attempt " + attempt + " took no new copy: the database is unchanged since the first");
        }
        assertEquals(atTwo, SqliteFileContent.of(copy));
        // fixed, the upgrade runs from the same unchanged state: the copy of version 2 it has is still the right one
        project.file("006_fails.sql", "INSERT INTO users (id, nickname) VALUES (2, 'bob');\n");
        assertEquals(6, project.migrator().upgrade(null, false));
        assertEquals(Set.of(copy), copies());
        // once the database changed (version 6 now), the next command copies it again
        assertEquals(5, project.migrator().downgrade(5L, false));
        assertEquals(2, copies().size(), copies().toString());
    }

    @Test
    void pruningKeepsTheThreeNewestCopiesAndTheNewestCopyOfEachVersion() throws Exception {
        assertEquals(1, project.migrator().upgrade(1L, false));
        List<Path> taken = new ArrayList<>();
        for (long v = 2; v <= 5; v++) {
            Set<Path> earlier = copies();
            project.migrator().upgrade(v, false);
            taken.add(newCopy(earlier, "upgrade to " + v));
        }
        for (int round = 0; round < 3; round++) {
            Set<Path> earlier = copies();
            project.migrator().downgrade(4L, false);
            taken.add(newCopy(earlier, "downgrade to 4, round " + round));
            earlier = copies();
            project.migrator().upgrade(5L, false);
            taken.add(newCopy(earlier, "upgrade to 5, round " + round));
        }
        // taken, oldest first: v1 v2 v3 v4 | v5 v4 | v5 v4 | v5 v4
        Set<Path> expected = new TreeSet<>(taken.subList(taken.size() - 3, taken.size()));
        Map<String, Path> newestOfVersion = new HashMap<>();
        for (Path p : taken) newestOfVersion.put(version(p), p);
        expected.addAll(newestOfVersion.values());
        assertEquals(expected, copies(), "taken: " + taken);
        assertEquals(6, copies().size(), "v1, v2, v3 (the newest of their versions) and the three newest: v5, v4, v4");
        assertTrue(copies().contains(taken.get(taken.size() - 1)), "the newest copy is never pruned");
        for (Path p : copies()) {
            assertEquals("ok", SqliteFileContent.of(p).quickCheck(), p.toString());
            assertEquals(List.of(version(p)), SqliteFileContent.query(p, "SELECT max(version) FROM cairn_history"), p.toString());
        }
    }

    @Test
    void aCopyHalfWrittenByAKilledMigratorGoesWithTheNextUpgradeOrDowngradeEvenWithNothingToDo() throws Exception {
        assertEquals(5, project.migrator().upgrade(null, false));
        Path halfWritten = dir.resolve("app.db.20260101-000000-000-999999999.v5.backup.partial"); // no process 999999999
        Files.writeString(halfWritten, "the first pages of a copy");
        assertEquals(5, project.migrator().downgrade(1L, true), "a dry run");
        assertTrue(Files.exists(halfWritten), "a dry run changes nothing");
        assertEquals(5, project.migrator().upgrade(null, false), "nothing to migrate");
        assertTrue(Files.notExists(halfWritten));
        assertTrue(project.logText().contains("Deleted " + halfWritten.getFileName() + ", a backup copy left half-written by a migrator"
                + " that was stopped while writing it"), project.logText());
        Files.writeString(halfWritten, "the first pages of a copy");
        assertEquals(4, project.migrator().downgrade(4L, false));
        assertTrue(Files.notExists(halfWritten));
        assertEquals(Set.of(), copies().stream().filter(p -> !p.getFileName().toString().endsWith(".v5.backup")).collect(Collectors.toSet()),
                "the downgrade took its copy of version 5, nothing else");
    }

    private record Command(String what, long from, MigratorCall run) {
    }

    private interface MigratorCall {
        void accept(Migrator m) throws Exception;
    }

    private void write(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(project.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The complete copies beside the database. */
    private Set<Path> copies() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.filter(f -> f.getFileName().toString().matches("app\\.db\\..*\\.backup")).toList());
        }
    }

    /** The one copy that is there now and was not {@code before}. */
    private Path newCopy(Set<Path> before, String what) throws Exception {
        List<Path> added = copies().stream().filter(p -> !before.contains(p)).toList();
        assertEquals(1, added.size(), what + " took one copy: " + added);
        return added.get(0);
    }

    private static String version(Path copy) {
        String name = copy.getFileName().toString();
        return name.substring(name.lastIndexOf(".v") + 2, name.length() - ".backup".length());
    }
}
