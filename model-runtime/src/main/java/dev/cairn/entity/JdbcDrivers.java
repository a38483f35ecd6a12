package dev.cairn.entity;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * Opens JDBC connections by URL. {@link DriverManager} only offers drivers its caller's class loader can see, and
 * loads the registered ones once per JVM; inside a build tool or an application server the driver may sit in a
 * class loader it never saw, so the thread's context class loader is asked too.
 */
final class JdbcDrivers {
    private JdbcDrivers() {
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties info = new Properties();
        if (user != null) info.setProperty("user", user);
        if (password != null) info.setProperty("password", password);
        try {
            return DriverManager.getConnection(url, info);
        } catch (SQLException noDriver) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context != null) {
                for (Driver d : ServiceLoader.load(Driver.class, context)) {
                    if (d.acceptsURL(url)) {
                        Connection c = d.connect(url, info);
                        if (c != null) return c;
                    }
                }
            }
            throw noDriver;
        }
    }
}
