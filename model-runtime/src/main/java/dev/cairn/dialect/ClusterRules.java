package dev.cairn.dialect;

import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What a database spread over several servers asks of migrations ({@code engine.cluster()}), checked before anything
 * runs: on a MariaDB Galera cluster, tables without a primary key, engines that are not replicated, node-local locks
 * ({@code LOCK TABLES}, {@code GET_LOCK}), write sets over the cluster's limits. An engine whose databases live on one
 * server answers {@link #ONE_SERVER}; CockroachDB or YugabyteDB would answer with rules of their own.
 */
public interface ClusterRules {

    /** The cluster {@code c} reaches, with its limits; empty where the database is on one server. */
    Optional<Cluster> detect(Connection c) throws SQLException;

    /** What the cluster makes of {@code statement}, which takes the schema from {@code before} to {@code after}. */
    List<Finding> check(Cluster cluster, SqlStatement statement, Schema before, Schema after);

    /**
     * A cluster as the migrator sees it: its kind ("MariaDB Galera"), its nodes, its limits on one transaction's write
     * set (rows and bytes; 0 for none), whether a table needs a primary key to be written at all, and the estimated
     * number of rows of each table of the working database (lower-case names), to judge statements that change them.
     */
    record Cluster(String kind, int nodes, long maxWriteSetRows, long maxWriteSetBytes, boolean primaryKeyRequired,
                   java.util.Map<String, Long> estimatedRows) {
        public Cluster {
            estimatedRows = java.util.Map.copyOf(estimatedRows);
        }
    }

    /** One rule a statement breaks: {@code refused} stops the upgrade before anything runs; otherwise a warning. */
    record Finding(SqlStatement statement, boolean refused, String message) {
        /** {@code file:line:col: message} and the statement quoted. */
        public String describe() {
            return statement.position() + ": " + message + "\n    " + statement.quoted();
        }
    }

    /** The database lives on one server: nothing to detect or check. */
    ClusterRules ONE_SERVER = new ClusterRules() {
        @Override
        public Optional<Cluster> detect(Connection c) {
            return Optional.empty();
        }

        @Override
        public List<Finding> check(Cluster cluster, SqlStatement statement, Schema before, Schema after) {
            return List.of();
        }
    };
}
