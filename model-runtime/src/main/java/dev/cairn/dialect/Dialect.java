package dev.cairn.dialect;

import java.util.Locale;

/**
 * The identity of each database engine Cairn knows: the name a user gives ({@code db.dialect}) and the one a JDBC URL
 * implies. It knows nothing else: everything about an engine is its {@link Engine}, found with
 * {@code dialect.engines.Engines.of(dialect)}; code outside {@code dialect/} asks that engine and never compares
 * dialects.
 */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql"),
    MYSQL("mysql"),
    MARIADB("mariadb");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The dialect a JDBC URL points at, e.g. {@code jdbc:sqlite:app.db} → SQLITE. */
    public static Dialect fromJdbcUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) return SQLITE;
        if (u.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        if (u.startsWith("jdbc:mariadb:")) return MARIADB;
        if (u.startsWith("jdbc:mysql:")) return MYSQL;
        throw new IllegalArgumentException("Cannot tell the dialect of JDBC URL '" + url.replaceAll("password=[^&;]*", "password=***")
                + "'; set the dialect explicitly: db.dialect (Maven) or Migrator.configure().dialect(…), one of sqlite, postgresql, mysql,"
                + " mariadb");
    }

    /** Parses a user-given name: sqlite, postgresql/postgres/pg, mysql, mariadb. */
    public static Dialect named(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "sqlite", "sqlite3" -> SQLITE;
            case "postgresql", "postgres", "pg", "pgsql" -> POSTGRESQL;
            case "mysql" -> MYSQL;
            case "mariadb" -> MARIADB;
            default -> throw new IllegalArgumentException("Unknown dialect '" + name + "'; use sqlite, postgresql, mysql or mariadb");
        };
    }
}
