package dev.cairn.migrate;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The smallest real pool: one physical connection, lent again and again (its {@code close} only gives it back), so a
 * test sees what a migrator leaves in a pooled session. Counts the loans and fails a second one while one is out.
 */
final class OneConnectionPool implements DataSource {
    final Connection physical;
    int loans;
    private boolean out;

    OneConnectionPool(Connection physical) {
        this.physical = physical;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (out) throw new SQLException("the pool's one connection is lent already");
        out = true;
        loans++;
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "close" -> {
                    if (!closed[0]) {
                        closed[0] = true;
                        synchronized (this) {
                            out = false;
                        }
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed[0] || physical.isClosed();
                }
                case "unwrap" -> {
                    return ((Class<?>) args[0]).isInstance(physical) ? physical : physical.unwrap((Class<?>) args[0]);
                }
                case "isWrapperFor" -> {
                    return ((Class<?>) args[0]).isInstance(physical) || physical.isWrapperFor((Class<?>) args[0]);
                }
                default -> {
                    if (closed[0]) throw new SQLException("connection given back to the pool");
                    try {
                        return m.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
