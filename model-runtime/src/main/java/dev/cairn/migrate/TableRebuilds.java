package dev.cairn.migrate;

import dev.cairn.dialect.TableRebuild;
import dev.cairn.dialect.TableRebuildRefused;

import java.sql.Connection;
import java.sql.SQLException;

/** The engine's {@link TableRebuild}, when a run of SQL has one (null otherwise), with a refusal as a user's problem. */
final class TableRebuilds {
    private TableRebuilds() {
    }

    /** In the transaction, after the statements (see {@link TableRebuild#finish}). */
    static void finish(TableRebuild rebuild, Connection c) throws SQLException {
        if (rebuild == null) return;
        try {
            rebuild.finish(c);
        } catch (TableRebuildRefused e) {
            throw new MigrationProblem(e.getMessage(), e.getCause());
        }
    }

    /** After the commit or rollback (see {@link TableRebuild#restore}). */
    static void restore(TableRebuild rebuild, Connection c) throws SQLException {
        if (rebuild != null) rebuild.restore(c);
    }
}
