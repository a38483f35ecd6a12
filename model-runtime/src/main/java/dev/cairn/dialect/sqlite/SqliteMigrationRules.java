package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.MigrationRules;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.schema.SchemaChange;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQLite runs every migration in a transaction, rebuilds tables for most ALTERs, and copies its file before a change. */
final class SqliteMigrationRules implements MigrationRules {
    static final SqliteMigrationRules INSTANCE = new SqliteMigrationRules();

    private SqliteMigrationRules() {
    }

    @Override
    public boolean ddlCommitsItself() {
        return false;
    }

    @Override
    public boolean obeysNoTransactionMarker() {
        return false;
    }

    @Override
    public boolean needsCommitAfter(List<SchemaChange> changes) {
        return false;
    }

    @Override
    public Optional<TableRebuild> beginRebuild(Connection c, String sql) throws SQLException {
        return RebuildMarker.in(sql) ? Optional.of(SqliteRebuildRun.begin(c)) : Optional.empty();
    }

    @Override
    public Optional<Path> backUp(Connection c, String url, long version, int keep) throws SQLException {
        return SqliteBackups.beforeChange(c, url, version, keep);
    }

    @Override
    public List<Path> deleteLeftOverCopies(String url) {
        return SqliteBackups.deletePartialCopiesOfStoppedMigrators(url);
    }

    @Override
    public boolean rebuildRestoresTriggers() {
        return true;
    }
}
