package dev.cairn.migrate;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * A migrator in a process of its own that SIGKILLs itself at the {@code n}-th point where it talks to the database:
 * {@code KilledMigratorProcess <url> <folder> <user|-> <up|down> <n>}, {@code n} 0 for never. The points are every
 * statement the migrator sends ({@code execute…}, batches) and every commit, counted through the real driver, which
 * each of them passes to unchanged: the drivers found are deregistered and re-registered behind a counting one. The
 * kill is a real {@code kill -9} of this process, just before the point runs, so the database sees a client vanish
 * mid-transaction. A run that ends prints {@code POINTS <count>} (how many points it passed) and {@code REACHED v}.
 */
public final class KilledMigratorProcess {
    private static final AtomicInteger POINTS = new AtomicInteger();
    private static int killAt;

    private KilledMigratorProcess() {
    }

    public static void main(String[] args) throws Exception {
        killAt = Integer.parseInt(args[4]);
        List<Driver> real = new ArrayList<>(Collections.list(DriverManager.getDrivers()));
        for (Driver d : real) {
            DriverManager.deregisterDriver(d);
            DriverManager.registerDriver(new Counting(d));
        }
        try {
            Migrator m = Migrator.configure().url(args[0]).user(args[2].equals("-") ? null : args[2]).migrationsIn(Path.of(args[1]))
                    .backups(true, 3).appliedBy("killed-process").log(line -> {
                        System.out.println(line);
                        System.out.flush();
                    }).build();
            long reached = args[3].equals("up") ? m.upgrade(null, false) : m.downgrade(0L, false);
            System.out.println("POINTS " + POINTS.get());
            System.out.println("REACHED " + reached);
            System.exit(0);
        } catch (RuntimeException e) {
            System.out.println("POINTS " + POINTS.get());
            System.out.println("FAILED " + e.getMessage());
            System.exit(1);
        }
    }

    static void point() {
        if (POINTS.incrementAndGet() != killAt) return;
        System.out.flush();
        try {
            new ProcessBuilder("kill", "-9", String.valueOf(ProcessHandle.current().pid())).inheritIO().start().waitFor();
            Thread.sleep(60_000);
        } catch (Exception e) {
            Runtime.getRuntime().halt(99);
        }
        Runtime.getRuntime().halt(98); // not reached: SIGKILL came first
    }

    private static final Set<String> STATEMENT_POINTS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    /** A proxy of {@code target} (a Connection, Statement or PreparedStatement) that counts points and wraps what it hands out. */
    private static Object counting(Object target, Class<?> type) {
        InvocationHandler h = (proxy, method, a) -> {
            String name = method.getName();
            if (target instanceof Connection && name.equals("commit") || !(target instanceof Connection) && STATEMENT_POINTS.contains(name)) point();
            if (name.equals("unwrap") && a != null && a[0] instanceof Class<?> c && c.isInstance(target)) return target;
            try {
                Object out = method.invoke(target, a);
                if (out instanceof java.sql.CallableStatement s) return counting(s, java.sql.CallableStatement.class);
                if (out instanceof java.sql.PreparedStatement s) return counting(s, java.sql.PreparedStatement.class);
                if (out instanceof java.sql.Statement s && !(out instanceof java.sql.ResultSet)) return counting(s, java.sql.Statement.class);
                return out;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(KilledMigratorProcess.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    /** The real driver behind a counting one. */
    private record Counting(Driver real) implements Driver {
        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection c = real.connect(url, info);
            return c == null ? null : (Connection) counting(c, Connection.class);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return real.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return real.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return real.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return real.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return real.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return real.getParentLogger();
        }
    }
}
