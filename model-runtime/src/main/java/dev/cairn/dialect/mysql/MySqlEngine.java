package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Dialect;

/** MySQL 8. */
public final class MySqlEngine extends MySqlFamilyEngine {
    public static final MySqlEngine INSTANCE = new MySqlEngine();

    private final ConstraintNaming naming = new MySqlNaming();

    private MySqlEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    public ConnectionRules connections() {
        return MySqlConnectionRules.MYSQL;
    }

    @Override
    public DdlRules ddl() {
        return MySqlDdlRules.MYSQL;
    }

    @Override
    public ConstraintNaming naming() {
        return naming;
    }
}
