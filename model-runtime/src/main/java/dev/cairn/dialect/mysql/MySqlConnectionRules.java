package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ConnectionRules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** A MySQL or MariaDB server; the migrations work in a database, entered as the connection's catalog. */
final class MySqlConnectionRules implements ConnectionRules {
    private final MySqlRenderer renderer; // quotes the database name: the two engines reserve different words
    private final String driverArtifact;

    MySqlConnectionRules(MySqlFamilyEngine engine, String driverArtifact) {
        this.renderer = new MySqlRenderer(engine);
        this.driverArtifact = driverArtifact;
    }

    @Override
    public String driverArtifact() {
        return driverArtifact;
    }

    @Override
    public Optional<Path> databaseFile(String url) {
        return Optional.empty();
    }

    @Override
    public Properties forChanges(Duration lockTimeout) {
        return new Properties();
    }

    @Override
    public Properties forReading() {
        return new Properties();
    }

    @Override
    public void makeReadOnly(Connection c) throws SQLException {
        c.setReadOnly(true);
    }

    @Override
    public boolean enterNamespace(Connection c, String name, boolean create) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (create) s.execute("CREATE DATABASE IF NOT EXISTS " + renderer.quote(name));
            else if (!exists(c, name)) return false;
        }
        c.setCatalog(name); // not USE: the drivers track the current database only this way
        return true;
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public String namespaceNoun() {
        return "database";
    }

    @Override
    public String currentNamespace(Connection c) throws SQLException {
        return c.getCatalog();
    }

    @Override
    public void dropNamespace(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + renderer.quote(name));
        }
    }
}
