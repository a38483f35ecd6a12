package dev.cairn.migrate;

import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Migrator.configure().dataSource(…)}: the drivers' own DataSources on every engine, the engine read from the
 * connections' URL, the history and the lock as with a URL, and a pooled connection given back as it was lent.
 */
class DataSourceMigratorTest {
    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void drop() throws SQLException {
        if (live != null) live.close();
    }

    private Path migrations(int count) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("migrations"));
        for (int v = 1; v <= count; v++) {
            Files.writeString(folder.resolve(String.format("%03d_t%d.sql", v, v)), (v == 1 ? "CREATE TABLE applied_log (version INTEGER NOT NULL PRIMARY KEY);\n" : "")
                    + "CREATE TABLE t" + v + " (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40));\nINSERT INTO applied_log VALUES (" + v + ");\n");
        }
        return folder;
    }

    private Migrator migrator(DataSource ds, Path folder, String schema) {
        MigratorBuilder b = Migrator.configure().dataSource(ds).migrationsIn(folder).log(m -> {
        });
        if (schema != null) b.schema(schema, false);
        return b.build();
    }

    private static List<Long> history(Connection c, String table) throws SQLException {
        List<Long> versions = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM " + table + " ORDER BY version")) {
            while (r.next()) if (r.getLong(1) > 0) versions.add(r.getLong(1)); // the applied migrations (not the lock's row)
        }
        return versions;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void sqliteThroughTheDriversDataSource() throws Exception {
        Path folder = migrations(3);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        Migrator m = migrator(ds, folder, null);
        assertEquals(dev.cairn.dialect.Dialect.SQLITE, m.dialect());
        assertEquals(3, m.upgrade(null, false));
        assertEquals(3, migrator(ds, folder, null).upgrade(null, false));
        assertEquals(3, migrator(ds, folder, null).status().currentVersion());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertEquals(List.of(1L, 2L, 3L), history(c, HistoryTable.DEFAULT_NAME));
            assertEquals(3, count(c, "applied_log"));
        }
        assertEquals(1, migrator(ds, folder, null).downgrade(1L, false));
    }

    @Test
    void postgresqlThroughTheDriversDataSourceInANamedSchema() throws Exception {
        live = LiveDatabase.postgres();
        Path folder = migrations(2);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(LiveDatabase.POSTGRES_URL);
        ds.setUser("postgres");
        Migrator m = migrator(ds, folder, live.namespace());
        assertEquals(dev.cairn.dialect.Dialect.POSTGRESQL, m.dialect());
        assertEquals(2, m.upgrade(null, false));
        assertEquals(List.of(1L, 2L), history(live.connection(), HistoryTable.DEFAULT_NAME));
        assertEquals(2, count(live.connection(), "applied_log"));
        assertTrue(migrator(ds, folder, live.namespace()).validation().problems().isEmpty());
    }

    @Test
    void mariadbThroughTheDriversDataSource() throws Exception {
        live = LiveDatabase.mariadb();
        Path folder = migrations(2);
        MariaDbDataSource ds = new MariaDbDataSource(LiveDatabase.MARIADB_URL + live.namespace());
        ds.setUser("root");
        Migrator m = migrator(ds, folder, null);
        assertEquals(dev.cairn.dialect.Dialect.MARIADB, m.dialect());
        assertEquals(2, m.upgrade(null, false));
        assertEquals(List.of(1L, 2L), history(live.connection(), HistoryTable.DEFAULT_NAME));
        assertEquals(0, migrator(ds, folder, null).downgrade(0L, false));
        assertEquals(List.of(), history(live.connection(), HistoryTable.DEFAULT_NAME));
    }

    @Test
    void aPooledPostgresqlSessionGoesBackAsItWasLent() throws Exception {
        live = LiveDatabase.postgres();
        Path folder = migrations(2);
        try (Connection physical = DriverManager.getConnection(LiveDatabase.POSTGRES_URL, "postgres", "")) {
            OneConnectionPool pool = new OneConnectionPool(physical);
            String searchPath = setting(physical, "search_path");
            assertEquals(2, migrator(pool, folder, live.namespace()).upgrade(null, false));
            migrator(pool, folder, live.namespace()).status();
            assertTrue(pool.loans >= 3, "loans: " + pool.loans);
            assertEquals(searchPath, setting(physical, "search_path"));
            assertTrue(physical.getAutoCommit());
            assertFalse(physical.isReadOnly());
            assertEquals(2, count(live.connection(), "applied_log"));
        }
    }

    /** A pool that lends its connections outside auto-commit (Hikari's auto-commit=false): the search_path still goes back. */
    @Test
    void aPooledPostgresqlSessionOutsideAutoCommitGoesBackAsItWasLent() throws Exception {
        live = LiveDatabase.postgres();
        Path folder = migrations(2);
        try (Connection physical = DriverManager.getConnection(LiveDatabase.POSTGRES_URL, "postgres", "")) {
            physical.setAutoCommit(false);
            String searchPath = setting(physical, "search_path");
            physical.rollback();
            OneConnectionPool pool = new OneConnectionPool(physical);
            assertEquals(2, migrator(pool, folder, live.namespace()).upgrade(null, false));
            assertFalse(physical.getAutoCommit());
            physical.rollback(); // as the pool would, before lending it again
            assertEquals(searchPath, setting(physical, "search_path"));
            assertEquals(2, count(live.connection(), "applied_log"));
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_setting('" + name + "')")) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aPooledSqliteConnectionMigratesUnderBeginImmediateAndGoesBackDeferred() throws Exception {
        Path folder = migrations(2);
        try (Connection physical = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            SQLiteConnection sqlite = physical.unwrap(SQLiteConnection.class);
            int busy = sqlite.getBusyTimeout();
            OneConnectionPool pool = new OneConnectionPool(physical);
            List<SQLiteConfig.TransactionMode> seen = Collections.synchronizedList(new ArrayList<>());
            Migrator m = Migrator.configure().dataSource(pool).migrationsIn(folder)
                    .log(line -> seen.add(sqlite.getConnectionConfig().getTransactionMode())).build();
            assertEquals(2, m.upgrade(null, false));
            assertTrue(seen.contains(SQLiteConfig.TransactionMode.IMMEDIATE), "modes while migrating: " + seen);
            assertEquals(SQLiteConfig.TransactionMode.DEFERRED, sqlite.getConnectionConfig().getTransactionMode());
            assertEquals(busy, sqlite.getBusyTimeout());
            assertTrue(physical.getAutoCommit());
        }
    }

    /** Each migrator its own DataSource on one file: BEGIN IMMEDIATE and the busy timeout keep them apart, as with URLs. */
    @Test
    void fourMigratorsOnSqliteDataSourcesApplyEachVersionOnce() throws Exception {
        Path folder = migrations(12);
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    SQLiteDataSource ds = new SQLiteDataSource();
                    ds.setUrl(url);
                    return Migrator.configure().dataSource(ds).migrationsIn(folder).transactionScope(TransactionScope.MIGRATION)
                            .log(m -> {
                            }).build().upgrade(null, false);
                }));
            }
            for (Future<Long> f : runs) assertEquals(12, f.get());
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(12, history(c, HistoryTable.DEFAULT_NAME).size());
            assertEquals(12, count(c, "applied_log"));
        }
    }

    @Test
    void aDataSourceAndAUrlTogetherAreRefused() {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> Migrator.configure().dataSource(ds).url("jdbc:sqlite:x.db")
                .migrations(List.of()).build());
        assertTrue(p.getMessage().contains("not both"), p.getMessage());
    }

    @Test
    void aDataSourceThatCannotConnectIsNamed() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:1/nowhere");
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> Migrator.configure().dataSource(ds).migrations(List.of()).build());
        assertTrue(p.getMessage().startsWith("Cannot connect through the DataSource org.postgresql.ds.PGSimpleDataSource"), p.getMessage());
    }

    @Test
    void theDefaultLogIsTheSystemLoggerOfDevCairnMigrate() throws Exception {
        Path folder = migrations(1);
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        Logger jul = Logger.getLogger("dev.cairn.migrate");
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(handler);
        try {
            Migrator.configure().dataSource(ds).migrationsIn(folder).build().upgrade(null, false);
        } finally {
            jul.removeHandler(handler);
        }
        assertTrue(records.stream().anyMatch(r -> r.getLevel() == Level.INFO && r.getMessage().equals("Current database version: 1")),
                records.stream().map(LogRecord::getMessage).toList().toString());
    }
}
