package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dry run's file ({@link Migrator#upgradeScript}) run by the engine's own client (sqlite3, psql, mariadb): the
 * database then validates, and its history rows equal those of a real upgrade of the same migrations on a second
 * database, apart from applied_at and execution_ms. The migrations hold what a client reads differently from JDBC:
 * semicolons in string literals and in routine bodies, quotes and backslashes in values and in the stored downs.
 */
class UpgradeScriptTest {
    @TempDir
    Path dir;
    final List<LiveDatabase> live = new ArrayList<>();

    @AfterEach
    void dropNamespaces() throws SQLException {
        for (LiveDatabase l : live) l.close();
    }

    enum Engine {
        SQLITE(Dialect.SQLITE, """
                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                CREATE INDEX ix_users_name ON users (name);
                """, """
                CREATE TABLE log (msg TEXT);
                CREATE TRIGGER users_ai AFTER INSERT ON users BEGIN INSERT INTO log VALUES ('it''s; new'); END;
                INSERT INTO users (id, name) VALUES (1, 'back\\slash ''quoted''; still');
                """, """
                ALTER TABLE users ADD COLUMN about TEXT DEFAULT 'semi;colon';
                CREATE VIEW named AS SELECT id, name FROM users WHERE name <> ';';
                """),
        POSTGRESQL(Dialect.POSTGRESQL, """
                CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
                CREATE INDEX ix_users_name ON users (name);
                """, """
                CREATE TABLE log (msg text);
                CREATE FUNCTION log_user() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  INSERT INTO log VALUES ('it''s; new');
                  RETURN NEW;
                END $$;
                CREATE TRIGGER users_ai AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION log_user();
                INSERT INTO users (id, name) VALUES (1, 'back\\slash ''quoted''; still');
                """, """
                -- cairn:no-transaction
                ALTER TABLE users ADD COLUMN about text DEFAULT 'semi;colon';
                CREATE INDEX CONCURRENTLY ix_users_about ON users (about);
                """),
        MARIADB(Dialect.MARIADB, """
                CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);
                CREATE INDEX ix_users_name ON users (name);
                """, """
                CREATE TABLE log (msg VARCHAR(100));
                CREATE TRIGGER users_ai AFTER INSERT ON users FOR EACH ROW
                BEGIN
                  INSERT INTO log VALUES ('it''s; new');
                  INSERT INTO log VALUES ('again');
                END;
                INSERT INTO users (id, name) VALUES (1, 'back\\\\slash ''quoted''; still');
                """, """
                ALTER TABLE users ADD COLUMN about VARCHAR(20) DEFAULT 'semi;colon';
                CREATE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1;
                """);

        final Dialect dialect;
        final String[] migrations;

        Engine(Dialect dialect, String... migrations) {
            this.dialect = dialect;
            this.migrations = migrations;
        }
    }

