package dev.cairn.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Questions the servers answer alike from {@code information_schema}. */
public final class InformationSchema {
    private InformationSchema() {
    }

    /**
     * Whether {@code table}, as given or folded to lower case, exists in the schema the SQL expression
     * {@code currentSchema} names ({@code current_schema()}, {@code DATABASE()}).
     */
    public static boolean hasTable(Connection c, String currentSchema, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM information_schema.tables WHERE table_schema = " + currentSchema
                + " AND table_name IN (?, ?)")) {
            p.setString(1, table);
            p.setString(2, table.toLowerCase(Locale.ROOT));
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }
}
