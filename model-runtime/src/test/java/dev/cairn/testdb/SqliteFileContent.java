package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a SQLite file holds, read through a read-only connection (so reading never changes the file): whether it is
 * sound ({@code PRAGMA quick_check}), its catalog ({@link CatalogSnapshot}), its tables by name and every table's rows
 * (sorted per table), the history table's included. Two files with equal content hold the same schema, history and data.
 */
public record SqliteFileContent(String quickCheck, CatalogSnapshot catalog, List<String> tables, List<String> rows) {
    public static SqliteFileContent of(Path file) throws SQLException {
        try (Connection c = open(file)) {
            String check = String.join("; ", column(c, "PRAGMA quick_check"));
            List<String> tables = column(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
            List<String> rows = new ArrayList<>();
            for (String table : tables) {
                List<String> tableRows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= columns; i++) row.append(' ').append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i));
                        tableRows.add(row.toString());
                    }
                }
                tableRows.sort(null);
                rows.addAll(tableRows);
            }
            return new SqliteFileContent(check, CatalogSnapshot.of(Dialect.SQLITE, c, null), tables, List.copyOf(rows));
        }
    }

    /** The first column of every row {@code sql} returns on {@code file}, opened read-only. */
    public static List<String> query(Path file, String sql) throws SQLException {
        try (Connection c = open(file)) {
            return column(c, sql);
        }
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
