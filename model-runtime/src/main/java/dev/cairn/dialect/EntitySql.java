package dev.cairn.dialect;

import java.util.List;

/**
 * The SQL the entity runtime ({@code dev.cairn.entity}) writes where engines differ, and what it runs on each new
 * connection. The answers are constant per engine.
 */
public interface EntitySql {

    /**
     * The statements a session runs on its new connection before its first transaction. SQLite:
     * {@code PRAGMA foreign_keys = ON}, since it enforces foreign keys only on connections that ask, and the pragma is
     * ignored inside a transaction. PostgreSQL, MySQL, MariaDB: none.
     */
    List<String> sessionSetup();

    /**
     * What follows {@code INSERT INTO t} when the insert gives no column (every one is left to the database).
     * SQLite, PostgreSQL: {@code DEFAULT VALUES}, the standard form. MySQL, MariaDB: {@code () VALUES ()}, as they
     * have no {@code DEFAULT VALUES}.
     */
    String insertOfNoColumns();

    /** How an insert gets back the columns the database filled in (identity, defaults, computed columns). */
    enum InsertReadBack {
        /**
         * The statement is prepared with the columns' names and the driver returns them as generated keys (PostgreSQL's
         * driver adds {@code RETURNING} them).
         */
        GENERATED_KEYS_BY_NAME,
        /** The insert ends with {@code RETURNING} the columns and is run as a query (SQLite 3.35+, MariaDB 10.5+). */
        RETURNING_CLAUSE,
        /**
         * The driver returns the auto-increment key only ({@code LAST_INSERT_ID()}); the other columns are read again by
         * that key (MySQL, which has no {@code RETURNING}).
         */
        GENERATED_KEY_THEN_SELECT
    }

    /** How an insert reads back what the database filled in; see {@link InsertReadBack}. */
    InsertReadBack insertReadBack();

    /** How {@code insertAll} inserts many rows and reads back what the database filled in. */
    enum BatchInsert {
        /**
         * A JDBC batch ({@code addBatch}, {@code executeBatch}) whose generated keys hold every row's (MySQL: the
         * auto-increment key, the other columns read again by key).
         */
        JDBC_BATCH_WITH_KEYS,
        /**
         * One multi-row {@code INSERT … VALUES (…), (…) RETURNING …} per chunk, its rows in the order inserted
         * (PostgreSQL, where a batch returning keys costs a result per row; MariaDB 10.5+, whose driver runs a batch
         * that returns keys row by row).
         */
        MULTI_ROW_RETURNING,
        /**
         * A JDBC batch without keys, then the keys of the rowid range up to {@code last_insert_rowid()}, which one
         * connection's inserts into a rowid table without triggers fill consecutively above the largest rowid while it
         * holds the write lock (SQLite, whose driver returns the last rowid only; {@code total_changes()} proves no
         * other row changed); other filled-in columns are read by that range. A table keyed otherwise, or with
         * triggers, is inserted row by row with {@code RETURNING}.
         */
        BATCH_THEN_ROWID_RANGE
    }

    /** How {@code insertAll} batches inserts; see {@link BatchInsert}. */
    BatchInsert batchInsert();

    /** Which kind of constraint a refused statement broke. */
    enum ConstraintKind { UNIQUE, FOREIGN_KEY, NOT_NULL, CHECK }

    /**
     * The constraint a database error says was broken, or null when it is not a constraint violation: PostgreSQL by
     * SQLState (23505, 23503, 23502, 23514), MySQL and MariaDB by error code (1062; 1451, 1452; 1048; 3819, 4025),
     * SQLite by its message ({@code UNIQUE constraint failed: …}), since its driver reports them all as code 19.
     */
    ConstraintKind constraintKind(java.sql.SQLException e);

    /**
     * The query of the connection's last inserted rowid and its count of rows changed so far (SQLite:
     * {@code last_insert_rowid()}, {@code total_changes()}), for {@link BatchInsert#BATCH_THEN_ROWID_RANGE}; null where
     * unused.
     */
    String lastRowidQuery();

    /**
     * The query that has a row when the table named by both its placeholders has a trigger, for
     * {@link BatchInsert#BATCH_THEN_ROWID_RANGE} (a trigger may insert rows between a batch's); null where unused.
     */
    String triggersQuery();

    /**
     * Whether one failed statement aborts the whole transaction, so that every later statement fails until a rollback
     * (PostgreSQL: "current transaction is aborted"). SQLite, MySQL, MariaDB: no, a failed statement undoes only itself.
     * Where it does, a session runs each write inside a savepoint and rolls back to it on failure.
     */
    boolean failedStatementAbortsTransaction();

    /** How an insert that meets an existing row (same key or unique columns) updates that row instead. */
    enum Upsert {
        /** {@code INSERT … ON CONFLICT (columns) DO UPDATE SET c = EXCLUDED.c} (PostgreSQL, SQLite 3.24+). */
        ON_CONFLICT_DO_UPDATE,
        /**
         * {@code INSERT … ON DUPLICATE KEY UPDATE c = VALUES(c)} (MySQL, MariaDB): it fires on a conflict with any
         * unique key of the table, since the statement cannot name one.
         */
        ON_DUPLICATE_KEY_UPDATE
    }

    /** How an upsert is written; see {@link Upsert}. */
    Upsert upsert();
}
