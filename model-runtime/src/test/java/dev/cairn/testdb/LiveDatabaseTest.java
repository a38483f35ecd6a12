package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveDatabaseTest {

    @Test
    void anUnreachableServerSkipsLocallyAndFailsInCi() {
        String nowhere = "jdbc:postgresql://127.0.0.1:1/postgres?connectTimeout=2";
        if (LiveDatabase.isCi()) assertThrows(SQLException.class, () -> LiveDatabase.connectOrSkip(nowhere, "postgres"));
        else assertThrows(TestAbortedException.class, () -> LiveDatabase.connectOrSkip(nowhere, "postgres"));
    }

    @Test
    void aPostgresSchemaExistsWhileOpenAndIsDroppedOnClose() throws SQLException {
        String name;
        try (LiveDatabase db = LiveDatabase.postgres()) {
            name = db.namespace();
            assertEquals(Dialect.POSTGRESQL, db.dialect());
            assertTrue(exists(db, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'"));
        }
        try (LiveDatabase other = LiveDatabase.postgres()) {
            assertFalse(name.equals(other.namespace()));
            assertFalse(exists(other, "SELECT count(*) FROM pg_namespace WHERE nspname = '" + name + "'"));
        }
    }

    @Test
    void aMariaDbDatabaseExistsWhileOpenAndIsDroppedOnClose() throws SQLException {
        String name;
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            name = db.namespace();
            assertTrue(exists(db, "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'"));
            db.runScript("CREATE TABLE a (id INT);\nCREATE TABLE b (note VARCHAR(10) DEFAULT 'x;y');\n");
            assertEquals(2, db.introspect().tables().size());
        }
        try (LiveDatabase other = LiveDatabase.mariadb()) {
            assertFalse(exists(other, "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + name + "'"));
        }
    }

    private static boolean exists(LiveDatabase db, String countQuery) throws SQLException {
        try (Statement s = db.connection().createStatement(); ResultSet r = s.executeQuery(countQuery)) {
            r.next();
            return r.getInt(1) > 0;
        }
    }
}
