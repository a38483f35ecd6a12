package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ClientScriptSql;

/**
 * Files for the {@code mysql} / {@code mariadb} client, which stops at the first error when it reads a file: a
 * statement holding semicolons goes between {@code DELIMITER} lines, and a backslash in a literal is an escape.
 */
final class MySqlClientScriptSql implements ClientScriptSql {
    private final String client;

    MySqlClientScriptSql(String client) {
        this.client = client;
    }

    @Override
    public String stopOnError() {
        return "";
    }

    @Override
    public String terminated(String statement) {
        if (!statement.contains(";")) return statement + ";";
        String delimiter = "$$";
        while (statement.contains(delimiter)) delimiter += "$";
        return "DELIMITER " + delimiter + "\n" + statement + "\n" + delimiter + "\nDELIMITER ;";
    }

    @Override
    public String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String nowUtc() {
        return "DATE_FORMAT(UTC_TIMESTAMP(6), '%Y-%m-%dT%H:%i:%s.%fZ')";
    }

    @Override
    public String enterNamespace(String quotedName) {
        return "USE " + quotedName + ";";
    }

    @Override
    public String runWith() {
        return client + " DATABASE < FILE";
    }
}
