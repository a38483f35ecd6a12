package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.sqlite.SqliteIntrospector;
import dev.cairn.schema.Schema;
import dev.cairn.testdb.LiveDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh, empty database on a real engine for one test: a new SQLite file, or a {@link LiveDatabase} (new
 * PostgreSQL schema, new MariaDB database; skipped without a server unless CI=true), dropped on close. A whole script
 * runs through the driver as one piece, so the engine splits it itself and what the database holds does not depend
 * on Cairn's splitter.
 */
final class RealWorldDatabase implements AutoCloseable {
    private final Dialect dialect;
    private final LiveDatabase live;
    private final Connection connection;
    private final Path file;

    private RealWorldDatabase(Dialect dialect, LiveDatabase live, Connection connection, Path file) {
        this.dialect = dialect;
        this.live = live;
        this.connection = connection;
        this.file = file;
    }

    /** A fresh database of the engine behind {@code dialect}; MYSQL and MARIADB both use the MariaDB server. */
    static RealWorldDatabase fresh(Dialect dialect) throws Exception {
        if (dialect == Dialect.SQLITE) {
            Path file = Files.createTempFile("cairn-realworld-", ".db");
            return new RealWorldDatabase(dialect, null, DriverManager.getConnection("jdbc:sqlite:" + file), file);
        }
        LiveDatabase live = LiveDatabase.of(dialect);
        return new RealWorldDatabase(dialect, live, live.connection(), null);
    }

    /** Runs a whole script the way the engine's own client would; stops at the first statement the engine rejects. */
    void run(String script) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate(script); // sqlite-jdbc hands the whole text to sqlite3_exec, which runs every statement
            }
        } else if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = connection.createStatement()) {
                s.execute(script); // pgjdbc sends every statement of the text
            }
        } else {
            // MariaDB runs a multi-statement text only on a connection that allows it
            try (Connection multi = DriverManager.getConnection(LiveDatabase.MARIADB_URL + live.namespace() + "?allowMultiQueries=true", "root", "");
                 Statement s = multi.createStatement()) {
                s.execute(script);
                while (s.getMoreResults() || s.getUpdateCount() != -1) {
                    // drain the results so every statement has run and reported its error, if any
                }
            }
        }
    }

    /** Runs one statement (as Cairn's splitter cut it) on the test's connection. */
    void runOne(String statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    /** A replayed schema as this database stores it (the database's defaults settled): what to compare {@link #introspect()} with. */
    Schema asStored(Schema expected) throws SQLException {
        return live == null ? expected : live.asStored(expected);
    }

    /** What the database holds now, as Cairn's model (the server introspectors are pinned to the test's namespace). */
    Schema introspect() throws SQLException {
        return live == null ? new SqliteIntrospector().introspect(connection) : live.introspect();
    }

    @Override
    public void close() throws Exception {
        if (live != null) {
            live.close();
        } else {
            connection.close();
            Files.deleteIfExists(file);
        }
    }
}
