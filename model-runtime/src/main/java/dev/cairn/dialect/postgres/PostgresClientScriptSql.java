package dev.cairn.dialect.postgres;

import dev.cairn.dialect.ClientScriptSql;

/**
 * Files for {@code psql}: {@code \set ON_ERROR_STOP on}; it reads dollar-quoted bodies as they are, and a literal
 * takes a backslash as it is (standard_conforming_strings, on since PostgreSQL 9.1).
 */
enum PostgresClientScriptSql implements ClientScriptSql {
    INSTANCE;

    @Override
    public String stopOnError() {
        return "\\set ON_ERROR_STOP on";
    }

    @Override
    public String nowUtc() {
        return "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    @Override
    public String enterNamespace(String quotedName) {
        return "SET search_path TO " + quotedName + ";";
    }

    @Override
    public String runWith() {
        return "psql -v ON_ERROR_STOP=1 -f FILE (connected to the database)";
    }
}
