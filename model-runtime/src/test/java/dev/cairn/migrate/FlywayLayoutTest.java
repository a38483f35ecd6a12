package dev.cairn.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder in Flyway's layout, read as Flyway reads it; Cairn's own layout is unchanged (MigrationDirectoryTest). */
class FlywayLayoutTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void versionedFilesTakeTheirOrdinalInFlywaysNumericOrderAndKeepTheirNames() throws IOException {
        write("V10__ten.sql", "SELECT 10;");
        write("V2_1__two_one.sql", "SELECT 21;");
        write("V1.10__one_ten.sql", "SELECT 110;");
        write("V1.2.3__one_two_three.sql", "SELECT 123;");
        write("V1.9__one_nine.sql", "SELECT 19;");
        write("V1__one.sql", "SELECT 1;");
        write("README.md", "notes");
        List<MigrationFile> files = MigrationDirectory.load(dir, "db/migration/");
        assertEquals(List.of("V1__one.sql", "V1.2.3__one_two_three.sql", "V1.9__one_nine.sql", "V1.10__one_ten.sql", "V2_1__two_one.sql", "V10__ten.sql"),
                files.stream().map(f -> f.displayName().substring("db/migration/".length())).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), files.stream().map(MigrationFile::version).toList());
        assertEquals("one two three", files.get(1).description());
        assertEquals("2.1", ((MigrationFiles) files).flyway().get(5L).version().toString());
    }

    @Test
    void repeatableMigrationsAreReadBesideTheVersionedOnesInDescriptionOrder() throws IOException {
        write("V1__one.sql", "CREATE TABLE t (id INTEGER);");
        write("R__b_view.sql", "CREATE VIEW b AS SELECT id FROM t;");
        write("R__a_view.sql", "CREATE VIEW a AS SELECT id FROM t;");
        List<MigrationFile> files = MigrationDirectory.load(dir, "");
        assertEquals(1, files.size());
        assertEquals(List.of("a view", "b view"), RepeatableMigration.of(files).stream().map(RepeatableMigration::description).toList());
        assertEquals(List.of(), RepeatableMigration.of(List.copyOf(files)), "a plain list has none");
    }

    @Test
    void sameVersionWrittenTwoWaysAndAMixOfLayoutsAreRefused() throws IOException {
        write("V1__one.sql", "SELECT 1;");
        write("V1.0__again.sql", "SELECT 1;");
        write("002_cairn.sql", "SELECT 2;");
        write("V3_three.sql", "SELECT 3;");
        String p = assertThrows(MigrationFileProblem.class, () -> MigrationDirectory.load(dir, "m/")).getMessage();
        assertTrue(p.contains("Flyway version 1 is also used by m/V1.0__again.sql") || p.contains("Flyway version 1.0 is also used by m/V1__one.sql"), p);
        assertTrue(p.contains("m/002_cairn.sql: a Cairn-named migration in a folder of Flyway migrations"), p);
        assertTrue(p.contains("m/V3_three.sql: not a Flyway migration file name"), p);
    }

    @Test
    void aNewMigrationInAFlywayFolderIsNamedTheFlywayWayAfterTheNewest() throws IOException {
        write("V1.1__one.sql", "SELECT 1;");
        write("V2_1__two.sql", "SELECT 2;");
        Path file = NewMigration.create(dir, "Add tags", NewMigration.Style.SEQUENCE, java.time.Clock.systemUTC());
        assertEquals("V3__add_tags.sql", file.getFileName().toString());
        List<MigrationFile> files = MigrationDirectory.load(dir, "");
        assertEquals(List.of(1L, 2L, 3L), files.stream().map(MigrationFile::version).toList());
        assertEquals("V3__add_tags.sql", files.get(2).displayName());
        Path stamped = NewMigration.create(dir, "later", NewMigration.Style.TIMESTAMP,
                java.time.Clock.fixed(java.time.Instant.parse("2026-12-08T01:02:03Z"), java.time.ZoneOffset.UTC));
        assertEquals("V20261208010203__later.sql", stamped.getFileName().toString());
    }

    @Test
    void flywaysChecksumIsACrc32OfTheLinesWithoutTheirBreaks() {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("SELECT 1;".getBytes());
        crc.update("SELECT 2;".getBytes());
        int expected = (int) crc.getValue();
        assertEquals(expected, FlywayChecksum.of("SELECT 1;\nSELECT 2;\n"));
        assertEquals(expected, FlywayChecksum.of("\uFEFFSELECT 1;\r\nSELECT 2;"));
    }
}
