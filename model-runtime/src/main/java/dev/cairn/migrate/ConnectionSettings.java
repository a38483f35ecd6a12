package dev.cairn.migrate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in: a JDBC URL with a user and password, or an application's {@link DataSource}
 * (its pool), whose URL is the one its connections report. The password never appears in {@link #toString()} or in
 * any message that goes through {@link #mask(String)}.
 */
public record ConnectionSettings(String url, String user, String password, DataSource dataSource) {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    /** The password of a URL's user information: {@code jdbc:mariadb://user:secret@host/db}. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@?;&\\s]*:)[^@/\\s]*@");

    public ConnectionSettings {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("the database URL is missing");
    }

    public ConnectionSettings(String url, String user, String password) {
        this(url, user, password, null);
    }

    /**
     * Connections from {@code dataSource}; the URL (and with it the engine) is what its connections report in their
     * metadata, read from one connection now.
     */
    public static ConnectionSettings of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return new ConnectionSettings(c.getMetaData().getURL(), null, null, dataSource);
        } catch (SQLException e) {
            throw new MigrationProblem("Cannot connect through the DataSource " + dataSource.getClass().getName() + ": "
                    + maskUrlPasswords(e.getMessage()), e);
        }
    }

    /** Whether the connections come from an application's {@link DataSource} rather than from the URL. */
    public boolean pooled() {
        return dataSource != null;
    }

    public Connection open() throws SQLException {
        return open(new Properties());
    }

    /**
     * Opens a connection with driver properties of the caller's (SQLite pragmas, say) added; from a {@link DataSource}
     * the connection is as the pool lends it (the properties cannot be given: see {@code ConnectionRules.borrow}).
     */
    public Connection open(Properties extra) throws SQLException {
        if (dataSource != null) return dataSource.getConnection();
        Properties p = new Properties();
        p.putAll(extra);
        if (user != null && !user.isEmpty()) p.setProperty("user", user);
        if (password != null && !password.isEmpty()) p.setProperty("password", password);
        return DriverManager.getConnection(url, p);
    }

    /** The text with the password (given, or inside the URL) replaced by {@code ****}. */
    public String mask(String text) {
        if (text == null) return null;
        String out = maskUrlPasswords(text);
        if (password != null && password.length() >= 3) out = out.replace(password, "****");
        return out;
    }

    /**
     * The text with every password a JDBC URL in it may hold replaced by {@code ****}: {@code password=},
     * {@code sslpassword=}, {@code trustStorePassword=} and the like in its parameters, and {@code user:secret@} in
     * its user information.
     */
    public static String maskUrlPasswords(String text) {
        if (text == null) return null;
        return URL_USER_INFO.matcher(URL_PASSWORD.matcher(text).replaceAll("$1****")).replaceAll("$1****@");
    }

    /** The URL as it may be shown. */
    public String shownUrl() {
        return mask(url);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + shownUrl() + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                + (dataSource == null ? "" : ", dataSource=" + dataSource.getClass().getName()) + "]";
    }
}
