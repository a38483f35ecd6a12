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
 * what it does ({@link DevDatabase#NONE}: none).
 */
public record MigratorSettings(Dialect dialect, ConnectionSettings connection, List<MigrationFile> migrations, String historyTable,
                               boolean backup, int backupsKept, boolean allowOutOfOrder, Duration lockTimeout, String appliedBy,
                               boolean driftCheck, String schema, boolean createSchema, TransactionScope transactionScope,
                               DevDatabase devDatabase) {

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
        migrations = migrations instanceof MigrationsInBackground ? migrations : List.copyOf(migrations); // immutable either way
        historyTable = historyTable == null || historyTable.isBlank() ? HistoryTable.DEFAULT_NAME : historyTable;
        lockTimeout = lockTimeout == null ? Duration.ofMinutes(10) : lockTimeout;
        appliedBy = appliedBy == null ? System.getProperty("user.name", "unknown") : appliedBy;
        if (backupsKept < 1) backupsKept = 1;
        schema = schema == null || schema.isBlank() ? null : schema.strip();
        transactionScope = transactionScope == null ? TransactionScope.RUN : transactionScope;
        devDatabase = devDatabase == null ? DevDatabase.NONE : devDatabase;
    }

    /** These settings with another {@link TransactionScope}. */
    public MigratorSettings withTransactionScope(TransactionScope scope) {
        return new MigratorSettings(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout,
                appliedBy, driftCheck, schema, createSchema, scope, devDatabase);
    }

    /** These settings with a scratch database ({@link DevDatabase#NONE}: none). */
    public MigratorSettings withDevDatabase(DevDatabase dev) {
        return new MigratorSettings(dialect, connection, migrations, historyTable, backup, backupsKept, allowOutOfOrder, lockTimeout,
                appliedBy, driftCheck, schema, createSchema, transactionScope, dev);
    }
}
