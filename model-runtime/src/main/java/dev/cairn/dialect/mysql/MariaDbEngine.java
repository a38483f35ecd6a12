package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.Dialect;

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
    public ConnectionRules connections() {
        return MySqlConnectionRules.MARIADB;
    }
}
