package dev.cairn.dialect.postgres;

import dev.cairn.dialect.MigrationRules;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.schema.SchemaChange;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's DDL is transactional, but some statements refuse a transaction ({@code -- cairn:no-transaction}) and
 * a label added to an enum type is usable only once its transaction commits.
 */
final class PostgresMigrationRules implements MigrationRules {
    static final PostgresMigrationRules INSTANCE = new PostgresMigrationRules();

    private PostgresMigrationRules() {
    }

    @Override
    public boolean ddlCommitsItself() {
        return false;
    }

    @Override
    public boolean obeysNoTransactionMarker() {
        return true;
    }

    /** {@code ALTER TYPE … ADD VALUE}: PostgreSQL refuses to use the new label before the transaction that added it commits. */
    @Override
    public boolean needsCommitAfter(List<SchemaChange> changes) {
        for (SchemaChange change : changes) {
            if (change instanceof SchemaChange.EnumTypeAltered altered
                    && !altered.before().values().containsAll(altered.after().values())) return true;
        }
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
