package dev.cairn.migrate;

import dev.cairn.dialect.SessionLock;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The migration lock where session locks are local to a server (a Galera cluster): one row of a small table beside the
 * history ({@code <history>_lock}), claimed by an {@code UPDATE} that matches only while the row is free or its lease
 * ran out. The claim is a replicated write, so when migrators on several nodes claim at once, the cluster's
 * certification lets exactly one commit; the others fail with a deadlock (SQLState class 40), which here means "lost
 * the race", and wait. The holder's lease ({@link MigratorSettings#lockLease}) is renewed by a heartbeat thread on a
 * connection of its own every quarter of it; a migrator that dies stops renewing, and the next takes over once the
 * lease ran out, by the database's clock ({@link SessionLock#epochMillisNow}), never before.
 */
final class LeaseLock implements MigrationLock {
    static final String OWNER_PREFIX = "lease ";

    private final MigratorContext context;
    private final Connection connection;
    private final String table;
    private final String now;
    private final String owner;
    private final long leaseMillis;
    private final ScheduledExecutorService heartbeat;
    private volatile long renewedAt = System.nanoTime();
    private volatile String lost;
    private Connection heartbeatConnection;

    private LeaseLock(MigratorContext context, Connection connection, String table, String owner) {
        this.context = context;
        this.connection = connection;
        this.table = table;
        this.now = "(" + context.engine().lock().epochMillisNow() + ")";
        this.owner = owner;
        this.leaseMillis = context.settings().lockLease().toMillis();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cairn-lease-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Claims the lease row on {@code c} (auto-commit), waiting up to the lock timeout, and starts renewing it. */
    static LeaseLock acquire(MigratorContext context, Connection c) throws SQLException {
        String table = context.engine().renderer().quote(context.history().leaseTableName());
        LeaseLock lock = new LeaseLock(context, c, table, OWNER_PREFIX + ownerName());
        lock.claim();
        lock.heartbeat.scheduleWithFixedDelay(lock::renew, lock.leaseMillis / 4, lock.leaseMillis / 4, TimeUnit.MILLISECONDS);
        return lock;
    }

    /** {@code host/pid/random}: unique per migrator run. */
    private static String ownerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void claim() throws SQLException {
        Duration timeout = context.settings().lockTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        createTable();
        String waitingFor = null;
        while (true) {
            Holder holder = holder();
            if (holder.free() && tryClaim()) {
                context.engine().lock().readWhatTheClusterCommitted(connection);
                if (owner.equals(holder().owner())) {
                    if (holder.owner() != null) {
                        context.log().warn("Took over the migration lock from " + holder.owner() + ", whose lease ran out "
                                + (-holder.millisLeft()) + " ms before (a migrator that stopped without releasing it)");
                    }
                    return;
                }
            } else if (!holder.free() && !holder.owner().equals(waitingFor)) {
                waitingFor = holder.owner();
                context.log().info("Waiting for the migration lock: " + holder.owner() + " holds it (its lease, renewed while it works, runs "
                        + holder.millisLeft() + " ms more)");
            }
            if (System.nanoTime() > deadline) {
                throw new MigrationProblem("Another migrator (" + waitingFor + ") holds the migration lock of this cluster; gave up after "
                        + timeout.toSeconds() + " s. A migrator that died frees it when its lease (" + leaseMillis / 1000
                        + " s, db.lockLease) runs out.");
            }
            try {
                Thread.sleep(200 + ThreadLocalRandom.current().nextInt(300));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationProblem("Interrupted while waiting for the migration lock");
            }
        }
    }

    private void createTable() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (id INTEGER NOT NULL PRIMARY KEY, owner VARCHAR(200), claimed_at BIGINT, expires_at BIGINT)");
        }
        if (holderRow(connection) == null) {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("INSERT INTO " + table + " (id) VALUES (1)");
            } catch (SQLException e) {
                if (!lostRace(e) && !isDuplicate(e)) throw e; // another migrator inserted it meanwhile
            }
        }
    }

    /** The claim: one replicated write; a certification failure (or deadlock) is a lost race. */
    private boolean tryClaim() throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE " + table + " SET owner = ?, claimed_at = " + now + ", expires_at = "
                + now + " + ? WHERE id = 1 AND (owner IS NULL OR expires_at < " + now + ")")) {
            p.setString(1, owner);
            p.setLong(2, leaseMillis);
            boolean claimed = p.executeUpdate() == 1;
            if (!connection.getAutoCommit()) connection.commit(); // the claim counts once the cluster certified it
            return claimed;
        } catch (SQLException e) {
            if (lostRace(e)) return false;
            throw e;
        }
    }

    private record Holder(String owner, long millisLeft) {
        boolean free() {
            return owner == null || millisLeft < 0;
        }
    }

    private Holder holder() throws SQLException {
        Holder h = holderRow(connection);
        return h == null ? new Holder(null, 0) : h;
    }

    private Holder holderRow(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT owner, expires_at - " + now + " FROM " + table + " WHERE id = 1")) {
            return r.next() ? new Holder(r.getString(1), r.getLong(2)) : null;
        }
    }

    private static boolean lostRace(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("40");
    }

    private static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** The heartbeat: pushes the lease's end further while this migrator works; notes when the lease is lost. */
    private void renew() {
        try {
            if (heartbeatConnection == null) heartbeatConnection = context.connections().open();
            try (PreparedStatement p = heartbeatConnection.prepareStatement("UPDATE " + table + " SET expires_at = " + now + " + ? WHERE id = 1 AND owner = ?")) {
                p.setLong(1, leaseMillis);
                p.setString(2, owner);
                if (p.executeUpdate() == 1) {
                    renewedAt = System.nanoTime();
                    return;
                }
                lost = "another migrator took it over (" + holderRow(heartbeatConnection) + ")";
            }
        } catch (SQLException | RuntimeException e) {
            closeHeartbeatConnection();
            if (System.nanoTime() - renewedAt > TimeUnit.MILLISECONDS.toNanos(leaseMillis)) {
                lost = "its lease could not be renewed for " + leaseMillis / 1000 + " s (" + context.settings().connection().mask(String.valueOf(e.getMessage())) + ")";
            }
        }
    }

    @Override
    public String owner() {
        return owner;
    }

    /** Another lease owner is live while the row still names it and its lease has not run out. */
    @Override
    public boolean ownerIsLive(Connection c, String other) throws SQLException {
        if (other == null || !other.startsWith(OWNER_PREFIX) || other.equals(owner)) return false;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE id = 1 AND owner = ? AND expires_at > " + now)) {
            p.setString(1, other);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    @Override
    public void ensureHeld() {
        if (lost != null) {
            throw new MigrationProblem("Lost the migration lock: " + lost + "; stopped before running anything more. The lease is "
                    + leaseMillis / 1000 + " s (db.lockLease); make it longer than the longest pause the database may take (a long DDL "
                    + "statement in total order isolation holds every node's commits) and run db:upgrade again.");
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            heartbeat.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeHeartbeatConnection();
        try (PreparedStatement p = connection.prepareStatement("UPDATE " + table + " SET owner = NULL, expires_at = NULL "
                + "WHERE id = 1 AND owner = ?")) {
            boolean inTransaction = !connection.getAutoCommit();
            if (inTransaction) connection.rollback(); // what is left uncommitted here was failing anyway
            p.setString(1, owner);
            p.executeUpdate();
            if (inTransaction) connection.commit();
        } catch (SQLException e) {
            context.log().warn("Could not release the migration lock (" + context.settings().connection().mask(String.valueOf(e.getMessage()))
                    + "); it frees itself when its lease runs out, within " + leaseMillis / 1000 + " s");
        }
    }

    private void closeHeartbeatConnection() {
        if (heartbeatConnection == null) return;
        try {
            heartbeatConnection.close();
        } catch (SQLException ignored) {
            // the connection is gone already
        }
        heartbeatConnection = null;
    }
}
