package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lease lock of a cluster whose nodes keep their own locks, proved on one MariaDB server without a race: the test
 * writes the lease row itself (a holder that is working, one whose lease ran out, a thief), and the lock waits and gives
 * up with the documented message, takes over an expired lease saying from whom, notices that it lost the row, and
 * frees the row when closed. ({@code GaleraRulesTest} and the process tests run it on a real cluster.)
 */
class LeaseLockTest {
    LiveDatabase live;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void database() throws SQLException {
        live = LiveDatabase.of(Dialect.MARIADB);
    }

    @AfterEach
    void close() throws SQLException {
        live.close();
    }

    private MigratorContext context(Duration lockTimeout, Duration lease) {
        return new MigratorContext(new MigratorSettings(Dialect.MARIADB, new ConnectionSettings(live.url(), "root", null), List.of(), null,
                false, 1, false, lockTimeout, "test", true, null, false, TransactionScope.RUN, DevDatabase.NONE, lease), log::add);
    }

    private Connection connect(MigratorContext context) throws SQLException {
        return context.connections().open();
    }

    /** The lease row: owner and milliseconds left on the database's clock (null when free). */
    private Object[] row() throws SQLException {
        try (Statement s = live.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT owner, expires_at - CAST(UNIX_TIMESTAMP(NOW(6)) * 1000 AS SIGNED) FROM cairn_history_lock WHERE id = 1")) {
            assertTrue(r.next(), "the lease row exists");
            return new Object[] {r.getString(1), r.getObject(2) == null ? null : r.getLong(2)};
        }
    }

    /** Another migrator's claim, its lease ending {@code millisFromNow} from now (negative: ran out). */
    private void claimedBy(String owner, long millisFromNow) throws SQLException {
        try (Statement s = live.connection().createStatement()) {
            s.executeUpdate("UPDATE cairn_history_lock SET owner = '" + owner + "', claimed_at = 0, expires_at = "
                    + "CAST(UNIX_TIMESTAMP(NOW(6)) * 1000 AS SIGNED) + (" + millisFromNow + ") WHERE id = 1");
        }
    }

    @Test
    void aFreshLockCreatesItsRowClaimsItForItsLeaseAndFreesItWhenClosed() throws Exception {
        MigratorContext context = context(Duration.ofSeconds(5), Duration.ofSeconds(30));
        try (Connection c = connect(context)) {
            String owner;
            try (LeaseLock lock = LeaseLock.acquire(context, c)) {
                owner = lock.owner();
                assertTrue(owner.startsWith("lease ") && owner.split("/").length == 3, owner);
                Object[] row = row();
                assertEquals(owner, row[0]);
                long left = (Long) row[1];
                assertTrue(left > 25_000 && left <= 30_000, "the lease runs 30 s from the claim: " + left);
                lock.ensureHeld();
                assertFalse(lock.ownerIsLive(c, owner), "this migrator is not another one");
                assertFalse(lock.ownerIsLive(c, null));
                assertFalse(lock.ownerIsLive(c, "session 12"), "a session owner holds no lease");
                assertFalse(lock.ownerIsLive(c, "lease elsewhere/1/x"), "the row does not name it");
            }
            Object[] row = row();
            assertNull(row[0], "closed: the row is free");
            assertNull(row[1]);
            try (LeaseLock again = LeaseLock.acquire(context, c)) {
                assertFalse(again.owner().equals(owner), "every run has an owner of its own");
                assertEquals(again.owner(), row()[0]);
            }
        }
        assertFalse(log.stream().anyMatch(l -> l.contains("Took over") || l.contains("Waiting")), log::toString);
    }

