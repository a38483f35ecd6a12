package dev.cairn.entity;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.EntitySql;
import dev.cairn.dialect.HistoryTableReader;
import dev.cairn.dialect.engines.Engines;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A database the entity classes work on: where connections come from, and its dialect. Open a {@link Session} for
 * each unit of work. Thread-safe; sessions are not.
 */
public final class Database {
    private final ConnectionSource connections;
    private final Dialect dialect;
    private final EntitySql engineSql;
    private final String shownUrl;
    private final SqlNames names;
    private final SessionStatements statements;
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();
    private static final System.Logger SQL_LOG = System.getLogger("dev.cairn.entity.sql");

    @FunctionalInterface
    private interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private Database(ConnectionSource connections, Dialect dialect, String shownUrl) {
        this.connections = connections;
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.engineSql = Engines.of(dialect).entitySql();
        this.shownUrl = shownUrl;
        this.names = new SqlNames(dialect);
        this.statements = new SessionStatements(names, engineSql);
    }

    /** A database behind a JDBC URL (the dialect is taken from it), e.g. {@code jdbc:sqlite:app.db}. */
    public static Database open(String url) {
        return open(url, null, null);
    }

    public static Database open(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        return new Database(() -> JdbcDrivers.connect(url, user, password),
                Dialect.fromJdbcUrl(url), url.replaceAll("password=[^&;]*", "password=***"));
    }

    /** A database behind a pool or other data source; the dialect is taken from a connection's URL. */
    public static Database of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(dataSource, Dialect.fromJdbcUrl(c.getMetaData().getURL()));
        } catch (SQLException e) {
            throw new EntityException("Cannot open a connection to learn the database's dialect: " + e.getMessage(), e);
        }
    }

    public static Database of(DataSource dataSource, Dialect dialect) {
        return new Database(dataSource::getConnection, dialect, "the data source " + dataSource);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** A new session with its own connection, in a transaction until {@link Session#commit()} or close. */
    public Session openSession() {
        try {
            Connection c = connections.open();
            try {
                if (!engineSql.sessionSetup().isEmpty()) {
                    try (Statement s = c.createStatement()) {
                        for (String setup : engineSql.sessionSetup()) s.execute(setup);
                    }
                }
                c.setAutoCommit(false);
                return new Session(this, c);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new EntityException("Cannot connect to " + shownUrl + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in a new session and commits; rolls back when it throws. */
    public <R> R inTransaction(Function<Session, R> work) {
        try (Session s = openSession()) {
            R result = work.apply(s);
            s.commit();
            return result;
        }
    }

    /** Runs {@code work} in a new session and commits; rolls back when it throws. */
    public void runInTransaction(Consumer<Session> work) {
        inTransaction(s -> {
            work.accept(s);
            return null;
        });
    }

    /** The version recorded in the history table {@code cairn_history}; 0 when the database has none. */
    public long schemaVersion() {
        return schemaVersion(HistoryTableReader.DEFAULT_NAME);
    }

    public long schemaVersion(String historyTable) {
        try (Connection c = connections.open()) {
            return new HistoryTableReader(Engines.of(dialect), historyTable).newestVersion(c);
        } catch (SQLException e) {
            throw new EntityException("Cannot read the schema version of " + shownUrl + ": " + e.getMessage(), e);
        }
    }

    /**
     * Fails fast unless the database stands at {@code generatedVersion}, the version the entity classes were generated
     * from (their {@code Models.SCHEMA_VERSION}).
     *
     * @return this, for chaining after {@code open}
     */
    public Database requireVersion(long generatedVersion) {
        return requireVersion(generatedVersion, HistoryTableReader.DEFAULT_NAME);
    }

    public Database requireVersion(long generatedVersion, String historyTable) {
        long actual = schemaVersion(historyTable);
        if (actual == generatedVersion) return this;
        String advice = actual < generatedVersion
                ? "upgrade the database (mvn db:upgrade, or Migrator.upgrade at start-up)"
                : "regenerate the entity classes from the newer migrations (mvn generate-sources)";
        throw new SchemaVersionMismatch("The database " + shownUrl + " is at schema version " + actual
                + ", but the entity classes were generated from version " + generatedVersion + "; " + advice,
                actual, generatedVersion);
    }

    /**
     * Tells {@code listener} of every statement the sessions of this database run from now on. Besides listeners, each
     * statement is logged to the {@link System.Logger} {@code dev.cairn.entity.sql} at {@code DEBUG}: the SQL, the
     * number of values bound (never the values, which may be personal data) and the time taken.
     *
     * @return this, for chaining after {@code open}
     */
    public Database addStatementListener(StatementListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    public void removeStatementListener(StatementListener listener) {
        listeners.remove(listener);
    }

    /** Reports a statement a session ran, started at {@code startNanos}, to the listeners and the SQL log. */
    void statementRan(String sql, long startNanos) {
        if (listeners.isEmpty() && !SQL_LOG.isLoggable(System.Logger.Level.DEBUG)) return;
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        // the statements a session writes quote names and bind every value, so each ? is a placeholder
        int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
        for (StatementListener l : listeners) l.executed(sql, parameters, took);
        if (SQL_LOG.isLoggable(System.Logger.Level.DEBUG)) {
            int shown = parameters;
            SQL_LOG.log(System.Logger.Level.DEBUG, () -> sql + (shown > 0 ? " [" + shown + " value(s), not shown]" : "") + " in "
                    + String.format(java.util.Locale.ROOT, "%.3f ms", took.toNanos() / 1e6));
        }
    }

    /** The engine's answers for the SQL a session writes. */
    EntitySql engineSql() {
        return engineSql;
    }

    /** How the statements name tables and columns. */
    SqlNames names() {
        return names;
    }

    /** The text of the statements sessions run, shared by them all. */
    SessionStatements statements() {
        return statements;
    }

    @Override
    public String toString() {
        return shownUrl;
    }
}
