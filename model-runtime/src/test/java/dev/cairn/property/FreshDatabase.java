package dev.cairn.property;

import dev.cairn.schema.Schema;
import dev.cairn.testdb.LiveDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/** An empty database of one engine, made for one test case (or one divergence search) and thrown away after it. */
interface FreshDatabase extends AutoCloseable {

    Connection connection();

    /** What the database holds now, as Cairn's model (read with the dialect's {@code SchemaIntrospector}). */
    Schema introspect() throws SQLException;

    @Override
    void close() throws Exception;

    /** Opens one fresh database; a case opens a second one when it looks for the first divergence. */
    interface Opener {
        FreshDatabase open() throws Exception;
    }

    /** A fresh PostgreSQL schema or MariaDB database ({@link LiveDatabase}: skipped without a server, failed with CI=true). */
    static FreshDatabase on(LiveDatabase db) {
        return new FreshDatabase() {
            @Override
            public Connection connection() {
                return db.connection();
            }

            @Override
            public Schema introspect() throws SQLException {
                return db.introspect();
            }

            @Override
            public void close() throws SQLException {
                db.close();
            }
        };
    }
}
