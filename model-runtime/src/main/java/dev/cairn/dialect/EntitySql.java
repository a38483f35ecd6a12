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

    /**
     * Whether an insert can ask for the columns the database filled in by name, getting each back. PostgreSQL: yes,
     * its driver adds {@code RETURNING} them when the statement is prepared with their names (asked for every generated
     * key instead, it returns every column). SQLite, MySQL, MariaDB: no, their drivers return only the auto-increment
     * key ({@code last_insert_rowid()}, {@code LAST_INSERT_ID()}), asked for with {@code RETURN_GENERATED_KEYS}.
     */
    boolean returnsFilledInColumnsByName();
}
