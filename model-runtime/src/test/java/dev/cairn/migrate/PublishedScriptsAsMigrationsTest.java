package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static dev.cairn.migrate.ServerMigratorTest.assertLiveEqualsReplayAt;
import static dev.cairn.migrate.ServerMigratorTest.tables;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Quartz's and Spring Batch's PostgreSQL and MySQL scripts, read from the test-scoped jars (never copied here), used
 * as migrations on the live servers: upgrade, the live schema equals the replay, then the derived downgrade to 0
 * leaves only the history table.
 */
class PublishedScriptsAsMigrationsTest {
    private static final String QUARTZ = "org/quartz/impl/jdbcjobstore/";
    private static final String BATCH = "org/springframework/batch/core/";

    @TempDir
    Path dir;
    LiveDatabase live;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments(Dialect.POSTGRESQL, QUARTZ + "tables_postgres.sql"),
                arguments(Dialect.MARIADB, QUARTZ + "tables_mysql_innodb.sql"),
                arguments(Dialect.MARIADB, QUARTZ + "tables_mysql.sql"),
                arguments(Dialect.POSTGRESQL, BATCH + "schema-postgresql.sql"),
                arguments(Dialect.MARIADB, BATCH + "schema-mysql.sql"),
                arguments(Dialect.MARIADB, BATCH + "schema-mariadb.sql"));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("scripts")
    void upgradeThenDerivedDowngradeToZero(Dialect dialect, String resource) throws Exception {
        live = LiveDatabase.of(dialect);
        MigrationsOnDisk p = MigrationsOnDisk.on(dir, live)
                .file("001_" + resource.substring(resource.lastIndexOf('/') + 1).replace("-", "_"), fromJar(resource))
                .file("002_audit.sql", "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, entry VARCHAR(200));\n");
        assertEquals(2, p.migrator().upgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 2);
        assertTrue(tables(live).size() > 5, tables(live).toString());
        assertEquals(1, p.migrator().downgrade(null, false));
        assertLiveEqualsReplayAt(p, live, 1);
        assertEquals(0, p.migrator().downgrade(0L, false));
        assertEquals(List.of("cairn_history"), tables(live));
        assertTrue(onlyTheHistoryTableIsLeft(), "views and sequences are gone too");
    }

    private boolean onlyTheHistoryTableIsLeft() throws SQLException {
        var schema = live.introspect();
        return schema.views().isEmpty() && schema.sequences().isEmpty() && schema.tables().size() == 1;
    }

    private static String fromJar(String resource) throws IOException {
        try (InputStream in = PublishedScriptsAsMigrationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "not on the test classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
