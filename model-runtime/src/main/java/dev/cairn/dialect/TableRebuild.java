package dev.cairn.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What runs around SQL that rebuilds tables ({@link RebuildMarker}), begun by {@link MigrationRules#beginRebuild}
 * with a transaction open: {@link #finish} before that transaction commits, {@link #restore} after it commits or
 * rolls back.
 */
public interface TableRebuild {

    /** In the transaction, after the statements: what the rebuild took is put back and checked. */
    void finish(Connection c) throws SQLException, TableRebuildRefused;

    /** After the commit or rollback: the connection as it was before the rebuild began. */
    void restore(Connection c) throws SQLException;
}