    private MigrationsOnDisk project(Engine e, String name) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        MigrationsOnDisk p;
        if (e.dialect == Dialect.SQLITE) {
            p = new MigrationsOnDisk(root);
        } else {
            LiveDatabase l = LiveDatabase.of(e.dialect);
            live.add(l);
            p = MigrationsOnDisk.on(root, l);
        }
        String[] names = {"001_users.sql", "002_log.sql", "003_about.sql"};
        for (int k = 0; k < names.length; k++) p.file(names[k], e.migrations[k]);
        return p;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theFileRunByTheClientLeavesTheDatabaseAndHistoryARealUpgradeLeaves(Engine e) throws Exception {
        MigrationsOnDisk scripted = project(e, "scripted");
        MigrationsOnDisk real = project(e, "real");
        Path file = dir.resolve("upgrade.sql");

        assertEquals(0, scripted.migrator().upgradeScript(null, file));
        assertFalse(e.dialect == Dialect.SQLITE && Files.exists(scripted.database), "writing the file creates no database");
        runClient(e.dialect, scripted, file);
        scripted.migrator().validate();
        assertEquals(3, real.migrator().upgrade(null, false));

        List<List<String>> rows = history(scripted);
        assertEquals(history(real), rows);
        assertEquals(3, rows.size());
        assertEquals(3, scripted.migrator().upgrade(null, false), "nothing left to apply");
        try (Connection c = connect(scripted); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT applied_at, execution_ms FROM cairn_history ORDER BY version")) {
            while (r.next()) {
                assertTrue(r.getString(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z"), r.getString(1));
                assertEquals(0, r.getLong(2));
            }
        }
        // the stored downs work: back to 0 and up again with the real migrator
        assertEquals(0, scripted.migrator().downgrade(0L, false));
        assertEquals(3, scripted.migrator().upgrade(null, false));
        scripted.migrator().validate();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theDowngradeFileRunByTheClientLeavesTheHistoryARealDowngradeLeaves(Engine e) throws Exception {
        MigrationsOnDisk scripted = project(e, "scripted");
        MigrationsOnDisk real = project(e, "real");
        assertEquals(3, scripted.migrator().upgrade(null, false));
        assertEquals(3, real.migrator().upgrade(null, false));
        Path file = dir.resolve("downgrade.sql");

        assertEquals(3, scripted.migrator().downgradeScript(1L, java.util.Set.of(), file));
        assertEquals(3, history(scripted).size(), "writing the file changes nothing");
        if (e.dialect == Dialect.MARIADB) {
            assertTrue(Files.readString(file).contains("SET note = '1 of 2 statements of its down ran' WHERE version = 3 AND state = 'reverting';\nCOMMIT;"),
                    Files.readString(file));
        }
        runClient(e.dialect, scripted, file);
        scripted.migrator().validate();
        assertEquals(1, real.migrator().downgrade(1L, false));
        assertEquals(history(real), history(scripted));
        assertEquals(1, history(scripted).size());
        assertEquals(3, scripted.migrator().upgrade(null, false), "upgrades again from what the file left");
    }

    @Test
    void fromAnAppliedVersionTheFileHoldsOnlyThePendingMigrations() throws Exception {
        MigrationsOnDisk scripted = project(Engine.SQLITE, "scripted");
        MigrationsOnDisk real = project(Engine.SQLITE, "real");
        assertEquals(1, scripted.migrator().upgrade(1L, false));
        Path file = dir.resolve("upgrade.sql");
        assertEquals(1, scripted.migrator().upgradeScript(null, file));
        String text = Files.readString(file);
        assertFalse(text.contains("001_users.sql"), text);
        assertTrue(text.contains("-- version 2: migrations/002_log.sql") && text.startsWith("-- Cairn upgrade from version 1 to 3"), text);
        runClient(Dialect.SQLITE, scripted, file);
        scripted.migrator().validate();
        real.migrator().upgrade(null, false);
        assertEquals(history(real), history(scripted));
    }

    @Test
    void aFailingStatementStopsTheClientAndLeavesTheDatabaseAsItWas() throws Exception {
        MigrationsOnDisk p = project(Engine.SQLITE, "failing");
        p.migrator().upgrade(1L, false);
        Path file = dir.resolve("upgrade.sql");
        p.migrator().upgradeScript(null, file);
        try (Connection c = connect(p); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE log (msg TEXT)"); // made by hand meanwhile: the file's CREATE TABLE log fails
        }
        assertThrows(AssertionError.class, () -> runClient(Dialect.SQLITE, p, file));
        assertEquals(List.of("1"), history(p).stream().map(r -> r.get(0)).toList(), "one transaction: nothing of 2 and 3 stays");
    }

    /** Runs {@code file} with the engine's client, as the file's first lines say; fails with its output when it fails. */
    private static void runClient(Dialect dialect, MigrationsOnDisk p, Path file) throws IOException, InterruptedException {
        String namespace = p.dialect() == Dialect.SQLITE ? null : namespaceOf(p.url());
        ProcessBuilder b = switch (dialect) {
            case SQLITE -> new ProcessBuilder("sqlite3", p.database.toString()).redirectInput(file.toFile());
            case POSTGRESQL -> new ProcessBuilder("psql", "-X", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-f", file.toString());
            case MYSQL, MARIADB -> new ProcessBuilder("mariadb", "-h", "127.0.0.1", "-u", "root", namespace).redirectInput(file.toFile());
        };
        if (dialect == Dialect.POSTGRESQL) b.environment().put("PGOPTIONS", "-c search_path=" + namespace);
        Process process = b.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), "the client failed:\n" + output + "\n--- the file:\n" + Files.readString(file));
    }

    private static String namespaceOf(String url) {
        int schema = url.indexOf("currentSchema=");
        if (schema >= 0) return url.substring(schema + "currentSchema=".length());
        String rest = url.substring(url.indexOf("//") + 2);
        rest = rest.substring(rest.indexOf('/') + 1);
        return rest.contains("?") ? rest.substring(0, rest.indexOf('?')) : rest;
    }

    private static Connection connect(MigrationsOnDisk p) throws SQLException {
        return DriverManager.getConnection(p.url(), p.user(), p.user() == null ? null : "");
    }

    /** The history rows with every column a real upgrade and the file write alike (all but applied_at and execution_ms). */
    private static List<List<String>> history(MigrationsOnDisk p) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = connect(p); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, description, file_name, checksum, down_sql, irreversible, applied_by, schema_hash,"
                     + " state, note, owner FROM cairn_history ORDER BY version")) {
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int k = 1; k <= 11; k++) row.add(r.getString(k));
                out.add(row);
            }
        }
        return out;
    }
}
