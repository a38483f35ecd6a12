package dev.cairn.dialect;

import dev.cairn.dialect.expression.Literals;

/**
 * How a SQL file reads for the engine's own command-line client ({@code sqlite3}, {@code psql}, {@code mysql} /
 * {@code mariadb}), as a dry run writes one ({@code engine.clientScript()}; stateless, shared).
 */
public interface ClientScriptSql {

    /** The line that makes the client stop at the first error when it runs a file; empty when it stops by itself. */
    String stopOnError();

    /**
     * {@code statement} (without its terminator) terminated for the client: MySQL and MariaDB need a statement that
     * holds semicolons (a routine or trigger body) between {@code DELIMITER} lines.
     */
    default String terminated(String statement) {
        return statement + ";";
    }

    /** {@code value} as a string literal the client passes on unchanged; null is {@code NULL}. */
    default String literal(String value) {
        return value == null ? "NULL" : Literals.quoted(value);
    }

    /** An expression for the current UTC time in the history table's format ({@code 2026-12-07T21:55:00.123456Z}). */
    String nowUtc();

    /** The statement that makes {@code quotedName} the schema or database the file works in; empty where there is none. */
    String enterNamespace(String quotedName);

    /** How to run a file, for its first lines: {@code sqlite3 app.db < FILE}, … */
    String runWith();
}
