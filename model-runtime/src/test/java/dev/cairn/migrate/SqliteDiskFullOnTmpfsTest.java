package dev.cairn.migrate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQLite on a disk that is really full: the project lives on a tmpfs of 1 MB mounted for the test (needs root, as on
 * the CI machine; skipped with the reason elsewhere). Unlike {@link SqliteDiskFullTest}'s file-size limit, the engine
 * gets {@code SQLITE_FULL} (no space left on the device), and the migrator runs in this process. Once a migration
 * writes more than fits, once the backup before it does; each run fails with a message naming the file and saying to
 * free space, leaves the database, its version and its backups intact and nothing partial, and with room again (the
 * tmpfs remounted larger) the same upgrade completes and validates.
 */
class SqliteDiskFullOnTmpfsTest {
    @TempDir
    Path dir;
    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountOneMegabyte() throws Exception {
        disk = Files.createDirectories(dir.resolve("disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()) == 0;
        Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root; the file-size-limit variant is SqliteDiskFullTest");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) assertEquals(0, run("umount", disk.toString()));
    }

    @Test
    void aMigrationThatFillsTheDiskFailsNamingTheDatabaseAndLeavesItAsItWas() throws Exception {
        MigrationsOnDisk p = project(20);
        assertEquals(1, p.migrator().upgrade(null, false));
        addBigMigration(p);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(e.getMessage().contains("The disk holding the SQLite database " + p.database + " refused a write (SQLITE_FULL)"), e.getMessage());
        assertTrue(e.getMessage().contains("002_big.sql:2:1"), "names the statement: " + e.getMessage());
        SqliteDiskFullTest.intact(p, 1);
        assertEquals(1, SqliteDiskFullTest.backups(p).size(), "the backup taken before 002: " + SqliteDiskFullTest.backups(p));
        roomAgain(p);
    }

    @Test
    void aBackupThatFillsTheDiskNamesTheBackupAndLeavesNothingPartial() throws Exception {
        MigrationsOnDisk p = project(600); // about 650 KB: a second copy does not fit in 1 MB
        assertEquals(1, p.migrator().upgrade(null, false));
        addBigMigration(p);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        assertTrue(e.getMessage().contains(".backup") && e.getMessage().contains("db.backup=false"), "names the backup and what to do: " + e.getMessage());
        SqliteDiskFullTest.intact(p, 1);
        assertEquals(List.of(), SqliteDiskFullTest.backups(p), "no partial or empty copy is left");
        roomAgain(p);
    }

    /** 001: a table of {@code rows} rows of 1 KB (the migration 002 is added later, so 001 runs alone first). */
    private MigrationsOnDisk project(int rows) throws Exception {
        return new MigrationsOnDisk(disk).file("001_base.sql", "CREATE TABLE seed (n INTEGER, payload BLOB);\n"
                + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + rows + ") INSERT INTO seed SELECT x, randomblob(1000) FROM c;\n");
    }

    /** 002: three megabytes of rows, more than the disk holds. */
    private static void addBigMigration(MigrationsOnDisk p) throws Exception {
        p.file("002_big.sql", "CREATE TABLE big (n INTEGER, payload BLOB);\n"
                + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000) INSERT INTO big SELECT x, randomblob(1000) FROM c;\n"
                + "CREATE INDEX ix_big ON big (n);\n");
    }

    private void roomAgain(MigrationsOnDisk p) throws Exception {
        assertEquals(0, run("mount", "-o", "remount,size=20m", disk.toString()));
        assertEquals(2, p.migrator().upgrade(null, false), "with room again");
        p.migrator().validate();
        List<Path> kept = SqliteDiskFullTest.backups(p);
        assertFalse(kept.isEmpty(), "a backup of version 1 is kept");
        for (Path b : kept) assertTrue(b.getFileName().toString().endsWith(".v1.backup"), "only whole backups of version 1: " + kept);
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue();
    }
}
