package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import static dev.cairn.migrate.ServerMigratorTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrating a named PostgreSQL schema other than {@code public} (or a named MariaDB database) while the URL points
 * elsewhere: the history table lives in it, and it is created when missing only if asked.
 */
class ServerSchemaTest {
    @TempDir
    Path dir;
    LiveDatabase live;
    String target;

    @AfterEach
    void dropBoth() throws SQLException {
        if (live == null) return;
        live.execute(live.dialect() == Dialect.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + target + " CASCADE" : "DROP DATABASE IF EXISTS " + target);
        live.close();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aNamedSchemaHoldsTheTablesAndTheHistoryAndIsCreatedOnlyIfAsked(Dialect dialect) throws Exception {
        live = dialect == Dialect.POSTGRESQL ? LiveDatabase.postgres(false) : LiveDatabase.mariadb();
        target = live.namespace() + "_app";
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR(64) NOT NULL);\n")
                .file("002_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER, FOREIGN KEY (user_id) REFERENCES users (id));\n");
        String url = dialect == Dialect.POSTGRESQL ? LiveDatabase.POSTGRES_URL : LiveDatabase.MARIADB_URL;
        List<String> log = p.log;

        Migrator notAsked = new Migrator(settings(p, dialect, url, false), log::add);
        assertEquals(0, notAsked.status().currentVersion(), "a missing schema is version 0");
        MigrationProblem e = assertThrows(MigrationProblem.class, () -> notAsked.upgrade(null, false));
        assertTrue(e.getMessage().contains(target + " does not exist") && e.getMessage().contains("db.createSchema=true"), e.getMessage());

        assertEquals(2, new Migrator(settings(p, dialect, url, true), log::add).upgrade(null, false));
        String tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + target + "' ORDER BY 1";
        assertEquals(List.of("cairn_history", "posts", "users"), strings(live, tables));
        Migrator again = new Migrator(settings(p, dialect, url, false), log::add);
        again.validate();
        assertEquals(2, again.status().currentVersion());
        assertEquals(0, again.downgrade(0L, false));
        assertEquals(List.of("cairn_history"), strings(live, tables));
    }

    private MigratorSettings settings(MigrationsOnDisk p, Dialect dialect, String url, boolean create) {
        return new MigratorSettings(dialect, new ConnectionSettings(url, p.user(), null), MigrationDirectory.load(p.folder, "migrations/"),
                null, false, 1, false, Duration.ofSeconds(30), "test", true, target, create, TransactionScope.RUN);
    }
}
