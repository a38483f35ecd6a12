package dev.cairn.dialect;

/**
 * The words an engine will not take as a bare table, column, index or constraint name, so that DDL and expressions
 * quote them. The lists were found by asking the engines themselves (PostgreSQL 15, MariaDB 10.11, SQLite 3.40): every
 * keyword any of them knows was tried as an unquoted name; an engine's list holds the ones that failed there. MySQL's
 * is MariaDB's plus the words MySQL 8 reserved on top.
 */
public interface Keywords {

    /** Whether {@code name}, in any case, must be quoted to stand as a name. */
    boolean isReserved(String name);
}
