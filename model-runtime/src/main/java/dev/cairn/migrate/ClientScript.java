package dev.cairn.migrate;

import dev.cairn.dialect.ClientScriptSql;
import dev.cairn.dialect.Engine;

import java.util.List;

/**
 * A SQL file for the engine's own command-line client ({@code sqlite3 db < f}, {@code psql -f f}, {@code mariadb db < f}):
 * statements with the terminator that client needs ({@link ClientScriptSql}), transaction statements where the
 * migrator uses transactions, and history values as literals. The file makes the client stop at the first error.
 */
final class ClientScript {
    private final ClientScriptSql client;
    private final boolean transactions;
    private final StringBuilder text = new StringBuilder();
    private boolean inTransaction;

    ClientScript(Engine engine, String title) {
        this.client = engine.clientScript();
        this.transactions = !engine.migration().ddlCommitsItself(); // MySQL/MariaDB: the migrator runs their DDL without one
        for (String line : title.split("\n")) comment(line);
        if (!client.stopOnError().isEmpty()) text.append(client.stopOnError()).append('\n');
    }

    void comment(String line) {
        text.append(line.isEmpty() ? "--" : "-- " + line).append('\n');
    }

    /** One statement, its own terminator (if any) replaced by the one the client needs. */
    void statement(String sql) {
        String s = sql.strip();
        while (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        text.append(client.terminated(s)).append('\n');
    }

    /** Opens a transaction unless one is open. */
    void begin() {
        if (inTransaction || !transactions) return;
        text.append("BEGIN;\n");
        inTransaction = true;
    }

    void commit() {
        if (!inTransaction) return;
        text.append("COMMIT;\n");
        inTransaction = false;
    }

    /**
     * Statements in a transaction of their own, whatever the engine (MySQL/MariaDB: a DDL statement among them commits
     * by itself, and what follows it then commits on its own).
     */
    void inOwnTransaction(List<String> statements) {
        text.append(inTransaction ? "" : "START TRANSACTION;\n");
        for (String s : statements) statement(s);
        text.append("COMMIT;\n");
        inTransaction = false;
    }

    String literal(String value) {
        return client.literal(value);
    }

    String nowUtc() {
        return client.nowUtc();
    }

    /** With {@code db.schema} set: the file works there, as the migrator's connection does. */
    void enterNamespace(Engine engine, String schema) {
        if (schema == null) return;
        String statement = client.enterNamespace(engine.renderer().quote(schema));
        if (!statement.isEmpty()) text.append(statement).append('\n');
    }

    String text() {
        return text.toString();
    }
}
