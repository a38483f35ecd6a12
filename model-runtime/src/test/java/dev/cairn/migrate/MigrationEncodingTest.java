package dev.cairn.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations read in the project's encoding (issue 16, point 10): a Latin-1 file applies its text as written, its
 * checksum is the one of the same text in UTF-8 (a UTF-8 project's checksums do not change), and a byte the encoding
 * does not have is named with its file, line, column and offset.
 */
class MigrationEncodingTest {
    @TempDir
    Path dir;

    private static final String SQL = "CREATE TABLE cafe (id INTEGER PRIMARY KEY, name TEXT DEFAULT 'café'); -- é\nINSERT INTO cafe (id) VALUES (1);\n";

    private Path folder(String name, Charset encoding) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.write(folder.resolve("001_cafe.sql"), SQL.getBytes(encoding));
        return folder;
    }

    @Test
    void aLatin1FileReadAsLatin1HasTheTextAndTheChecksumOfTheSameTextInUtf8() throws Exception {
        MigrationFile latin1 = MigrationDirectory.load(folder("latin1", StandardCharsets.ISO_8859_1), "m/", StandardCharsets.ISO_8859_1).get(0);
        MigrationFile utf8 = MigrationDirectory.load(folder("utf8", StandardCharsets.UTF_8), "m/").get(0);
        assertTrue(latin1.upSql().contains("'café'"), latin1.upSql());
        assertEquals(utf8.checksum(), latin1.checksum());
        assertEquals(utf8.fileChecksum(), latin1.fileChecksum());
    }

    @Test
    void aLatin1ProjectAppliesItsTextAsWrittenAndValidatesAfterwards() throws Exception {
        Path folder = folder("latin1", StandardCharsets.ISO_8859_1);
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        List<String> log = new ArrayList<>();
        Migrator.configure().migrations(MigrationDirectory.load(folder, "m/", StandardCharsets.ISO_8859_1)).url(url).log(log::add).build().upgrade(null, false);
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery("SELECT name FROM cafe")) {
            rs.next();
            assertEquals("café", rs.getString(1));
        }
        // the same text in UTF-8 (the project re-encoded its files): same checksums, so validate finds nothing edited
        Path utf8 = folder("utf8", StandardCharsets.UTF_8);
        Migrator.configure().migrations(MigrationDirectory.load(utf8, "m/")).url(url).log(log::add).build().validate();
    }

    @Test
    void aByteTheEncodingLacksIsNamedWithFileLineColumnAndOffset() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cp1252"));
        byte[] bytes = "SELECT 1;\n-- a\u0081b\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("001_x.sql"), bytes);
        Charset cp1252 = Charset.forName("windows-1252");
        MigrationFileProblem e = assertThrows(MigrationFileProblem.class, () -> MigrationDirectory.load(folder, "m/", cp1252));
        assertEquals("m/001_x.sql:2:5: the file is not windows-1252: byte 0x81 at offset 14 is not valid windows-1252; save it as windows-1252,"
                + " or read the migrations in its encoding: set db.encoding or project.build.sourceEncoding", e.getMessage());
    }
}
