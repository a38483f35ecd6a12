package dev.cairn.dialect.change;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.dialect.sqlite.SqliteIntrospector;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.LiveDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A fresh database for one test on one engine: a new SQLite file (foreign keys enforced, as an application would
 * run it), or a {@link LiveDatabase} namespace on PostgreSQL or MariaDB.
 */
final class Engine implements AutoCloseable {
    private final Dialect dialect;
    private final Connection connection;
    private final LiveDatabase live;
    private final Path file;

    private Engine(Dialect dialect, Connection connection, LiveDatabase live, Path file) {
        this.dialect = dialect;
        this.connection = connection;
        this.live = live;
        this.file = file;
    }

    static Engine fresh(Dialect dialect) throws Exception {
        if (dialect == Dialect.SQLITE) {
            Path file = Files.createTempFile("cairn-change-", ".db");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA synchronous = OFF");
            }
            return new Engine(dialect, c, null, file);
        }
        LiveDatabase db = dialect == Dialect.POSTGRESQL ? LiveDatabase.postgres() : LiveDatabase.mariadb();
        return new Engine(dialect, db.connection(), db, null);
    }

    Dialect dialect() {
        return dialect;
    }

    Connection connection() {
        return connection;
    }

    List<SqlStatement> split(String script) {
        return new StatementSplitter(Engines.of(dialect).syntax()).split("test.sql", script);
    }

    void runScript(String script) throws SQLException {
        execute(split(script).stream().map(SqlStatement::sql).toList());
    }

    void execute(List<String> statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(e.getMessage() + "\n  while running: " + sql, e.getSQLState(), e);
                }
            }
        }
    }

    /** Rows of a query's first column, as strings. */
    List<String> column(String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            List<String> out = new java.util.ArrayList<>();
            while (r.next()) out.add(r.getString(1));
            return out;
        }
    }

    long count(String table) throws SQLException {
        return Long.parseLong(column("SELECT count(*) FROM " + table).get(0));
    }

    /** A replayed schema as this database stores it (its defaults settled): what to compare {@link #introspect()} with. */
    Schema asStored(Schema expected) throws SQLException {
        return live == null ? expected : live.asStored(expected);
    }

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
