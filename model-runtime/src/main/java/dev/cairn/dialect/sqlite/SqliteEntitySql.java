package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.EntitySql;

import java.util.List;

/** SQLite's entity SQL: foreign keys switched on per connection, what an insert filled in read back with RETURNING (SQLite 3.35 and later). */
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
    public InsertReadBack insertReadBack() {
        return InsertReadBack.RETURNING_CLAUSE;
    }

    @Override
    public BatchInsert batchInsert() {
        return BatchInsert.BATCH_THEN_ROWID_RANGE;
    }

    @Override
    public boolean failedStatementAbortsTransaction() {
        return false;
    }

    @Override
    public Upsert upsert() {
        return Upsert.ON_CONFLICT_DO_UPDATE;
    }

    @Override
    public String triggersQuery() {
        return "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE "
                + "UNION ALL SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE";
    }

    @Override
    public String lastRowidQuery() {
        return "SELECT last_insert_rowid(), total_changes()";
    }

    @Override
    public ConstraintKind constraintKind(java.sql.SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("UNIQUE constraint failed") || m.contains("PRIMARY KEY constraint failed")) return ConstraintKind.UNIQUE;
        if (m.contains("FOREIGN KEY constraint failed")) return ConstraintKind.FOREIGN_KEY;
        if (m.contains("NOT NULL constraint failed")) return ConstraintKind.NOT_NULL;
        if (m.contains("CHECK constraint failed")) return ConstraintKind.CHECK;
        return null;
    }
}
