package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.PooledSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** A SQLite database is a file (created when opened), written under {@code BEGIN IMMEDIATE}, with no schemas to enter. */
final class SqliteConnectionRules implements ConnectionRules {
    static final SqliteConnectionRules INSTANCE = new SqliteConnectionRules();

    private SqliteConnectionRules() {
    }

    @Override
    public Optional<Path> databaseFile(String url) {
        return SqliteFiles.fileOf(url);
    }

    @Override
    public String driverArtifact() {
        return "org.xerial:sqlite-jdbc";
    }

    @Override
    public Optional<String> explain(SQLException e, String url) {
        Optional<Path> file = databaseFile(url);
        String message = String.valueOf(e.getMessage());
        if (file.isEmpty()) return Optional.empty();
        Path f = file.get().toAbsolutePath();
        if (message.contains("SQLITE_CANTOPEN")) {
            Path folder = f.getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                return Optional.of("The folder " + folder + " of the SQLite database " + f.getFileName() + " does not exist;"
                        + " create it, or correct db.url (" + url + ")");
            }
            if (Files.isDirectory(f)) return Optional.of(f + " is a folder, not a SQLite database file; correct db.url");
            return Optional.of("Cannot open the SQLite database " + f + " (SQLITE_CANTOPEN): check that the file and its folder may be"
                    + " read and written by this user");
        }
        if (message.contains("SQLITE_NOTADB")) {
            return Optional.of(f + " is not a SQLite database (SQLITE_NOTADB: its first bytes are not a SQLite header); db.url must name"
                    + " the database file, not another file or an encrypted one");
        }
        if (message.startsWith("Cannot back up")) return Optional.empty(); // SqliteBackups names the copy and what to do
        if (message.contains("SQLITE_FULL") || message.contains("SQLITE_IOERR_WRITE") || message.contains("SQLITE_IOERR_FSYNC")
                || message.contains("SQLITE_IOERR_TRUNCATE")) {
            String code = message.contains("SQLITE_FULL") ? "SQLITE_FULL" : message.replaceAll("(?s).*(SQLITE_IOERR_\\w+).*", "$1");
            return Optional.of("The disk holding the SQLite database " + f + " refused a write (" + code + "): it is full, or a size limit"
                    + " (quota, ulimit -f) stops the file growing; free space or lift the limit, then run again (the database is as it was"
                    + " before this run: SQLite rolled it back)");
        }
        if (message.contains("SQLITE_READONLY_ROLLBACK")) {
            return Optional.of(f + " was left with a hot journal (" + f.getFileName() + "-journal) by a process that stopped mid-write;"
                    + " it cannot be read before that write is rolled back: run db:upgrade or db:validate (they open it for writing,"
                    + " which rolls it back) and keep the -journal file until then");
        }
        if (message.contains("SQLITE_READONLY")) {
            return Optional.of("The SQLite database " + f + " is read-only for this user (SQLITE_READONLY): the file or its folder"
                    + " cannot be written (SQLite also writes a -journal file beside it); fix the permissions, or copy the file to a"
                    + " writable place");
        }
        return Optional.empty();
    }

    @Override
    public Properties forChanges(Duration lockTimeout) {
        Properties p = new Properties();
        p.setProperty("transaction_mode", "IMMEDIATE");
        p.setProperty("busy_timeout", String.valueOf(lockTimeout.toMillis()));
        return p;
    }

    /** What {@link #forChanges} sets, on the driver's connection inside the pool's: see {@link SqlitePooledConnection}. */
    @Override
    public PooledSession borrow(Connection c, Duration lockTimeout) throws SQLException {
        return SqlitePooledConnection.prepare(c, lockTimeout);
    }

    @Override
    public Properties forReading() {
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        return p;
    }

    @Override
    public void makeReadOnly(Connection c) {
        // opened read-only (forReading)
    }

    @Override
    public boolean enterNamespace(Connection c, String name, boolean create) {
        return true;
    }

    @Override
    public String namespaceNoun() {
        return "database";
    }

    @Override
    public String currentNamespace(Connection c) {
        return null;
    }

    @Override
    public void dropNamespace(Connection c, String name) {
        // the file is the namespace
    }
}
