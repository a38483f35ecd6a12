package dev.cairn.dialect;

import java.sql.SQLException;

/**
 * What puts a connection of an application's pool back as the pool lent it, once the migrator is done with it (see
 * {@link ConnectionRules#borrow}).
 */
@FunctionalInterface
public interface PooledSession {
    PooledSession UNCHANGED = () -> {
    };

    void restore() throws SQLException;
}
