package dev.cairn.testdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs one catalog query and turns each row into a line of a {@link CatalogSnapshot}. */
final class CatalogQuery {
    private CatalogQuery() {
    }

    interface Line {
        String of(ResultSet row) throws SQLException;
    }

    interface Row {
        void read(ResultSet row) throws SQLException;
    }

    /** Each row of {@code sql} (its {@code ?} bound to {@code parameters} in order) as a line. */
    static List<String> lines(Connection c, String sql, Line line, Object... parameters) throws SQLException {
        List<String> out = new ArrayList<>();
        each(c, sql, rs -> out.add(line.of(rs)), parameters);
        return out;
    }

    /** Reads each row of {@code sql} (its {@code ?} bound to {@code parameters} in order). */
    static void each(Connection c, String sql, Row row, Object... parameters) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int k = 0; k < parameters.length; k++) p.setObject(k + 1, parameters[k]);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) row.read(rs);
            }
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + "\n  in the catalog query: " + sql, e.getSQLState(), e);
        }
    }

    /** The first column of each row. */
    static List<String> strings(Connection c, String sql, Object... parameters) throws SQLException {
        return lines(c, sql, rs -> rs.getString(1), parameters);
    }

    /** {@code " key=value"}, or nothing when the value is null, empty or {@code skipped} (the usual default). */
    static String attribute(String key, String value, String... skipped) {
        if (value == null || value.isEmpty()) return "";
        for (String s : skipped) if (s.equals(value)) return "";
        return " " + key + "=" + value;
    }

    /** {@code " word"} when {@code on}, else nothing. */
    static String flag(String word, boolean on) {
        return on ? " " + word : "";
    }

    /** Runs of white space (line breaks included) as one space, ends trimmed; null stays null. */
    static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }
}
