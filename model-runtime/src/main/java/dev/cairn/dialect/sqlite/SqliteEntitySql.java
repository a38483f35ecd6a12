package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.EntitySql;

import java.util.List;

/** SQLite's entity SQL: foreign keys switched on per connection, the rowid as the one generated key. */
final class SqliteEntitySql implements EntitySql {
    private static final List<String> SESSION_SETUP = List.of("PRAGMA foreign_keys = ON");
    static final SqliteEntitySql INSTANCE = new SqliteEntitySql();

    private SqliteEntitySql() {
    }

    @Override
    public List<String> sessionSetup() {
        return SESSION_SETUP;
    }

    @Override
    public String insertOfNoColumns() {
        return "DEFAULT VALUES";
    }

    @Override
    public boolean returnsFilledInColumnsByName() {
        return false;
    }
}
