package dev.cairn.dialect.postgres;

import dev.cairn.dialect.EntitySql;

import java.util.List;

/**
 * PostgreSQL's entity SQL: every column the database filled in comes back through RETURNING (by name on one insert, in a
 * multi-row insert's RETURNING for insertAll).
 */
final class PostgresEntitySql implements EntitySql {
    static final PostgresEntitySql INSTANCE = new PostgresEntitySql();

    private PostgresEntitySql() {
    }

    @Override
    public List<String> sessionSetup() {
        return List.of();
    }

    @Override
    public String insertOfNoColumns() {
        return "DEFAULT VALUES";
    }

    @Override
    public InsertReadBack insertReadBack() {
        return InsertReadBack.GENERATED_KEYS_BY_NAME;
    }

    @Override
    public BatchInsert batchInsert() {
        return BatchInsert.MULTI_ROW_RETURNING;
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return true;
    }

    @Override
    public Upsert upsert() {
        return Upsert.ON_CONFLICT_DO_UPDATE;
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
        String state = e.getSQLState();
        if (state == null) return null;
        return switch (state) {
            case "23505" -> ConstraintKind.UNIQUE;
            case "23503" -> ConstraintKind.FOREIGN_KEY;
            case "23502" -> ConstraintKind.NOT_NULL;
            case "23514" -> ConstraintKind.CHECK;
            default -> null;
        };
    }
}
