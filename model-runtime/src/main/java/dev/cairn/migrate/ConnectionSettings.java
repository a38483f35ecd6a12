package dev.cairn.migrate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in. The password never appears in {@link #toString()} or in any message that
 * goes through {@link #mask(String)}.
 */
public record ConnectionSettings(String url, String user, String password) {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
    /** The password of a URL's user information: {@code jdbc:mariadb://user:secret@host/db}. */
    private static final Pattern URL_USER_INFO = Pattern.compile("(//[^/:@?;&\\s]*:)[^@/\\s]*@");

    public ConnectionSettings {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("the database URL is missing");
    }

    public Connection open() throws SQLException {
        return open(new Properties());
    }

    /** Opens a connection with driver properties of the caller's (SQLite pragmas, say) added. */
    public Connection open(Properties extra) throws SQLException {
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
        return "ConnectionSettings[url=" + shownUrl() + ", user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
    }
}
