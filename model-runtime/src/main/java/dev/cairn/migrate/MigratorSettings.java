package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.time.Duration;
import java.util.List;

/**
 * Everything a migrator needs, resolved: the dialect, the connection, the migration files, the history table's name,
 * backups of SQLite files, whether pending migrations older than the newest applied one may run, how long to wait for
 * another migrator, whether to compare the live schema with the migrations before acting; the PostgreSQL schema or
 * MySQL/MariaDB database to work in ({@code null}: the connection's current one) and whether to create it when missing;
 * how much of an upgrade one transaction holds; the scratch database where DDL built at run time is applied to learn
 * what it does ({@link DevDatabase#NONE}: none); the lease of the migration lock on a cluster whose nodes keep their own
 * locks ({@link LeaseLock}: renewed while the migrator works, taken over by another only once it ran out).
 */
public record MigratorSettings(Dialect dialect, ConnectionSettings connection, List<MigrationFile> migrations, String historyTable,
                               boolean backup, int backupsKept, boolean allowOutOfOrder, Duration lockTimeout, String appliedBy,
                               boolean driftCheck, String schema, boolean createSchema, TransactionScope transactionScope,
                               DevDatabase devDatabase, Duration lockLease) {
    public static final Duration DEFAULT_LOCK_LEASE = Duration.ofSeconds(60);

    /** Settings with the default lease. */
    public MigratorSettings(Dialect dialect, ConnectionSettings connection, List<MigrationFile> migrations, String historyTable,
                            boolean backup, int backupsKept, boolean allowOutOfOrder, Duration lockTimeout, String appliedBy,
                            boolean driftCheck, String schema, boolean createSchema, TransactionScope transactionScope,
                            DevDatabase devDatabase) {
        this(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout, appliedBy, driftCheck, schema,
                createSchema, transactionScope, devDatabase, DEFAULT_LOCK_LEASE);
    }

    /** Settings without a scratch database. */
    public MigratorSettings(Dialect dialect, ConnectionSettings connection, List<MigrationFile> migrations, String historyTable,
                            boolean backup, int backupsKept, boolean allowOutOfOrder, Duration lockTimeout, String appliedBy,
                            boolean driftCheck, String schema, boolean createSchema, TransactionScope transactionScope) {
        this(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout, appliedBy, driftCheck, schema,
                createSchema, transactionScope, DevDatabase.NONE);
    }

    /** Settings that work in the connection's current schema or database, one transaction per upgrade. */
    public MigratorSettings(Dialect dialect, ConnectionSettings connection, List<MigrationFile> migrations, String historyTable,
                            boolean backup, int backupsKept, boolean allowOutOfOrder, Duration lockTimeout, String appliedBy,
                            boolean driftCheck) {
        this(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout, appliedBy, driftCheck, null, false,
                TransactionScope.RUN);
    }

    public MigratorSettings {
        migrations = migrations instanceof MigrationsInBackground || migrations instanceof MigrationFiles ? migrations : List.copyOf(migrations); // immutable either way
        historyTable = historyTable == null || historyTable.isBlank() ? HistoryTable.DEFAULT_NAME : historyTable;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(10) : lockTimeout;
        appliedBy = appliedBy == null ? System.getProperty("user.name", "unknown") : appliedBy;
        if (backupsKept < 1) backupsKept = 1;
        schema = schema == null || schema.isBlank() ? null : schema.strip();
        transactionScope = transactionScope == null ? TransactionScope.RUN : transactionScope;
        devDatabase = devDatabase == null ? DevDatabase.NONE : devDatabase;
        lockLease = lockLease == null ? DEFAULT_LOCK_LEASE : lockLease;
        if (lockLease.toMillis() < 1000) throw new MigrationProblem("The lock lease must be at least 1 s, not " + lockLease.toMillis() + " ms");
    }

    /** These settings with another {@link TransactionScope}. */
    public MigratorSettings withTransactionScope(TransactionScope scope) {
        return new MigratorSettings(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout,
                appliedBy, driftCheck, schema, createSchema, scope, devDatabase, lockLease);
    }

    /** These settings with a scratch database ({@link DevDatabase#NONE}: none). */
    public MigratorSettings withDevDatabase(DevDatabase dev) {
        return new MigratorSettings(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout,
                appliedBy, driftCheck, schema, createSchema, transactionScope, dev, lockLease);
    }

    /** These settings with another lease for the migration lock on a cluster ({@link LeaseLock}). */
    public MigratorSettings withLockLease(Duration lease) {
        return new MigratorSettings(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout,
                appliedBy, driftCheck, schema, createSchema, transactionScope, devDatabase, lease);
    }
}