    @Test
    void whileAnotherHoldsALiveLeaseItWaitsThenGivesUpNamingTheHolderAndLeavesTheRow() throws Exception {
        MigratorContext context = context(Duration.ofSeconds(1), Duration.ofSeconds(20));
        try (Connection c = connect(context)) {
            LeaseLock.acquire(context, c).close(); // creates the row
            claimedBy("lease other/42/abc", 60_000);
            long start = System.nanoTime();
            MigrationProblem p = assertThrows(MigrationProblem.class, () -> LeaseLock.acquire(context, c));
            assertTrue(System.nanoTime() - start >= 1_000_000_000L, "it waited its timeout");
            assertEquals("Another migrator (lease other/42/abc) holds the migration lock of this cluster; gave up after 1 s. A migrator that"
                    + " died frees it when its lease (20 s, db.lockLease) runs out.", p.getMessage());
            assertEquals(1, log.stream().filter(l -> l.startsWith("Waiting for the migration lock: lease other/42/abc holds it (its lease,"
                    + " renewed while it works, runs ")).count(), "said once: " + log);
            assertEquals("lease other/42/abc", row()[0], "the holder keeps it");
        }
    }

    @Test
    void anotherOwnerIsLiveWhileTheRowNamesItAndItsLeaseRuns() throws Exception {
        MigratorContext context = context(Duration.ofSeconds(5), Duration.ofSeconds(20));
        try (Connection c = connect(context); LeaseLock lock = LeaseLock.acquire(context, c)) {
            assertFalse(lock.ownerIsLive(c, "lease other/42/abc"), "the row names this lock");
            claimedBy("lease other/42/abc", 60_000); // as if it had taken over meanwhile
            assertTrue(lock.ownerIsLive(c, "lease other/42/abc"));
            assertFalse(lock.ownerIsLive(c, "lease other/43/abc"), "another owner");
            claimedBy("lease other/42/abc", -1_000);
            assertFalse(lock.ownerIsLive(c, "lease other/42/abc"), "its lease ran out");
        }
    }

    @Test
    void aLeaseThatRanOutIsTakenOverWithAWarningThatNamesTheOldOwner() throws Exception {
        MigratorContext context = context(Duration.ofSeconds(5), Duration.ofSeconds(20));
        try (Connection c = connect(context)) {
            LeaseLock.acquire(context, c).close();
            claimedBy("lease dead/7/def", -3_000);
            try (LeaseLock lock = LeaseLock.acquire(context, c)) {
                assertEquals(lock.owner(), row()[0]);
            }
        }
        String warning = log.stream().filter(l -> l.startsWith("WARNING: Took over the migration lock from lease dead/7/def, whose lease ran out "))
                .findFirst().orElseThrow(() -> new AssertionError(log));
        long ago = Long.parseLong(warning.replaceAll(".* ran out (\\d+) ms before.*", "$1"));
        assertTrue(ago >= 3_000 && ago < 60_000, warning);
        assertTrue(warning.endsWith(" ms before (a migrator that stopped without releasing it)"), warning);
    }

    @Test
    void aLockWhoseRowWasTakenOverNoticesAtTheNextHeartbeatAndStops() throws Exception {
        MigratorContext context = context(Duration.ofSeconds(5), Duration.ofSeconds(1));
        try (Connection c = connect(context)) {
            LeaseLock lock = LeaseLock.acquire(context, c);
            Thread.sleep(700); // the heartbeat (every 250 ms) keeps the lease: nothing is lost
            lock.ensureHeld();
            long left = (Long) row()[1];
            assertTrue(left > 500, "renewed: " + left);
            claimedBy("lease thief/9/ghi", 60_000);
            long deadline = System.nanoTime() + 10_000_000_000L;
            MigrationProblem lost = null;
            while (lost == null && System.nanoTime() < deadline) {
                try {
                    lock.ensureHeld();
                    Thread.sleep(50);
                } catch (MigrationProblem p) {
                    lost = p;
                }
            }
            assertTrue(lost != null, "the lock noticed it lost the row");
            assertTrue(lost.getMessage().startsWith("Lost the migration lock: another migrator took it over (Holder[owner=lease thief/9/ghi, "),
                    lost.getMessage());
            assertTrue(lost.getMessage().endsWith("; stopped before running anything more. The lease is 1 s (db.lockLease); make it longer than"
                    + " the longest pause the database may take (a long DDL statement in total order isolation holds every node's commits) and"
                    + " run db:upgrade again."), lost.getMessage());
            lock.close();
            assertEquals("lease thief/9/ghi", row()[0], "closing releases only its own claim");
        }
    }
}
