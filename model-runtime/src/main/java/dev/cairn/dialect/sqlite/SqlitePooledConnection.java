package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.PooledSession;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A connection of an application's pool, set to change a SQLite database as the migrator's own connections do
 * ({@link SqliteConnectionRules#forChanges}): transactions begin with {@code BEGIN IMMEDIATE} (the write lock taken
 * before the history is re-read, so that two migrators apply each version once) and a busy writer is waited for up to
 * the lock timeout. A pooled connection was opened already, so these are set on the sqlite-jdbc connection it wraps
 * ({@code SQLiteConnectionConfig.setTransactionMode}, {@code SQLiteConnection.setBusyTimeout}), found by
 * {@link Connection#unwrap} and called by name: the driver is the application's, not a dependency of Cairn. Both are
 * put back when the migrator is done.
 */
final class SqlitePooledConnection {
    private static final String DRIVER_CONNECTION = "org.sqlite.SQLiteConnection";

    private SqlitePooledConnection() {
    }

    static PooledSession prepare(Connection pooled, Duration lockTimeout) throws SQLException {
        Object sqlite = pooled.unwrap(driverConnectionClass(pooled));
        try {
            Object config = sqlite.getClass().getMethod("getConnectionConfig").invoke(sqlite);
            Method getMode = config.getClass().getMethod("getTransactionMode");
            Method setMode = config.getClass().getMethod("setTransactionMode", getMode.getReturnType());
            Method getBusy = sqlite.getClass().getMethod("getBusyTimeout");
            Method setBusy = sqlite.getClass().getMethod("setBusyTimeout", int.class);
            Object mode = getMode.invoke(config);
            Object busy = getBusy.invoke(sqlite);
            if (!pooled.getAutoCommit()) pooled.rollback(); // a transaction begun as the pool lent it would not be IMMEDIATE
            pooled.setAutoCommit(true);
            setMode.invoke(config, immediate(getMode.getReturnType()));
            setBusy.invoke(sqlite, (int) Math.min(Integer.MAX_VALUE, lockTimeout.toMillis()));
            return () -> {
                try {
                    setMode.invoke(config, mode);
                    setBusy.invoke(sqlite, busy);
                } catch (ReflectiveOperationException e) {
                    throw new SQLException("Cannot restore the SQLite connection's settings: " + e, e);
                }
            };
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException s) throw s;
            throw unsupported(e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw unsupported(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object immediate(Class<?> modeType) {
        return Enum.valueOf((Class<? extends Enum>) modeType, "IMMEDIATE");
    }

    private static Class<?> driverConnectionClass(Connection pooled) throws SQLException {
        for (ClassLoader loader : new ClassLoader[] {pooled.getClass().getClassLoader(), Thread.currentThread().getContextClassLoader(),
                SqlitePooledConnection.class.getClassLoader()}) {
            if (loader == null) continue;
            try {
                Class<?> k = Class.forName(DRIVER_CONNECTION, false, loader);
                if (pooled.isWrapperFor(k)) return k;
            } catch (ClassNotFoundException e) {
                // try the next loader
            }
        }
        throw new SQLException("The DataSource's connection " + pooled.getClass().getName() + " is not a sqlite-jdbc (org.xerial) connection,"
                + " nor does it wrap one: Cairn migrates SQLite through that driver only");
    }

    private static SQLException unsupported(Throwable cause) {
        return new SQLException("This sqlite-jdbc version does not let Cairn set BEGIN IMMEDIATE and the busy timeout on a pooled connection ("
                + cause + "); use sqlite-jdbc 3.42 or later, or give Cairn the database URL instead of the DataSource", cause);
    }
}
