package dev.cairn.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationDirectoryTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private String problem() {
        return assertThrows(MigrationFileProblem.class, () -> MigrationDirectory.load(dir, "m/")).getMessage();
    }

    @Test
    void loadsInNumericOrderAndIgnoresOtherFiles() throws IOException {
        write("10_ten.sql", "SELECT 10;");
        write("9_nine.sql", "SELECT 9;");
        write("20261125093000_add_posts.sql", "SELECT 1;");
        write("README.md", "notes");
        List<MigrationFile> files = MigrationDirectory.load(dir, "m/");
        assertEquals(List.of(9L, 10L, 20261125093000L), files.stream().map(MigrationFile::version).toList());
        assertEquals("add posts", files.get(2).description());
        assertEquals("m/9_nine.sql", files.get(0).displayName());
    }

    @Test
    void commentOnlyFileIsAValidNoOp() throws IOException {
        write("001_nothing.sql", "-- kept for alignment with the PostgreSQL folder");
        assertEquals(1, MigrationDirectory.load(dir, "").size());
    }

    @Test
    void duplicateVersionNamesBothFiles() throws IOException {
        write("001_a.sql", "SELECT 1;");
        write("1_b.sql", "SELECT 1;");
        String m = problem();
        assertTrue(m.contains("m/1_b.sql: version 1 is also used by m/001_a.sql"), m);
    }

    @Test
    void sqlFileWithoutVersionIsAMistake() throws IOException {
        write("create_users.sql", "SELECT 1;");
        assertTrue(problem().contains("m/create_users.sql: not a migration file name"));
    }

    @Test
    void nearMissesAreMistakes() throws IOException {
        write("002_x.SQL", "SELECT 1;");
        write("003_y.sql.txt", "SELECT 1;");
        String m = problem();
        assertTrue(m.contains("m/002_x.SQL: not a migration file name"), m);
        assertTrue(m.contains("m/003_y.sql.txt: not a migration file name"), m);
    }

    @Test
    void zeroByteFileIsAMistake() throws IOException {
        write("001_empty.sql", "");
        assertTrue(problem().contains("m/001_empty.sql: the file is empty"));
    }

    @Test
    void missingFolderIsAClearError() {
        var e = assertThrows(MigrationFileProblem.class, () -> MigrationDirectory.load(dir.resolve("nope"), ""));
        assertTrue(e.getMessage().contains("does not exist"));
    }

    @Test
    void upAndDownPartsKeepTheirStartLines() {
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql",
                "-- migrate:up\nCREATE TABLE a (id INT);\n\n-- migrate:down\nDROP TABLE a;\n");
        assertEquals("CREATE TABLE a (id INT);\n", f.upSql());
        assertEquals(2, f.upStartLine());
        assertEquals("DROP TABLE a;\n", f.downSql());
        assertEquals(5, f.downStartLine());
    }

    @Test
    void withoutMarkersTheWholeFileIsTheUpPart() {
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql", "CREATE TABLE a (id INT);");
        assertEquals("CREATE TABLE a (id INT);", f.upSql());
        assertEquals(1, f.upStartLine());
        assertNull(f.downSql());
    }

    @Test
    void checksumIgnoresLineEndingsAndTrailingWhitespaceOnly() {
        String lf = MigrationFile.checksum("CREATE TABLE a (id INT);\nDROP TABLE a;\n");
        assertEquals(lf, MigrationFile.checksum("CREATE TABLE a (id INT);  \r\nDROP TABLE a;\r\n\r\n"));
        assertNotEquals(lf, MigrationFile.checksum("CREATE TABLE a (id  INT);\nDROP TABLE a;\n"));
    }

    @Test
    void aFileOfOnlyADownPartHasAnEmptyUpAndItsDownFromLineTwo() {
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql", "-- migrate:down\nDROP TABLE a;\n");
        assertEquals("", f.upSql());
        assertEquals("DROP TABLE a;\n", f.downSql());
        assertEquals(2, f.downStartLine());
        assertTrue(f.hasWrittenDown());
        assertEquals(MigrationFile.checksum(""), f.checksum());
        assertFalse(MigrationFile.parse(1, "x", "x.sql", "SELECT 1;\n").hasWrittenDown());
    }

    @Test
    void anUpMarkerAfterBlankLinesStillStartsTheUpPartAndALoneCarriageReturnEndsALine() {
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql", "\n  \n-- migrate:up\nCREATE TABLE a (id INT);\r");
        assertEquals("CREATE TABLE a (id INT);\n", f.upSql());
        assertEquals(4, f.upStartLine());
        assertEquals(MigrationFile.checksum("\n  \n-- migrate:up\nCREATE TABLE a (id INT);\n"), f.checksum());
    }

    @Test
    void theNoTransactionMarkerCountsOnlyAmongTheCommentsBeforeTheFirstStatement() {
        assertTrue(MigrationFile.parse(1, "x", "x.sql", "-- why\n\n  -- CAIRN:NO-TRANSACTION\nCREATE INDEX CONCURRENTLY i ON t (a);\n")
                .runsOutsideTransaction());
        assertFalse(MigrationFile.parse(1, "x", "x.sql", "CREATE TABLE t (a INT);\n-- cairn:no-transaction\n").runsOutsideTransaction());
        assertFalse(MigrationFile.parse(1, "x", "x.sql", "-- just a comment\nCREATE TABLE t (a INT);\n").runsOutsideTransaction());
        assertFalse(MigrationFile.parse(1, "x", "x.sql", "-- cairn:no-transactions\n").runsOutsideTransaction());
    }

    @Test
    void leadingWhitespaceIsPartOfTheChecksum() {
        String plain = "INSERT INTO notes (body) VALUES ('a\nb');\n";
        // indentation inside a string literal is data the migration writes
        assertNotEquals(MigrationFile.checksum(plain), MigrationFile.checksum("INSERT INTO notes (body) VALUES ('a\n    b');\n"));
        assertNotEquals(MigrationFile.checksum(plain), MigrationFile.checksum("  " + plain));
        // the checksums earlier releases stored kept leading blank lines: dropping them would report the file edited
        assertNotEquals(MigrationFile.checksum(plain), MigrationFile.checksum("\n" + plain));
        assertEquals(MigrationFile.checksum("  " + plain), MigrationFile.checksum("  " + plain.replace("\n", "  \r\n")));
    }

    @Test
    void theChecksumAndPartsOfMixedLineEndingsStayWhatEarlierReleasesStored() {
        String text = "-- migrate:up\r\nCREATE TABLE a (id INT);  \r\rDROP TABLE b;\n\n-- migrate:down\nDROP TABLE a;\t\n\n";
        // pinned: a changed checksum would report every applied migration of every database as edited
        assertEquals("89f77249f8eb38e33097f694b385c96da6c690a5ded9d34c640f122f3a2b108f", MigrationFile.checksum(text));
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql", text);
        assertEquals("CREATE TABLE a (id INT);  \n\nDROP TABLE b;\n", f.upSql());
        assertEquals(2, f.upStartLine());
        assertEquals("DROP TABLE a;\t\n\n", f.downSql());
        assertEquals(7, f.downStartLine());
        assertEquals(MigrationFile.checksum(text), f.fileChecksum());
        // what is checked now is the part before the down marker, which is what ran
        assertEquals(MigrationFile.checksum("-- migrate:up\nCREATE TABLE a (id INT);\n\nDROP TABLE b;\n"), f.checksum());
        assertTrue(f.matchesChecksum("89f77249f8eb38e33097f694b385c96da6c690a5ded9d34c640f122f3a2b108f"), "a row an earlier release stored");
    }

    @Test
    void aFileWithoutADownPartKeepsTheChecksumEarlierReleasesStored() {
        String text = "CREATE TABLE a (id INT);\n";
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql", text);
        assertEquals(MigrationFile.checksum(text), f.checksum());
        assertEquals(f.checksum(), f.fileChecksum());
    }

    @Test
    void writingOrChangingTheDownPartKeepsTheChecksumChangingTheUpPartDoesNot() {
        MigrationFile before = MigrationFile.parse(4, "x", "x.sql", "UPDATE users SET email = lower(email);\n");
        MigrationFile withDown = MigrationFile.parse(4, "x", "x.sql", "UPDATE users SET email = lower(email);\n-- migrate:down\nSELECT 1;\n");
        MigrationFile otherDown = MigrationFile.parse(4, "x", "x.sql", "UPDATE users SET email = lower(email);\n-- migrate:down\nSELECT 2;\n");
        MigrationFile editedUp = MigrationFile.parse(4, "x", "x.sql", "UPDATE users SET email = upper(email);\n-- migrate:down\nSELECT 1;\n");
        assertTrue(withDown.matchesChecksum(before.checksum()));
        assertTrue(otherDown.matchesChecksum(withDown.checksum()));
        assertFalse(editedUp.matchesChecksum(before.checksum()));
        assertFalse(editedUp.matchesChecksum(withDown.fileChecksum()));
    }

    @Test
    void aDownMarkerInsideAStringLiteralOrABlockCommentIsText() {
        String inString = "INSERT INTO notes (body) VALUES ('first line\n-- migrate:down\nlast line');\n-- migrate:down\nDELETE FROM notes;\n";
        MigrationFile f = MigrationFile.parse(1, "x", "x.sql", inString);
        assertEquals("INSERT INTO notes (body) VALUES ('first line\n-- migrate:down\nlast line');", f.upSql());
        assertEquals("DELETE FROM notes;\n", f.downSql());
        assertEquals(5, f.downStartLine());

        MigrationFile c = MigrationFile.parse(1, "x", "x.sql", "/* how to write one:\n-- migrate:down\n*/\nCREATE TABLE a (id INT);\n");
        assertNull(c.downSql());
        MigrationFile dollar = MigrationFile.parse(1, "x", "x.sql",
                "CREATE FUNCTION f() RETURNS text AS $body$\n-- migrate:down\n$body$ LANGUAGE sql;\n-- migrate:down\nDROP FUNCTION f();\n");
        assertEquals("DROP FUNCTION f();\n", dollar.downSql());
        // quoted names and doubled quotes do not confuse it; a marker after a closed literal still counts
        MigrationFile closed = MigrationFile.parse(1, "x", "x.sql", "INSERT INTO \"t\" VALUES ('it''s');\n-- migrate:down\nDELETE FROM \"t\";\n");
        assertEquals("DELETE FROM \"t\";\n", closed.downSql());
        // MySQL's backslash escape: either reading puts the marker outside, so it stays the marker
        MigrationFile backslash = MigrationFile.parse(1, "x", "x.sql", "INSERT INTO t VALUES ('it\\'s');\n-- migrate:down\nDELETE FROM t;\n");
        assertEquals("DELETE FROM t;\n", backslash.downSql());
    }

    @Test
    void versionZeroIsTheEmptyDatabaseSoNoFileMayHaveIt() throws IOException {
        write("000_init.sql", "CREATE TABLE a (id INT);");
        write("001_b.sql", "CREATE TABLE b (id INT);");
        String m = problem();
        assertTrue(m.contains("m/000_init.sql: version 0 is the empty database"), m);
        assertTrue(m.contains("rename it to 001_init.sql"), m);
    }

    @Test
    void manyFilesLoadInOrderAndTheirMistakesAreReportedInNameOrder() throws IOException {
        for (int v = 1; v <= 300; v++) write(String.format("%03d_step_%d.sql", v, v), "CREATE TABLE t" + v + " (id INT);\n");
        List<MigrationFile> files = MigrationDirectory.load(dir, "m/");
        assertEquals(300, files.size());
        for (int v = 1; v <= 300; v++) {
            assertEquals(v, files.get(v - 1).version());
            assertEquals("CREATE TABLE t" + v + " (id INT);\n", files.get(v - 1).upSql());
        }
        write("150_again.sql", "SELECT 1;");
        write("250_empty.sql", "");
        assertEquals("m/150_step_150.sql: version 150 is also used by m/150_again.sql; give one of them the next free version\n"
                + "m/250_empty.sql: the file is empty; write the migration, or a comment if it is meant to do nothing", problem());
    }

    @Test
    void aFolderNamedLikeAMigrationIsNotOne() throws IOException {
        write("001_one.sql", "SELECT 1;");
        Files.createDirectory(dir.resolve("002_folder.sql"));
        assertEquals(List.of(1L), MigrationDirectory.load(dir, "m/").stream().map(MigrationFile::version).toList());
    }
}
