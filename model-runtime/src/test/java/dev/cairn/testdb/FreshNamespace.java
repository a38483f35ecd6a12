package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.sqlite.SqliteIntrospector;
import dev.cairn.schema.Schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * An empty namespace of any engine for one test: a new SQLite file, or a {@link LiveDatabase} (a new PostgreSQL
 * schema, a new MariaDB database; skipped without a server unless CI=true), deleted or dropped on close. It gives what
 * a migrator needs to reach it ({@link #url()}, {@link #user()}) and what a catalog query needs ({@link #connection()},
 * {@link #name()}).
 */
public final class FreshNamespace implements AutoCloseable {
    private final Dialect dialect;
    private final LiveDatabase live;
    private final Path file;
    private final Connection connection;

    private FreshNamespace(Dialect dialect, LiveDatabase live, Path file, Connection connection) {
        this.dialect = dialect;
        this.live = live;
        this.file = file;
        this.connection = connection;
    }

    /** A fresh namespace on the engine behind {@code dialect}; MYSQL and MARIADB both use the MariaDB server. */
    public static FreshNamespace of(Dialect dialect) throws SQLException {
        if (dialect != Dialect.SQLITE) {
            LiveDatabase live = LiveDatabase.of(dialect);
            return new FreshNamespace(dialect, live, null, live.connection());
        }
        try {
            Path file = Files.createTempFile("cairn-namespace-", ".db");
            return new FreshNamespace(dialect, null, file, DriverManager.getConnection("jdbc:sqlite:" + file));
        } catch (IOException e) {
            throw new SQLException("cannot create a temporary SQLite file", e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A connection of the test's own (PostgreSQL: search_path on the schema; MariaDB: the database in use). */
    public Connection connection() {
        return connection;
    }

    /** The schema (PostgreSQL) or database (MariaDB) name; null for SQLite, whose namespace is the file. */
    public String name() {
        return live == null ? null : live.namespace();
    }

    /** The SQLite file; null on a server. */
    public Path file() {
        return file;
    }

    /** The JDBC URL a migrator would be configured with to work in this namespace. */
    public String url() {
        if (live == null) return "jdbc:sqlite:" + file;
        return dialect == Dialect.POSTGRESQL ? LiveDatabase.POSTGRES_URL + "?currentSchema=" + name() : LiveDatabase.MARIADB_URL + name();
    }

    /** The user for {@link #url()}; null for SQLite. */
    public String user() {
        return live == null ? null : dialect == Dialect.POSTGRESQL ? "postgres" : "root";
    }

    /** Runs a script as the engine's own client would ({@link EngineClient}); stops at the first statement it rejects. */
    public void runAsEngineClient(String script) throws SQLException {
        EngineClient.run(this, script);
    }

    /** A replayed schema as this namespace stores it: what to compare {@link #introspect()} with. */
    public Schema asStored(Schema expected) throws SQLException {
        return live == null ? expected : live.asStored(expected);
    }

    /** What the namespace holds now, as Cairn's model. */
    public Schema introspect() throws SQLException {
        return live == null ? new SqliteIntrospector().introspect(connection) : live.introspect();
    }

    /** The namespace's catalog, read with the engine's own catalog queries. */
    public CatalogSnapshot catalog() throws SQLException {
        return CatalogSnapshot.of(dialect, connection, name());
    }

    @Override
    public void close() throws SQLException {
        if (live != null) {
            live.close();
            return;
        }
        try {
            connection.close();
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
