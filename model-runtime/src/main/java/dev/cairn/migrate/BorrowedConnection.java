package dev.cairn.migrate;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.PooledSession;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A connection of an application's pool (a {@code DataSource}) as the migrator uses it: prepared by the engine's
 * {@link ConnectionRules#borrow}, and on {@link Connection#close()} put back as the pool lent it (an open transaction
 * rolled back: what the migrator keeps it committed; the engine's session settings, the JDBC read-only flag, catalog
 * and auto-commit) before it returns to the pool.
 */
final class BorrowedConnection implements InvocationHandler {
    private final Connection pooled;
    private final PooledSession session;
    private final boolean autoCommit;
    private final boolean readOnly;
    private final String catalog;

    private BorrowedConnection(Connection pooled, PooledSession session, boolean autoCommit, boolean readOnly, String catalog) {
        this.pooled = pooled;
        this.session = session;
        this.autoCommit = autoCommit;
        this.readOnly = readOnly;
        this.catalog = catalog;
    }

    static Connection of(Connection pooled, ConnectionRules rules, Duration lockTimeout) throws SQLException {
        try {
            boolean autoCommit = pooled.getAutoCommit();
            boolean readOnly = pooled.isReadOnly();
            String catalog = pooled.getCatalog();
            PooledSession session = rules.borrow(pooled, lockTimeout);
            BorrowedConnection handler = new BorrowedConnection(pooled, session, autoCommit, readOnly, catalog);
            return (Connection) Proxy.newProxyInstance(BorrowedConnection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        } catch (SQLException | RuntimeException e) {
            pooled.close();
            throw e;
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close") && method.getParameterCount() == 0) {
            giveBack();
            return null;
        }
        if (method.getName().equals("equals") && method.getParameterCount() == 1) return proxy == args[0];
        if (method.getName().equals("hashCode") && method.getParameterCount() == 0) return System.identityHashCode(proxy);
        if (method.getName().equals("toString") && method.getParameterCount() == 0) return "borrowed " + pooled;
        try {
            return method.invoke(pooled, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void giveBack() throws SQLException {
        if (pooled.isClosed()) return;
        try {
            if (!pooled.getAutoCommit()) {
                pooled.rollback();
                pooled.setAutoCommit(true); // the session settings put back outside a transaction, which the pool might roll back
            }
            session.restore();
            if (pooled.isReadOnly() != readOnly) pooled.setReadOnly(readOnly);
            if (catalog != null && !catalog.equals(pooled.getCatalog())) pooled.setCatalog(catalog);
            if (pooled.getAutoCommit() != autoCommit) pooled.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // a connection that cannot be put back (lost meanwhile) goes back as it is: the pool tests and drops it
        } finally {
            pooled.close();
        }
    }
}
