package dev.cairn.migrate;

/**
 * One database of a fleet: a SQLite file, or a PostgreSQL schema or MySQL/MariaDB database on the configured server.
 *
 * @param name       what the summary calls it (the file, or the schema or database)
 * @param connection where it is (for a schema or database: the configured server)
 * @param schema     the schema or database to work in on that server; null for a SQLite file
 */
public record FleetTarget(String name, ConnectionSettings connection, String schema) {
}
