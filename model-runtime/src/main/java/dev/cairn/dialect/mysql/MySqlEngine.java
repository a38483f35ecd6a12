package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.sql.SqlSyntax;

/** MySQL 8. */
public final class MySqlEngine extends MySqlFamilyEngine {
    public static final MySqlEngine INSTANCE = new MySqlEngine();

    private MySqlEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    public SqlSyntax syntax() {
        return MySqlSyntax.MYSQL;
    }
}
