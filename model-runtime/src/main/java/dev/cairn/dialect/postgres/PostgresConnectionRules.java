package dev.cairn.dialect.postgres;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.PooledSession;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/** A PostgreSQL server; the migrations work in a schema, entered through the {@code search_path}. */
final class PostgresConnectionRules implements ConnectionRules {
    static final PostgresConnectionRules INSTANCE = new PostgresConnectionRules();

    private final PostgresRenderer renderer = new PostgresRenderer(); // quotes the schema name

    private PostgresConnectionRules() {
    }

    @Override
    public String driverArtifact() {
        return "org.postgresql:postgresql";
    }

    @Override
    public Optional<Path> databaseFile(String url) {
        return Optional.empty();
    }

    @Override
    public Properties forChanges(Duration lockTimeout) {
        return new Properties();
    }

    /** The {@code search_path} as the pool lent the session, set back after the migrator entered its schema. */
    @Override
    public PooledSession borrow(Connection c, Duration lockTimeout) throws SQLException {
        String searchPath;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_setting('search_path')")) {
            r.next();
            searchPath = r.getString(1);
        }
        return () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT set_config('search_path', ?, false)")) {
                p.setString(1, searchPath);
                p.execute();
            }
        };
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
        String quoted = renderer.quote(name);
        try (Statement s = c.createStatement()) {
            if (create) s.execute("CREATE SCHEMA IF NOT EXISTS " + quoted);
            else if (!exists(c, name)) return false;
            s.execute("SET search_path TO " + quoted);
        }
        return true;
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    @Override
    public String namespaceNoun() {
        return "schema";
    }

    @Override
    public String currentNamespace(Connection c) throws SQLException {
        return c.getSchema();
    }

    @Override
    public void dropNamespace(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + renderer.quote(name) + " CASCADE");
        }
    }
}
