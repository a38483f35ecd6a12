package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The runtime API's way to set up a migrator: {@code Migrator.configure().url("jdbc:sqlite:app.db")
 * .migrationsOnClasspath("db/migrations").build().upgrade(null, false)}, or {@code .dataSource(pool)} instead of the URL.
 * Everything but the URL or DataSource has a default; the log is the {@link System.Logger} {@code dev.cairn.migrate}.
 */
public final class MigratorBuilder {
    private String url;
    private String user;
    private String password;
    private DataSource dataSource;
    private Dialect dialect;
    private List<MigrationFile> migrations;
    private String historyTable = HistoryTable.DEFAULT_NAME;
    private boolean backup = true;
    private int backupsKept = 5;
    private boolean outOfOrder;
    private Duration lockTimeout = Duration.ofMinutes(10);
    private Duration lockLease = MigratorSettings.DEFAULT_LOCK_LEASE;
    private String appliedBy;
    private boolean driftCheck = true;
    private String schema;
    private boolean createSchema;
    private TransactionScope transactionScope = TransactionScope.RUN;
    private MigrationLog log = MigrationLog.SYSTEM_LOGGER;
    private String devUrl;

    MigratorBuilder() {
    }

    public MigratorBuilder url(String jdbcUrl) {
        this.url = jdbcUrl;
        return this;
    }

    /**
     * Connections from the application's pool instead of a URL: each command borrows them, and gives them back as it
     * was lent them (see {@code ConnectionRules.borrow}); the migration lock and the history work as with a URL. The
     * engine is the one of the URL the connections report ({@link java.sql.DatabaseMetaData#getURL}), read from one
     * connection when the migrator is built.
     */
    public MigratorBuilder dataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    public MigratorBuilder user(String user) {
        this.user = user;
        return this;
    }

    public MigratorBuilder password(String password) {
        this.password = password;
        return this;
    }

    /** Only needed when the URL does not tell the dialect. */
    public MigratorBuilder dialect(Dialect dialect) {
        this.dialect = dialect;
        return this;
    }

    /**
     * The migrations at a classpath location (default {@code db/migrations}, or Flyway's {@code db/migration} when only
     * that exists). They are read in the background while
     * the migrator connects; a mistake in them is thrown by the first command that runs.
     */
    public MigratorBuilder migrationsOnClasspath(String location) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.migrations = MigrationsInBackground.start(() -> ClasspathMigrations.load(location, loader));
        return this;
    }

    /** The migrations in a folder, read in the background like {@link #migrationsOnClasspath}. */
    public MigratorBuilder migrationsIn(Path folder) {
        this.migrations = MigrationsInBackground.start(() -> MigrationDirectory.load(folder, ""));
        return this;
    }

    /** Migrations read already (by {@link MigrationDirectory#load}, say). */
    public MigratorBuilder migrations(List<MigrationFile> files) {
        this.migrations = files;
        return this;
    }

    public MigratorBuilder historyTable(String name) {
        this.historyTable = name;
        return this;
    }

    public MigratorBuilder backups(boolean on, int kept) {
        this.backup = on;
        this.backupsKept = kept;
        return this;
    }

    public MigratorBuilder allowOutOfOrder(boolean allow) {
        this.outOfOrder = allow;
        return this;
    }

    public MigratorBuilder lockTimeout(Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    /**
     * On a cluster whose nodes keep their own locks (MariaDB Galera): how long the migration lock stays claimed without
     * being renewed. The migrator renews it every quarter of that while it works; another takes it over only once it ran
     * out (a migrator that died). Make it longer than the longest pause the cluster may take (default 60 s).
     */
    public MigratorBuilder lockLease(Duration lease) {
        this.lockLease = lease;
        return this;
    }

    public MigratorBuilder appliedBy(String who) {
        this.appliedBy = who;
        return this;
    }

    public MigratorBuilder driftCheck(boolean on) {
        this.driftCheck = on;
        return this;
    }

    /** The PostgreSQL schema (MySQL/MariaDB database) to migrate, created when missing if {@code create}. */
    public MigratorBuilder schema(String name, boolean create) {
        this.schema = name;
        this.createSchema = create;
        return this;
    }

    /** One transaction for the whole upgrade (the default) or one per migration; see {@link TransactionScope}. */
    public MigratorBuilder transactionScope(TransactionScope scope) {
        this.transactionScope = scope;
        return this;
    }

    /**
     * A scratch database Cairn may create and drop (Atlas's "dev database"), reached with the same user and password:
     * when a migration runs DDL built at run time ({@code EXECUTE} of a prepared statement, a {@code DO} block, a
     * {@code CALL}), Cairn applies the migrations there and reads the schema after that file back. A new or empty
     * SQLite file (or {@code jdbc:sqlite::memory:}), or a PostgreSQL, MySQL or MariaDB server where Cairn creates a
     * schema or database of its own and drops it when done. Without one such a migration is refused.
     */
    public MigratorBuilder devUrl(String jdbcUrl) {
        this.devUrl = jdbcUrl;
        return this;
    }

    public MigratorBuilder log(MigrationLog log) {
        this.log = log;
        return this;
    }

    public Migrator build() {
        return new Migrator(settings(), log);
    }

    /** The settings resolved, for a {@link Migrator} with a log of the caller's own. */
    public MigratorSettings settings() {
        if (migrations == null) {
            // Flyway's location when Cairn's is absent: an application moving from Flyway keeps its files where they are
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            boolean flyway = loader.getResource("db/migrations") == null && loader.getResource("db/migration") != null;
            migrationsOnClasspath(flyway ? "db/migration" : "db/migrations");
        }
        if (dataSource != null && url != null) throw new MigrationProblem("Give the migrator a DataSource or a URL, not both");
        ConnectionSettings connection = dataSource != null ? ConnectionSettings.of(dataSource) : new ConnectionSettings(url, user, password);
        Dialect d = dialect != null ? dialect : Dialect.fromJdbcUrl(connection.url());
        return new MigratorSettings(d, connection, migrations, historyTable, backup,
                backupsKept, outOfOrder, lockTimeout, appliedBy, driftCheck, schema, createSchema, transactionScope,
                DevDatabase.at(devUrl, user, password), lockLease);
    }
}
