package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.ClientScriptSql;

/** Files for the {@code sqlite3} shell: {@code .bail on}; it reads a trigger's {@code BEGIN … END;} as one statement. */
enum SqliteClientScriptSql implements ClientScriptSql {
    INSTANCE;

    @Override
    public String stopOnError() {
        return ".bail on";
    }

    @Override
    public String nowUtc() {
        return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
    }

    @Override
    public String enterNamespace(String quotedName) {
        return "";
    }

    @Override
    public String runWith() {
        return "sqlite3 app.db < FILE";
    }
}
