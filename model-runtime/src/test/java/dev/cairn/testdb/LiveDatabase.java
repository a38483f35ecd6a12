package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.dialect.mysql.MySqlIntrospector;
import dev.cairn.dialect.postgres.PostgresIntrospector;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty namespace on a live server for one test: a new PostgreSQL schema (made the connection's
 * {@code search_path}) or a new MariaDB database (made the connection's current database), dropped on close.
 * <p>
 * When the server cannot be reached the test is skipped, unless the environment says {@code CI=true}: there a missing
 * server is a failure, so CI never passes by skipping.
 */
public final class LiveDatabase implements AutoCloseable {
    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private final Dialect dialect;
    private final Connection connection;
    private final String namespace;
    private final String url;

    private LiveDatabase(Dialect dialect, Connection connection, String namespace, String url) {
        this.dialect = dialect;
        this.connection = connection;
        this.namespace = namespace;
        this.url = url;
    }

    /** A new schema {@code cairn_t_…} on the local PostgreSQL, set as the connection's search_path. */
    public static LiveDatabase postgres() throws SQLException {
        return postgres(true);
    }

    /**
     * A new schema on the local PostgreSQL; with {@code onSearchPath} false the connection stays on
     * {@code public}, so the schema has to be named (the non-public-schema case).
     */
    public static LiveDatabase postgres(boolean onSearchPath) throws SQLException {
        Connection c = connectOrSkip(POSTGRES_URL, "postgres");
        String namespace = uniqueName();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + namespace);
            if (onSearchPath) s.execute("SET search_path TO " + namespace);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new LiveDatabase(Dialect.POSTGRESQL, c, namespace, POSTGRES_URL + "?currentSchema=" + namespace);
    }

    /** A new database {@code cairn_t_…} on the local MariaDB, made the connection's current database. */
    public static LiveDatabase mariadb() throws SQLException {
        return mariadbAt(MARIADB_URL);
    }

    /** A new database {@code cairn_t_…} on the MariaDB server at {@code serverUrl} (ending in a slash). */
    public static LiveDatabase mariadbAt(String serverUrl) throws SQLException {
        Connection c = connectOrSkip(serverUrl, "root");
        String namespace = uniqueName();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + namespace);
            s.execute("USE " + namespace);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return new LiveDatabase(Dialect.MARIADB, c, namespace, serverUrl + namespace);
    }

    /** The fresh namespace on the server behind {@code dialect} (MYSQL and MARIADB both use the MariaDB server). */
    public static LiveDatabase of(Dialect dialect) throws SQLException {
        return switch (dialect) {
            case POSTGRESQL -> postgres();
            case MYSQL, MARIADB -> mariadb();
            case SQLITE -> throw new IllegalArgumentException("SQLite needs no server; use a temporary file");
        };
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String uniqueName() {
        return "cairn_t_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toLowerCase(Locale.ROOT);
    }

    static Connection connectOrSkip(String url, String user) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, "");
        } catch (SQLException e) {
            if (isCi()) throw new SQLException("CI=true but no server answers at " + url + ": " + e.getMessage(), e);
            Assumptions.abort("no server at " + url + " (" + e.getMessage() + "); with CI=true this is a failure");
            throw e;
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        return connection;
    }

    /** A URL that works in this namespace, as a user would configure it. */
    public String url() {
        return url;
    }

    /** The schema (PostgreSQL) or database (MariaDB) this test owns. */
    public String namespace() {
        return namespace;
    }

    /** Runs each statement in order, naming the one that failed. */
    public void execute(String... statements) throws SQLException {
        execute(java.util.List.of(statements));
    }

    public void execute(Iterable<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                if (sql.isBlank()) continue;
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  while running: " + sql.strip(), e.getSQLState(), e);
                }
            }
        }
    }

    /** Cuts a script into statements with Cairn's splitter and runs them in order. */
    public void runScript(String script) throws SQLException {
        execute(new StatementSplitter(Engines.of(dialect).syntax()).split("script.sql", script).stream().map(SqlStatement::sql).toList());
    }

    /** The introspector for this namespace, named explicitly so it does not depend on the search path. */
    public SchemaIntrospector introspector() {
        return dialect == Dialect.POSTGRESQL ? new PostgresIntrospector(namespace) : new MySqlIntrospector(namespace);
    }

    /** A replayed schema as this namespace stores it ({@link SchemaIntrospector#asStoredIn}): what to compare {@link #introspect()} with. */
    public Schema asStored(Schema expected) throws SQLException {
        return introspector().asStoredIn(connection, expected);
    }

    /** What the namespace holds now, as Cairn's model. */
    public Schema introspect() throws SQLException {
        return introspector().introspect(connection);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (dialect == Dialect.POSTGRESQL) {
                s.execute("SET search_path TO public");
                s.execute("DROP SCHEMA IF EXISTS " + namespace + " CASCADE");
            } else {
                s.execute("DROP DATABASE IF EXISTS " + namespace);
            }
        } finally {
            connection.close();
        }
    }
}
