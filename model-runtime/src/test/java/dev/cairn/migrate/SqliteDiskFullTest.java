package dev.cairn.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SQLite with a full disk: the migrator runs in a process whose files may not grow past a limit ({@code ulimit -f}, as a
 * full disk would refuse the write), once while a migration writes more than fits, once while the backup before it is
 * copied. The run fails with a message; the database, its version and its backups are intact, nothing partial is left,
 * and with room again the same upgrade completes and validates.
 */
class SqliteDiskFullTest {
    @TempDir
    Path dir;

    private MigrationsOnDisk project(int seedRows) throws Exception {
        return new MigrationsOnDisk(dir)
                .file("001_base.sql", "CREATE TABLE seed (n INTEGER, payload BLOB);\n"
                        + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + seedRows + ") INSERT INTO seed SELECT x, randomblob(1000) FROM c;\n")
                .file("002_big.sql", "CREATE TABLE big (n INTEGER, payload BLOB);\n"
                        + "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000) INSERT INTO big SELECT x, randomblob(1000) FROM c;\n"
                        + "CREATE INDEX ix_big ON big (n);\n");
    }

    @Test
    void aMigrationThatFillsTheDisk() throws Exception {
        MigrationsOnDisk p = project(50);
        Files.move(p.folder.resolve("002_big.sql"), dir.resolve("002_big.sql"));
        assertEquals(1, p.migrator().upgrade(null, false));
        Files.move(dir.resolve("002_big.sql"), p.folder.resolve("002_big.sql"));
        String out = upgradeWithFileSizeLimitKb(p, 1024);
        assertTrue(out.contains("FAILED The disk holding the SQLite database " + p.database + " refused a write"), out);
        assertTrue(out.contains("free space or lift the limit") && out.contains("found when 002_big.sql:2:1 was run"), out);
        intact(p, 1);
        assertTrue(backups(p).size() == 1, "the backup taken before 002: " + backups(p));
        assertEquals(2, p.migrator().upgrade(null, false), "with room again");
        p.migrator().validate();
    }

    @Test
    void aBackupThatFillsTheDiskNamesTheBackupAndLeavesNothingPartial() throws Exception {
        MigrationsOnDisk p = project(600); // about 650 KB, more than the limit below
        Files.move(p.folder.resolve("002_big.sql"), dir.resolve("002_big.sql"));
        assertEquals(1, p.migrator().upgrade(null, false));
        Files.move(dir.resolve("002_big.sql"), p.folder.resolve("002_big.sql"));
        String out = upgradeWithFileSizeLimitKb(p, 300);
        assertTrue(out.contains("FAILED "), out);
        assertTrue(out.contains(".backup") && out.contains("db.backup=false"), "names the backup and what to do: " + out);
        intact(p, 1);
        assertEquals(List.of(), backups(p), "no partial or empty copy is left");
        assertEquals(2, p.migrator().upgrade(null, false), "with room again");
        p.migrator().validate();
        assertEquals(1, backups(p).size());
    }

    /** {@link KilledMigratorProcess} (never killed) upgrading with files limited to {@code kb} KB; its output. */
    private static String upgradeWithFileSizeLimitKb(MigrationsOnDisk p, int kb) throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the driver's native library, which it would otherwise copy to /tmp under the limit: a copy made here
        Path lib = Files.createDirectories(p.root.resolve("lib"));
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            Path so = tmp.filter(f -> f.getFileName().toString().matches("sqlite-.*-libsqlitejdbc\\.so")).findFirst().orElseThrow();
            Files.copy(so, lib.resolve("libsqlitejdbc.so"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String command = "ulimit -f " + kb + " && exec '" + javaBin + "' -XX:TieredStopAtLevel=1 -Dorg.sqlite.lib.path='" + lib
                + "' -Dorg.sqlite.lib.name=libsqlitejdbc.so -cp '" + System.getProperty("java.class.path") + "' "
                + KilledMigratorProcess.class.getName() + " '" + p.url() + "' '" + p.folder + "' - up 0";
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), "the run fails, it is not killed by the limit:\n" + out);
        return out;
    }

    /** The database is sound, at {@code version}, holds nothing of 002, no hot journal; every backup is sound. */
    static void intact(MigrationsOnDisk p, long version) throws Exception {
        try (Connection c = DriverManager.getConnection(p.url()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                assertTrue(r.next() && r.getString(1).equals("ok"));
            }
            try (ResultSet r = s.executeQuery("SELECT max(version) FROM cairn_history")) {
                assertTrue(r.next());
                assertEquals(version, r.getLong(1));
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'big'")) {
                assertTrue(r.next());
                assertEquals(0, r.getInt(1), "nothing of 002 stays");
            }
        }
        assertFalse(Files.exists(p.database.resolveSibling(p.database.getFileName() + "-journal")), "no hot journal left");
        for (Path b : backups(p)) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + b + "?mode=ro"); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                assertTrue(r.next() && r.getString(1).equals("ok"), b + " is sound");
            }
        }
    }

    /** Every file beside the database but the database itself (backups, partial copies, journals). */
    static List<Path> backups(MigrationsOnDisk p) throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(p.root)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && name.startsWith("app.db.")) out.add(f);
            }
        }
        out.sort(null);
        return out;
    }
}
