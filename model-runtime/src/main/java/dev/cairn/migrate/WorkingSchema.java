package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts a connection into the schema (PostgreSQL: the {@code search_path}) or database (MySQL/MariaDB: the catalog)
 * the migrations and the history table live in, creating it first when asked. SQLite has neither.
 */
final class WorkingSchema {
    private WorkingSchema() {
    }

    /** False when the schema does not exist and was not to be created (the connection is left as it was). */
    static boolean enter(Dialect dialect, Connection c, String name, boolean create) throws SQLException {
        if (name == null || dialect == Dialect.SQLITE) return true;
        String quoted = Engines.of(dialect).renderer().quote(name);
        try (Statement s = c.createStatement()) {
            if (create) {
                s.execute((dialect == Dialect.POSTGRESQL ? "CREATE SCHEMA IF NOT EXISTS " : "CREATE DATABASE IF NOT EXISTS ") + quoted);
            } else if (!exists(dialect, c, name)) {
                return false;
            }
            if (dialect == Dialect.POSTGRESQL) s.execute("SET search_path TO " + quoted);
        }
        if (dialect.isMySqlFamily()) c.setCatalog(name); // not USE: the drivers track the current database only this way
        return true;
    }

    private static boolean exists(Dialect dialect, Connection c, String name) throws SQLException {
        String sql = dialect == Dialect.POSTGRESQL ? "SELECT 1 FROM pg_namespace WHERE nspname = ?"
                : "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }
}
