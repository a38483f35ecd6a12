package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.ConnectionRules;

import java.nio.file.Path;
import java.sql.Connection;
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
    public Properties forChanges(Duration lockTimeout) {
        Properties p = new Properties();
        p.setProperty("transaction_mode", "IMMEDIATE");
        p.setProperty("busy_timeout", String.valueOf(lockTimeout.toMillis()));
        return p;
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
}
