package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

/**
 * A SQL file for the engine's own command-line client ({@code sqlite3 db < f}, {@code psql -f f}, {@code mariadb db < f}):
 * statements with the terminator that client needs, transaction statements, and history values as literals. The
 * first line makes the client stop at the first error ({@code .bail on}, {@code \set ON_ERROR_STOP on}; the MariaDB
 * client stops by itself when it reads a file).
 */
final class ClientScript {
    private final Dialect dialect;
    private final StringBuilder text = new StringBuilder();
    private boolean inTransaction;

    ClientScript(Dialect dialect, String title) {
        this.dialect = dialect;
        for (String line : title.split("\n")) comment(line);
        switch (dialect) {
            case SQLITE -> text.append(".bail on\n");
            case POSTGRESQL -> text.append("\\set ON_ERROR_STOP on\n");
            default -> { }
        }
    }

    void comment(String line) {
        text.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
    }

    /**
     * One statement, terminated for the client. A MySQL/MariaDB statement holding semicolons (a routine or trigger
     * body) is written between {@code DELIMITER} lines with a delimiter it does not contain.
     */
    void statement(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        if (isMySqlFamily() && s.contains(";")) {
            String delimiter = "$$";
            while (s.contains(delimiter)) delimiter += "$";
            text.append("DELIMITER ").append(delimiter).append('\n').append(s).append('\n').append(delimiter).append('\n').append("DELIMITER ;\n");
            return;
        }
        text.append(s).append(s.endsWith(";") ? "" : ";").append('\n');
    }

    /** Opens a transaction unless one is open (MySQL/MariaDB: DDL commits by itself, the migrator runs it without one). */
    void begin() {
        if (inTransaction || isMySqlFamily()) return;
        text.append("BEGIN;\n");
        inTransaction = true;
    }

    void commit() {
        if (!inTransaction) return;
        text.append("COMMIT;\n");
        inTransaction = false;
    }

    /** A SQL string literal (null: NULL); MySQL/MariaDB read a backslash in one as an escape, so it is doubled. */
    String literal(String value) {
        if (value == null) return "NULL";
        String s = value.replace("'", "''");
        if (isMySqlFamily()) s = s.replace("\\", "\\\\");
        return "'" + s + "'";
    }

    /** The current UTC time in the history's format ({@code 2026-12-07T21:55:00.123456Z}), evaluated when the file runs. */
    String nowUtc() {
        return switch (dialect) {
            case SQLITE -> "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
            case POSTGRESQL -> "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
            case MYSQL, MARIADB -> "DATE_FORMAT(UTC_TIMESTAMP(6), '%Y-%m-%dT%H:%i:%s.%fZ')";
        };
    }

    private boolean isMySqlFamily() {
        return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    }

    String text() {
        return text.toString();
    }
}
