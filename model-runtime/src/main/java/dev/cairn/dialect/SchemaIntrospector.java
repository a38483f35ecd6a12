package dev.cairn.dialect;

import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the live schema behind a connection into Cairn's model, in the same canonical form replay produces (types
 * through the engine's {@link TypeSystem}, expressions through its {@code expressions()}, engine-default constraint names),
 * so that {@code SchemaDifferences.between(replayed, introspected)} is empty when the database matches its migrations.
 * Implementations leave out the engine's internal objects (SQLite {@code sqlite_*}, indexes that only back a
 * PRIMARY KEY or UNIQUE constraint).
 */
public interface SchemaIntrospector {

    /** The whole schema the connection currently sees (its current database / schema). */
    Schema introspect(Connection connection) throws SQLException;

    /**
     * The schema replay gives ({@code expected}) as this database stores it, in the form {@link #introspect} reads:
     * what the model leaves to the database is settled by asking it (MySQL and MariaDB: a table's character set and
     * collation come from the database, a column's from the table, a character set's default collation from the
     * server; the default storage engine). Compare the live schema with this, not with {@code expected} itself.
     * SQLite and PostgreSQL store the model as it is.
     */
    Schema asStoredIn(Connection connection, Schema expected) throws SQLException;

    /** The schema without what {@code options} excludes (e.g. the history table). */
    default Schema introspect(Connection connection, IntrospectionOptions options) throws SQLException {
        return options.applyTo(introspect(connection));
    }
}
