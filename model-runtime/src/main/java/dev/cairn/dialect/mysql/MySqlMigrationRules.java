package dev.cairn.dialect.mysql;

import dev.cairn.dialect.MigrationRules;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.schema.SchemaChange;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** MySQL and MariaDB commit every DDL statement by themselves: migrations run statement by statement. */
final class MySqlMigrationRules implements MigrationRules {
    static final MySqlMigrationRules INSTANCE = new MySqlMigrationRules();

    private MySqlMigrationRules() {
    }

    @Override
    public boolean ddlCommitsItself() {
        return true;
    }

    @Override
    public boolean obeysNoTransactionMarker() {
        return true;
    }

    @Override
    public boolean needsCommitAfter(List<SchemaChange> changes) {
        return false;
    }

    @Override
    public Optional<TableRebuild> beginRebuild(Connection c, String sql) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> backUp(Connection c, String url, long version, int keep) {
        return Optional.empty();
    }

    @Override
    public boolean rebuildRestoresTriggers() {
        return false;
    }
}
