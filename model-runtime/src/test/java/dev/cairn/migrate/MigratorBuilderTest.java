package dev.cairn.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime API: files read in the background, their mistakes thrown by the first command, as they were thrown. */
class MigratorBuilderTest {
    @TempDir
    Path dir;

    private Migrator migrator(Path folder, Path database) {
        return Migrator.configure().url("jdbc:sqlite:" + database).migrationsIn(folder).log(m -> {
        }).build();
    }

    @Test
    void aNamingMistakeIsThrownByTheFirstCommandAndLeavesNoDatabaseFile() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(folder.resolve("001_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        Files.writeString(folder.resolve("001_again.sql"), "CREATE TABLE again (id INTEGER PRIMARY KEY);\n");
        Path database = dir.resolve("app.db");
        Migrator m = migrator(folder, database); // building does not wait for the files
        MigrationFileProblem p = assertThrows(MigrationFileProblem.class, () -> m.upgrade(null, false));
        assertTrue(p.getMessage().contains("version 1 is also used by"), p.getMessage());
        assertFalse(Files.exists(database));
    }

    @Test
    void upgradeThenTheNoOpReadTheFilesOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        for (int v = 1; v <= 100; v++) Files.writeString(folder.resolve(String.format("%03d_t%d.sql", v, v)), "CREATE TABLE t" + v + " (id INTEGER);\n");
        Path database = dir.resolve("app.db");
        assertEquals(100, migrator(folder, database).upgrade(null, false));
        assertEquals(100, migrator(folder, database).upgrade(null, false));
        Files.writeString(folder.resolve("050_t50.sql"), "CREATE TABLE t50 (id INTEGER, edited TEXT);\n");
        MigrationProblem edited = assertThrows(MigrationProblem.class, () -> migrator(folder, database).upgrade(null, false));
        assertTrue(edited.getMessage().contains("050_t50.sql was edited after it was applied"), edited.getMessage());
    }
}
