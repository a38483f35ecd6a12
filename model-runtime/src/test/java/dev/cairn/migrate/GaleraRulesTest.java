package dev.cairn.migrate;

import dev.cairn.testdb.GaleraCluster;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a Galera cluster, checked before anything runs, each broken one named with file:line:column. */
@ExtendWith(GaleraCluster.class)
class GaleraRulesTest {
    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void drop() throws SQLException {
        if (live != null) live.close();
    }

    @Test
    void whatTheClusterWouldRefuseStopsTheUpgradeBeforeAnythingRuns() throws Exception {
        live = GaleraCluster.database();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_ok.sql", "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));\n")
                .file("002_bad.sql", """
                        CREATE TABLE cache (id INTEGER NOT NULL PRIMARY KEY) ENGINE=MyISAM;
                        LOCK TABLES users WRITE;
                        INSERT INTO users VALUES (1, 'a');
                        UNLOCK TABLES;
                        SELECT GET_LOCK('x', 10);
                        CREATE TABLE notes (body VARCHAR(100));
                        """);
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
        String m = e.getMessage();
        assertTrue(m.startsWith("Cannot upgrade on this MariaDB Galera cluster; nothing was run"), m);
        assertTrue(m.contains("002_bad.sql:1:1: table cache uses ENGINE=MyISAM"), m);
        assertTrue(m.contains("002_bad.sql:2:1: LOCK TABLES"), m);
        assertTrue(m.contains("002_bad.sql:4:1: LOCK TABLES"), m);
        assertTrue(m.contains("002_bad.sql:5:1: GET_LOCK takes a lock on one node only"), m);
        assertTrue(p.logText().contains("002_bad.sql:6:1: table notes has no primary key"), p.logText());
        assertEquals(List.of(), ServerMigratorTest.tables(live), "nothing ran, not even 001");
    }

    @Test
    void aWriteSetOverTheClusterRowLimitIsRefusedWhereItsSizeIsKnown() throws Exception {
        live = GaleraCluster.database();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", "CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));\n"
                        + "INSERT INTO users VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd');\n");
        try (Connection c = DriverManager.getConnection(GaleraCluster.url(1, live.namespace()), "root", ""); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL wsrep_max_ws_rows = 3");
            try {
                MigrationProblem e = assertThrows(MigrationProblem.class, () -> p.migrator().upgrade(null, false));
                assertTrue(e.getMessage().contains("001_users.sql:2:1: the statement inserts 4 rows, more than this cluster's wsrep_max_ws_rows (3)"),
                        e.getMessage());
            } finally {
                s.execute("SET GLOBAL wsrep_max_ws_rows = 0");
            }
        }
        assertEquals(List.of(), ServerMigratorTest.tables(live));
        assertEquals(1, p.migrator().upgrade(null, false), "without the limit the same file runs");
    }

    @Test
    void aSingleServerHasNoClusterRules() throws Exception {
        live = LiveDatabase.mariadb();
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_cache.sql", "CREATE TABLE cache (id INTEGER NOT NULL PRIMARY KEY) ENGINE=MyISAM;\nCREATE TABLE notes (body VARCHAR(100));\n");
        assertEquals(1, p.migrator().upgrade(null, false));
        assertTrue(!p.logText().contains("cluster"), p.logText());
    }
}
