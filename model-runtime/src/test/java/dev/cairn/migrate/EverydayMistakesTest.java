package dev.cairn.migrate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everyday mistakes around the database and the files (issue "no dead ends"): each message names the file, the cause
 * and what to do, and nothing is left behind or changed.
 */
class EverydayMistakesTest {
    @TempDir
    Path dir;
    Path folder;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void migrations() throws Exception {
        folder = Files.createDirectories(dir.resolve("m"));
        Files.writeString(folder.resolve("001_a.sql"), "CREATE TABLE a (id INT);\n");
    }

    Migrator migrator(String url) {
        return Migrator.configure().migrationsIn(folder).url(url).log(log::add).build();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path db = dir.resolve("nope/app.db");
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> migrator("jdbc:sqlite:" + db).upgrade(null, false));
        assertTrue(e.getMessage().startsWith("The folder " + db.getParent() + " of the SQLite database app.db does not exist; create it"), e.getMessage());
        assertFalse(Files.exists(db.getParent()));
    }

    @Test
    void aFileThatIsNotADatabaseIsNamedAndLeftAlone() throws Exception {
        Path db = dir.resolve("notes.txt");
        byte[] text = "these are my notes, not a database; ".repeat(10).getBytes(StandardCharsets.UTF_8);
        Files.write(db, text);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> migrator("jdbc:sqlite:" + db).upgrade(null, false));
        assertTrue(e.getMessage().startsWith(db + " is not a SQLite database (SQLITE_NOTADB"), e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(db));
    }

    @Test
    void statusOnAMistypedPathSaysThereIsNoDatabaseThereAndCreatesNone() {
        Path db = dir.resolve("tpyo.db");
        assertEquals(0, migrator("jdbc:sqlite:" + db).status().currentVersion());
        assertTrue(log.stream().anyMatch(l -> l.equals("There is no database at " + db + " yet (version 0; db:upgrade creates it). If it should exist, check db.url.")), log.toString());
        assertFalse(Files.exists(db));
    }

    @Test
    void aFailingFirstMigrationLeavesNoEmptyDatabaseFile() throws Exception {
        Files.writeString(folder.resolve("002_b.sql"), "INSERT INTO missing VALUES (1);\n");
        Path db = dir.resolve("app.db");
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> migrator("jdbc:sqlite:" + db).upgrade(null, false));
        assertTrue(e.getMessage().contains("002_b.sql:1:1"), e.getMessage());
        assertFalse(Files.exists(db), "the file this run created is gone");
        assertFalse(Files.exists(dir.resolve("app.db-journal")));
        // a database that existed before is never removed, even when empty
        Files.createFile(db);
        assertThrows(MigrationProblem.class, () -> migrator("jdbc:sqlite:" + db).upgrade(null, false));
        assertTrue(Files.exists(db));
    }

    @Test
    void aDowngradeWithNoDatabaseCreatesNone() {
        Path db = dir.resolve("app.db");
        assertEquals(0, migrator("jdbc:sqlite:" + db).downgrade(null, false));
        assertFalse(Files.exists(db));
        assertTrue(log.contains("There is no database at " + db + " yet; nothing to downgrade."), log.toString());
    }

    @Test
    void aLatin1FileIsNamedWithTheByteAndItsPosition() throws Exception {
        Files.write(folder.resolve("002_b.sql"), "-- first line\nINSERT INTO a VALUES (1); -- café\n".getBytes(StandardCharsets.ISO_8859_1));
        MigrationFileProblem e = assertThrows(MigrationFileProblem.class, () -> MigrationDirectory.load(folder, "m/"));
        assertEquals("m/002_b.sql:2:33: the file is not UTF-8: byte 0xE9 at offset 46 is not valid UTF-8 (a Latin-1 or Windows-1252 file?);"
                + " save it as UTF-8, or read the migrations in its encoding: set db.encoding or project.build.sourceEncoding", e.getMessage());
    }

    @Test
    void strayFilesFollowOneRuleThatTheMessageStates() throws Exception {
        Files.writeString(folder.resolve("README.md"), "notes");
        Files.createDirectories(folder.resolve("002_old"));
        assertEquals(1, MigrationDirectory.load(folder, "m/").size(), "README.md and a folder are ignored");
        for (String stray : List.of("003_x.SQL", "003_x.sql.bak", "004_y.txt", "notes.sql")) {
            Files.writeString(folder.resolve(stray), "SELECT 1;");
            MigrationFileProblem e = assertThrows(MigrationFileProblem.class, () -> MigrationDirectory.load(folder, "m/"));
            assertTrue(e.getMessage().contains("m/" + stray + ": not a migration file name"), e.getMessage());
            assertTrue(e.getMessage().contains("any other file, such as README.md, is ignored"), e.getMessage());
            Files.delete(folder.resolve(stray));
        }
    }

    @Test
    void aDatabaseWithTablesButNoHistoryIsPointedToBaseline() throws Exception {
        Path db = dir.resolve("legacy.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE a (id INT)");
        }
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> migrator("jdbc:sqlite:" + db).upgrade(null, false));
        assertTrue(e.getMessage().contains("the database already has tables but no history table (cairn_history)"), e.getMessage());
        assertTrue(e.getMessage().contains("db:baseline -Ddb.version=N"), e.getMessage());
        assertFalse(e.getMessage().contains("db:diff"), e.getMessage());
    }

    @Test
    void aNoOpUpgradeSaysItDidNotCompareTheSchema() {
        Path db = dir.resolve("app.db");
        migrator("jdbc:sqlite:" + db).upgrade(null, false);
        log.clear();
        migrator("jdbc:sqlite:" + db).upgrade(null, false);
        assertTrue(log.contains("Nothing to migrate (the live schema was not compared with the migrations; db:validate does that)."), log.toString());
    }

    @Test
    void anUnknownUrlSchemeNamesTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> migrator("jdbc:h2:mem:x").status());
        assertTrue(e.getMessage().contains("db.dialect (Maven) or Migrator.configure().dialect("), e.getMessage());
    }

    @Test
    void aMissingDriverNamesTheArtifactToAdd() {
        // the MariaDB driver on this classpath does not take jdbc:mysql: URLs; MySQL's own driver is not here
        MigrationProblem e = assertThrows(MigrationProblem.class,
                () -> migrator("jdbc:mysql://127.0.0.1:3306/test?user=root&password=Not-Shown-9").upgrade(null, false));
        assertTrue(e.getMessage().contains("is on the classpath: add com.mysql:mysql-connector-j"), e.getMessage());
        assertFalse(e.getMessage().contains("Not-Shown-9"), e.getMessage());
    }

    @Test
    void aReadOnlyDatabaseIsNamedAsSuch() throws Exception {
        Path db = dir.resolve("app.db");
        migrator("jdbc:sqlite:" + db).upgrade(null, false);
        Files.writeString(folder.resolve("002_b.sql"), "CREATE TABLE b (id INT);\n");
        // root may write any file: open it read-only through the URL, as a user with a read-only file would see it
        MigrationProblem e = assertThrows(MigrationProblem.class,
                () -> Migrator.configure().migrationsIn(folder).url("jdbc:sqlite:file:" + db + "?mode=ro").backups(false, 0).log(log::add).build()
                        .upgrade(null, false));
        assertTrue(e.getMessage().startsWith("The SQLite database " + db + " is read-only for this user (SQLITE_READONLY)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(found when m/002_b.sql:1:1 was run; nothing of this run was kept)")
                || e.getMessage().contains("002_b.sql:1:1 was run"), e.getMessage());
        assertEquals(1, migrator("jdbc:sqlite:" + db).status().currentVersion());
    }
}
