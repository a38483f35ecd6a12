package dev.cairn.dialect;

import dev.cairn.schema.SchemaChange;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** How migrations run on this engine: transactions, commit points, table rebuilds, backups ({@code engine.migration()}). */
public interface MigrationRules {

    /**
     * Whether every DDL statement commits by itself, so that a migration runs statement by statement and a failure
     * half-way is compensated with derived inverses instead of rolled back: MySQL and MariaDB yes; SQLite and PostgreSQL
     * no, their DDL is transactional.
     */
    boolean ddlCommitsItself();

    /**
     * Whether a migration file marked {@code -- cairn:no-transaction} runs statement by statement, each committing:
     * PostgreSQL yes ({@code CREATE INDEX CONCURRENTLY} and a few more refuse to run in a transaction), MySQL and
     * MariaDB yes (every migration does); SQLite no, it runs everything in a transaction and ignores the marker.
     */
    boolean obeysNoTransactionMarker();

    /**
     * Whether the transaction must commit right after these changes, before a later statement can use what they
     * made: PostgreSQL when a label is added to an enum type (a new label cannot be used in the transaction that
     * added it); no on the others.
     */
    boolean needsCommitAfter(List<SchemaChange> changes);

    /**
     * For {@code sql} that rebuilds tables ({@link RebuildMarker}) on SQLite: ends the connection's open transaction,
     * switches foreign-key enforcement off when it is on (dropping the old table would otherwise delete or cascade to
     * the rows that reference it), notes the triggers, and opens a new transaction (the caller must check again that
     * nobody else ran the migration in between). Empty for any other SQL, and on the other engines, which alter tables
     * in place.
     */
    Optional<TableRebuild> beginRebuild(Connection c, String sql) throws SQLException;

    /**
     * Whether a migration marked {@link RebuildMarker} gets back the triggers its {@code DROP TABLE} took, created
     * again on the table of that name when the migration ends (SQLite, whose {@link #beginRebuild} run does it), so
     * that replay keeps them too. False where the marker changes nothing.
     */
    boolean rebuildRestoresTriggers();

    /**
     * Before a migration changes the database at {@code url}, standing at {@code version}: a consistent copy of it
     * beside it, keeping the newest {@code keep} copies; returns the copy. SQLite copies a file that has content
     * ({@code VACUUM INTO}); empty on the servers and for an in-memory or empty database.
     */
    Optional<Path> backUp(Connection c, String url, long version, int keep) throws SQLException;

    /**
     * Deletes what {@link #backUp} left half-written beside the database at {@code url} when its migrator was killed
     * (SQLite's {@code ….backup.partial} copies of processes no longer running); returns what it deleted.
     */
    default List<Path> deleteLeftOverCopies(String url) {
        return List.of();
    }
}
