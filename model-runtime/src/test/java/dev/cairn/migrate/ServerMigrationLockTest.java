package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migration lock, proved without a race: the test holds the lock itself on a connection of its own (the engine's
 * lock function, under the name every Cairn migrator of this schema or database takes), and a migrator then waits for
 * it, gives up after its timeout with the documented message leaving the database as it was, or goes on once the lock
 * is released. ({@link ServerMigratorProcessesTest} races real processes too.)
 */
class ServerMigrationLockTest {
    @TempDir
    Path dir;
    LiveDatabase live;
    MigrationsOnDisk project;
    Connection holder;

    @AfterEach
    void close() throws SQLException {
        if (holder != null) holder.close();
        if (live != null) live.close();
    }

    private void project(Dialect dialect) throws Exception {
        live = LiveDatabase.of(dialect);
        project = MigrationsOnDisk.on(dir, live).file("001_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        holder = DriverManager.getConnection(dialect == Dialect.POSTGRESQL ? LiveDatabase.POSTGRES_URL : LiveDatabase.MARIADB_URL,
                project.user(), null);
    }

    /** {@code cairn:<schema or database>.<history table>}, the name {@link MigrationLock} takes. */
    private String lockName() {
        return "cairn:" + live.namespace() + ".cairn_history";
    }

    private void hold() throws SQLException {
        String sql = live.dialect() == Dialect.POSTGRESQL ? "SELECT pg_try_advisory_lock(hashtext(?))" : "SELECT GET_LOCK(?, 0)";
        assertTrue(single(sql), "the test could not take the lock itself");
    }

    private void release() throws SQLException {
        String sql = live.dialect() == Dialect.POSTGRESQL ? "SELECT pg_advisory_unlock(hashtext(?))" : "SELECT RELEASE_LOCK(?)";
        assertTrue(single(sql));
    }

    private boolean single(String sql) throws SQLException {
        try (PreparedStatement p = holder.prepareStatement(sql)) {
            p.setString(1, lockName());
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next());
                return r.getBoolean(1);
            }
        }
    }

    private Migrator migrator(Duration lockTimeout) {
        MigratorSettings s = project.settings();
        return new Migrator(new MigratorSettings(s.dialect(), s.connection(), s.migrations(), null, true, 3, false, lockTimeout, "test", true),
                project.log::add);
    }

    private List<String> tables() throws SQLException {
        return live.introspect().tables().keySet().stream().toList();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aMigratorGivesUpAfterItsTimeoutWhileAnotherHoldsTheLockAndChangesNothing(Dialect dialect) throws Exception {
        project(dialect);
        hold();
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> migrator(Duration.ofSeconds(1)).upgrade(null, false));
        assertEquals("Another migrator holds the lock on this database; gave up after 1 s", p.getMessage());
        assertFalse(tables().contains("users"), tables()::toString);
        release();
        assertEquals(1, migrator(Duration.ofSeconds(1)).upgrade(null, false));
        assertTrue(tables().contains("users"), tables()::toString);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aMigratorWaitsForTheLockAndGoesOnOnceItIsReleased(Dialect dialect) throws Exception {
        project(dialect);
        hold();
        CompletableFuture<Long> upgrade = CompletableFuture.supplyAsync(() -> migrator(Duration.ofSeconds(120)).upgrade(null, false));
        // however slow the machine, a migrator that waits has done nothing while the lock is held
        assertThrows(java.util.concurrent.TimeoutException.class, () -> upgrade.get(1500, TimeUnit.MILLISECONDS));
        assertFalse(tables().contains("users"), tables()::toString);
        release();
        assertEquals(1L, upgrade.get(120, TimeUnit.SECONDS));
        assertTrue(tables().contains("users"), tables()::toString);
    }
}
