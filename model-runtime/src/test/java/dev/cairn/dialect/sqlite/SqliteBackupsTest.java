package dev.cairn.dialect.sqlite;

import dev.cairn.testdb.SqliteFileContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backups of SQLite files on real files: complete or absent, never a truncated copy, the newest of each version kept. */
class SqliteBackupsTest {
    @TempDir
    Path dir;

    private Path database() throws SQLException {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)");
            s.execute("INSERT INTO notes (body) VALUES ('kept')");
        }
        return db;
    }

    private Optional<Path> backUp(Path db, long version, int keep) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return SqliteBackups.beforeChange(c, "jdbc:sqlite:" + db, version, keep);
        }
    }

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.contains(".backup")).sorted().toList();
        }
    }

    @Test
    void copiesTakenInOneMillisecondByOneProcessGetNamesOfTheirOwn() throws Exception {
        // two migrators of one JVM (a pool's DataSources) backed up to the same name: VACUUM INTO then found it taken
        java.util.Set<String> stamps = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> all = new java.util.ArrayList<>();
            for (int k = 0; k < 4; k++) all.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) org.junit.jupiter.api.Assertions.assertTrue(stamps.add(SqliteBackups.uniqueStamp()), "a stamp given twice");
            }));
            for (java.util.concurrent.Future<?> f : all) f.get();
        } finally {
            pool.shutdownNow();
        }
        org.junit.jupiter.api.Assertions.assertEquals(2000, stamps.size());
    }

    @Test
    void aCopyIsCompleteAndReadable() throws Exception {
        Path db = database();
        Path copy = backUp(db, 3, 5).orElseThrow();
        assertTrue(copy.getFileName().toString().matches("app\\.db\\.\\d{8}-\\d{6}-\\d{3}-\\d+\\.v3\\.backup"), copy.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT body FROM notes")) {
            assertTrue(r.next());
            assertEquals("kept", r.getString(1));
        }
        assertFalse(files().stream().anyMatch(n -> n.endsWith(SqliteBackups.PARTIAL)), files().toString());
    }

    @Test
    void noNewCopyWhileTheDatabaseIsUnchangedSinceTheNewestCopyOfItsVersion() throws Exception {
        Path db = database();
        Path first = backUp(db, 3, 5).orElseThrow();
        Files.setLastModifiedTime(db, FileTime.from(Instant.now().minusSeconds(60)));
        for (int attempt = 0; attempt < 5; attempt++) assertEquals(first, backUp(db, 3, 5).orElseThrow(), "a retried, failed upgrade");
        assertEquals(1, files().size(), files().toString());
        database(); // changed: a new copy, which holds the change
        Files.setLastModifiedTime(db, FileTime.from(Instant.now().plusSeconds(60)));
        Path second = backUp(db, 3, 5).orElseThrow();
        assertTrue(!second.equals(first));
        assertEquals(2, files().size(), files().toString());
        assertEquals(List.of("kept", "kept"), SqliteFileContent.query(second, "SELECT body FROM notes"));
        assertEquals(List.of("kept"), SqliteFileContent.query(first, "SELECT body FROM notes"));
    }

    @Test
    void pruningNeverDeletesTheNewestCopyOfAVersion() throws Exception {
        Path db = database();
        backUp(db, 1, 1);
        Thread.sleep(5);
        for (int k = 0; k < 4; k++) {
            database();
            Files.setLastModifiedTime(db, FileTime.from(Instant.now().plusSeconds(60)));
            backUp(db, 2, 1);
            Thread.sleep(5);
        }
        List<String> left = files();
        assertEquals(2, left.size(), left.toString());
        assertTrue(left.get(0).endsWith(".v1.backup"), "the only copy of version 1 survives: " + left);
        assertTrue(left.get(1).endsWith(".v2.backup"), left.toString());
        // each the one its rows say: version 1's copy of the first row, and the newest of version 2 (five rows)
        assertEquals(List.of("1"), SqliteFileContent.query(dir.resolve(left.get(0)), "SELECT count(*) FROM notes"));
        assertEquals(List.of("5"), SqliteFileContent.query(dir.resolve(left.get(1)), "SELECT count(*) FROM notes"));
    }

    @Test
    void keepingNoCopiesStillKeepsTheNewest() throws Exception {
        Path db = database();
        backUp(db, 3, 0).orElseThrow();
        Thread.sleep(5);
        database();
        Files.setLastModifiedTime(db, FileTime.from(Instant.now().plusSeconds(60)));
        Path newest = backUp(db, 3, 0).orElseThrow();
        assertEquals(List.of(newest.getFileName().toString()), files());
        assertEquals("ok", SqliteFileContent.of(newest).quickCheck());
        assertEquals(List.of("2"), SqliteFileContent.query(newest, "SELECT count(*) FROM notes"));
    }

    @Test
    void aFailedCopyNamesBothFilesLeavesNoFileBehindAndTheDatabaseAsItWas() throws Exception {
        Path db = database();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO notes (body) VALUES ('in a transaction')"); // VACUUM INTO cannot run inside one
            }
            SQLException e = assertThrows(SQLException.class, () -> SqliteBackups.beforeChange(c, "jdbc:sqlite:" + db, 4, 5));
            assertTrue(e.getMessage().startsWith("Cannot back up " + db + " to app.db."), e.getMessage());
            assertTrue(e.getMessage().contains(".v4.backup (nothing was changed"), e.getMessage());
            assertTrue(e.getMessage().contains("db.backup=false"), e.getMessage());
            c.rollback();
        }
        assertEquals(List.of(), files());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM notes")) {
            r.next();
            assertEquals(1, r.getInt(1));
        }
    }

    @Test
    void thePartialCopiesOfStoppedMigratorsAreDeletedThoseOfRunningOnesKept() throws Exception {
        Path db = database();
        Path copy = backUp(db, 3, 5).orElseThrow();
        Path dead = dir.resolve("app.db.20260101-000000-000-999999999.v3.backup.partial");
        Path deadJournal = dir.resolve("app.db.20260101-000000-000-999999999.v3.backup.partial-journal");
        Path running = dir.resolve("app.db.20260101-000000-000-" + ProcessHandle.current().pid() + ".v3.backup.partial");
        for (Path p : List.of(dead, deadJournal, running)) Files.writeString(p, "truncated");
        assertEquals(List.of(dead), SqliteBackups.deletePartialCopiesOfStoppedMigrators("jdbc:sqlite:" + db));
        assertFalse(Files.exists(dead), "its process is gone");
        assertFalse(Files.exists(deadJournal), "and its journal");
        assertTrue(Files.exists(running), "a copy this process is writing stays");
        assertTrue(Files.exists(copy), "complete copies stay");
    }

    @Test
    void aPartialCopyLeftByAMigratorThatDiedIsNeverACopy() throws Exception {
        Path db = database();
        Path leftOver = dir.resolve("app.db.20260101-000000-000-999999999.v3.backup.partial");
        Files.writeString(leftOver, "truncated");
        assertFalse(SqliteBackups.backups(db).stream().anyMatch(b -> !b.partial()), "not a backup");
        Path copy = backUp(db, 3, 5).orElseThrow();
        assertEquals(List.of(copy), SqliteBackups.backups(db).stream().filter(b -> !b.partial()).map(SqliteBackups.Backup::path).toList());
    }
}
