package dev.cairn.dialect.mysql;

import dev.cairn.dialect.EntitySql;

import java.util.List;

/** MySQL's and MariaDB's entity SQL: no DEFAULT VALUES, the auto-increment key as the one generated key. */
final class MySqlEntitySql implements EntitySql {
    static final MySqlEntitySql INSTANCE = new MySqlEntitySql();

    private MySqlEntitySql() {
    }

    @Override
    public List<String> sessionSetup() {
        return List.of();
    }

    @Override
    public String insertOfNoColumns() {
        return "() VALUES ()";
    }

    @Override
    public boolean returnsFilledInColumnsByName() {
        return false;
    }
}
