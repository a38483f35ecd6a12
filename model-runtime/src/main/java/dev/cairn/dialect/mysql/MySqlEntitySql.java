package dev.cairn.dialect.mysql;

import dev.cairn.dialect.EntitySql;

import java.util.List;

/**
 * MySQL's and MariaDB's entity SQL: no DEFAULT VALUES; an insert reads back what it filled in with RETURNING on MariaDB
 * (10.5 and later), by the auto-increment key on MySQL.
 */
final class MySqlEntitySql implements EntitySql {
    static final MySqlEntitySql MYSQL = new MySqlEntitySql(InsertReadBack.GENERATED_KEY_THEN_SELECT);
    static final MySqlEntitySql MARIADB = new MySqlEntitySql(InsertReadBack.RETURNING_CLAUSE);

    private final InsertReadBack insertReadBack;

    private MySqlEntitySql(InsertReadBack insertReadBack) {
        this.insertReadBack = insertReadBack;
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
    public InsertReadBack insertReadBack() {
        return insertReadBack;
    }

    @Override
    public BatchInsert batchInsert() {
        return insertReadBack == InsertReadBack.RETURNING_CLAUSE ? BatchInsert.MULTI_ROW_RETURNING : BatchInsert.JDBC_BATCH_WITH_KEYS;
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return false;
    }

    @Override
    public Upsert upsert() {
        return Upsert.ON_DUPLICATE_KEY_UPDATE;
    }

    @Override
    public String triggersQuery() {
        return null;
    }

    @Override
    public String lastRowidQuery() {
        return null;
    }

    @Override
    public ConstraintKind constraintKind(java.sql.SQLException e) {
        return switch (e.getErrorCode()) {
            case 1062, 1586 -> ConstraintKind.UNIQUE;
            case 1216, 1217, 1451, 1452 -> ConstraintKind.FOREIGN_KEY;
            case 1048, 1364 -> ConstraintKind.NOT_NULL;
            case 3819, 4025 -> ConstraintKind.CHECK;
            default -> null;
        };
    }
}
