package dev.cairn.property;

import dev.cairn.dialect.sqlite.SqliteIntrospector;
import dev.cairn.schema.Schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A new SQLite database in a temporary file, deleted on close. */
final class SqliteFile implements FreshDatabase {
    private final Path file;
    private final Connection connection;

    private SqliteFile(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    static SqliteFile create() throws Exception {
        Path file = Files.createTempFile("cairn-property-", ".db");
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            // durability is not under test: without syncing a case takes a few ms instead of tens
            statement.execute("PRAGMA synchronous = OFF");
            statement.execute("PRAGMA journal_mode = MEMORY");
        }
        return new SqliteFile(file, connection);
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public Schema introspect() throws SQLException {
        return new SqliteIntrospector().introspect(connection);
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
