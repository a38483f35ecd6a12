package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.sql.SqlSyntax;

/** MariaDB 10.5 and later. */
public final class MariaDbEngine extends MySqlFamilyEngine {
    public static final MariaDbEngine INSTANCE = new MariaDbEngine();

    private MariaDbEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Override
    public SqlSyntax syntax() {
        return MySqlSyntax.MARIADB;
    }
}
