package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Dialect;

/** MariaDB 10.5 and later. */
public final class MariaDbEngine extends MySqlFamilyEngine {
    public static final MariaDbEngine INSTANCE = new MariaDbEngine();

    private final ConstraintNaming naming = new MariaDbNaming();

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

    @Override
    public DdlRules ddl() {
        return MySqlDdlRules.MARIADB;
    }

    @Override
    public ConstraintNaming naming() {
        return naming;
    }
}
