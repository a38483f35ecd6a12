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

    /**
     * Whether a JDBC batch of inserts ({@code addBatch}, {@code executeBatch}) returns the generated keys of all its
     * rows, so that {@code insertAll} can batch. PostgreSQL: yes, every column asked for by name. MySQL, MariaDB: yes,
     * the auto-increment keys (other filled-in columns are read again by key). SQLite: no, its driver returns the last
     * rowid only; its inserts run one by one on one prepared statement, which in process costs about what a batch does.
     */
    boolean batchReturnsGeneratedKeys();
}
