package dev.cairn.maven;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * The JDBC drivers of the project's own dependencies (its test class path, which holds the runtime one), offered to
 * the runtime for as long as a goal runs, as Flyway and Liquibase do: a driver need not be declared twice, for the
 * application and for the plugin. The plugin's own dependencies come first (their classes win, the project's class
 * loader asks the plugin's before its own jars).
 *
 * <p>{@link DriverManager} only hands a caller the drivers whose class the caller's class loader can see, so each
 * project driver is registered through a {@link Shim}, a class of the plugin's, and deregistered when the goal ends.
 */
final class ProjectDrivers implements AutoCloseable {
    private final URLClassLoader loader;
    private final List<Shim> registered;

    private ProjectDrivers(URLClassLoader loader, List<Shim> registered) {
        this.loader = loader;
        this.registered = registered;
    }

    /** Registers the drivers of {@code classpath} (jars and folders) that the plugin's class loader does not hold itself. */
    static ProjectDrivers register(List<String> classpath, ClassLoader plugin) throws SQLException {
        List<URL> urls = new ArrayList<>();
        for (String element : classpath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a class path element: " + element, e);
            }
        }
        URLClassLoader loader = new URLClassLoader("cairn-project-drivers", urls.toArray(URL[]::new), plugin);
        List<Shim> shims = new ArrayList<>();
        Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
        while (true) {
            Driver d;
            try {
                if (!drivers.hasNext()) break;
                d = drivers.next();
            } catch (ServiceConfigurationError broken) {
                continue;   // a jar naming a driver it cannot load: not one Cairn can use either
            }
            if (d.getClass().getClassLoader() != loader) continue;   // the plugin's own (or the JDK's): registered already
            Shim shim = new Shim(d);
            DriverManager.registerDriver(shim);
            shims.add(shim);
        }
        return new ProjectDrivers(loader, shims);
    }

    /** The class names of the drivers taken from the project. */
    List<String> driverNames() {
        return registered.stream().map(s -> s.driver.getClass().getName()).toList();
    }

    @Override
    public void close() {
        for (Shim s : registered) {
            try {
                DriverManager.deregisterDriver(s);
            } catch (SQLException ignored) {
                // nothing holds it any more
            }
        }
        try {
            loader.close();
        } catch (IOException ignored) {
            // the jars stay open until the build ends
        }
    }

    /** A driver of the project's, under a class of the plugin's that {@link DriverManager} lets the runtime use. */
    static final class Shim implements Driver {
        private final Driver driver;

        Shim(Driver driver) {
            this.driver = driver;
        }

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            return driver.connect(url, info);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return driver.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return driver.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return driver.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return driver.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return driver.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return driver.getParentLogger();
        }
    }
}
