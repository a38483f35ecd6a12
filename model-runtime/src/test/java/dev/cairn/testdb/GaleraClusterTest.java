package dev.cairn.testdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The harness itself: three nodes in one cluster, apart from the single server, each seeing what another wrote. */
@ExtendWith(GaleraCluster.class)
class GaleraClusterTest {

    @Test
    void threeNodesReplicateOneAnothersWrites() throws Exception {
        try (LiveDatabase db = GaleraCluster.database()) {
            db.execute("CREATE TABLE t (id INT PRIMARY KEY, node INT)");
            for (int node = 1; node <= GaleraCluster.NODES; node++) {
                try (Connection c = DriverManager.getConnection(GaleraCluster.url(node, db.namespace()), "root", "");
                     Statement s = c.createStatement()) {
                    assertEquals("3", single(s, "SHOW STATUS LIKE 'wsrep_cluster_size'", 2));
                    assertEquals("1", single(s, "SELECT @@wsrep_on", 1));
                    s.execute("INSERT INTO t VALUES (" + node + ", " + node + ")");
                }
            }
            try (Connection c = DriverManager.getConnection(GaleraCluster.url(3, db.namespace()), "root", "");
                 Statement s = c.createStatement()) {
                s.execute("SET SESSION wsrep_sync_wait = 1");
                assertEquals("3", single(s, "SELECT count(*) FROM t", 1));
            }
        }
        try (Connection single = DriverManager.getConnection(LiveDatabase.MARIADB_URL, "root", ""); Statement s = single.createStatement()) {
            assertEquals("0", single(s, "SELECT @@wsrep_on", 1), "the single server on 3306 is no node of the cluster");
        } catch (java.sql.SQLException e) {
            if (LiveDatabase.isCi()) throw e;
        }
    }

    private static String single(Statement s, String sql, int column) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(column);
        }
    }
}
