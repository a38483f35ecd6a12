package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh schema on the local PostgreSQL or database on the local MariaDB for one test, with the URL a user would
 * configure to reach it; dropped on close. Without a server the test is skipped, unless {@code CI=true}.
 */
final class ServerNamespace implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private final Dialect dialect;
    private final String name;

    private ServerNamespace(Dialect dialect, String name) {
        this.dialect = dialect;
        this.name = name;
    }

    static ServerNamespace create(Dialect dialect) throws SQLException {
        String name = "cairn_t_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toLowerCase(Locale.ROOT);
        ServerNamespace namespace = new ServerNamespace(dialect, name);
        try (Connection c = namespace.adminConnection(); Statement s = c.createStatement()) {
            s.execute((dialect == Dialect.POSTGRESQL ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
        }
        return namespace;
    }

    String url() {
        return dialect == Dialect.POSTGRESQL ? POSTGRES + "?currentSchema=" + name : MARIADB + name;
    }

    String user() {
        return dialect == Dialect.POSTGRESQL ? "postgres" : "root";
    }

    private Connection adminConnection() throws SQLException {
        String url = dialect == Dialect.POSTGRESQL ? POSTGRES : MARIADB;
        try {
            return DriverManager.getConnection(url, user(), "");
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new SQLException("CI=true but no server answers at " + url, e);
            Assumptions.abort("no server at " + url + " (" + e.getMessage() + "); with CI=true this is a failure");
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(dialect == Dialect.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE" : "DROP DATABASE IF EXISTS " + name);
        }
    }
}
