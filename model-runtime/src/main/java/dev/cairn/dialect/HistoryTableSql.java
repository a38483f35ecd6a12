package dev.cairn.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the engine keeps the migrator's history table ({@code engine.history()}; the table's columns are the
 * migrator's, see {@code migrate.HistoryTable}).
 */
public interface HistoryTableSql {

    /**
     * Whether the table exists where the connection works, asked of the database itself (drivers differ in what their
     * metadata takes the current catalog to be: Connector/J does not follow {@code USE}). SQLite reads
     * {@code sqlite_master}, regardless of ASCII case as it resolves names; PostgreSQL reads
     * {@code information_schema.tables} in {@code current_schema()}, MySQL and MariaDB in {@code DATABASE()}, under the
     * name as given or folded to lower case.
     */
    boolean exists(Connection c, String table) throws SQLException;

    /**
     * The type of a text column without a length limit (down SQL, notes): {@code TEXT} on SQLite and PostgreSQL;
     * {@code LONGTEXT} on MySQL and MariaDB, whose {@code TEXT} holds only 64 KB.
     */
    String unboundedTextType();
}
