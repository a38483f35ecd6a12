package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.FreshNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code db:test} (issue 17) over real migrations: the microblog example's and Quartz's and Spring Batch's published
 * scripts (read from the test-scoped jars, never copied here) as migrations, on every engine the script is written for.
 * Every migration goes up, down (the derived one: none of them writes a down) and up again on a scratch database with
 * the live schema equal to the replay at each step, and with the generated rows {@code testMigrations()} keeps in every
 * table (3 each, {@code db.test.rows}' default) given back by each down.
 */
class PublishedScriptsStaircaseTest {
    private static final String QUARTZ = "org/quartz/impl/jdbcjobstore/";
    private static final String BATCH = "org/springframework/batch/core/";
    private static final Path MICROBLOG = Path.of("../examples/microblog/src/main/resources/db/migrations");
    private static final String AUDIT = "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, entry VARCHAR(200));\n";

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments(Dialect.POSTGRESQL, QUARTZ + "tables_postgres.sql"),
                arguments(Dialect.MARIADB, QUARTZ + "tables_mysql_innodb.sql"),
                arguments(Dialect.MARIADB, QUARTZ + "tables_mysql.sql"),
                arguments(Dialect.SQLITE, BATCH + "schema-sqlite.sql"),
                arguments(Dialect.POSTGRESQL, BATCH + "schema-postgresql.sql"),
                arguments(Dialect.MARIADB, BATCH + "schema-mysql.sql"),
                arguments(Dialect.MARIADB, BATCH + "schema-mariadb.sql"));
    }

    /** The script as migration 1, a table of the project's own after it as migration 2. */
    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("scripts")
    void aPublishedScriptAsAMigrationPassesTheStaircase(Dialect dialect, String resource) throws Exception {
        String file = "db/migrations/001_" + resource.substring(resource.lastIndexOf('/') + 1).replace("-", "_");
        List<MigrationFile> files = List.of(
                MigrationFile.parse(1, "script", file, fromJar(resource)),
                MigrationFile.parse(2, "audit", "db/migrations/002_audit.sql", AUDIT));
        StaircaseReport report = staircase(dialect, files);
        assertTrue(report.passed(), report.toString());
        assertEquals(List.of(1L, 2L), report.steps().stream().map(StaircaseReport.Step::version).toList());
        assertTrue(report.steps().stream().allMatch(s -> s.outcome() == StaircaseReport.Outcome.PASSED), report.toString());
    }

    /** The example's three migrations, written for SQLite (AUTOINCREMENT, DATETIME), as the example runs them. */
    @Test
    void theMicroblogExamplePassesTheStaircaseOnSqlite() throws Exception {
        List<MigrationFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(MICROBLOG)) {
            for (Path p : listing.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                String name = p.getFileName().toString();
                files.add(MigrationFile.parse(Long.parseLong(name.substring(0, 3)), name.substring(4, name.length() - 4),
                        "db/migrations/" + name, Files.readString(p)));
            }
        }
        assertEquals(3, files.size(), "the example's migrations: " + files);
        StaircaseReport report = staircase(Dialect.SQLITE, files);
        assertTrue(report.passed(), report.toString());
        assertEquals(List.of(1L, 2L, 3L), report.steps().stream().map(StaircaseReport.Step::version).toList());
        assertTrue(report.steps().stream().allMatch(s -> s.outcome() == StaircaseReport.Outcome.PASSED), report.toString());
    }

    private static StaircaseReport staircase(Dialect dialect, List<MigrationFile> files) throws Exception {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            List<String> log = new ArrayList<>();
            StaircaseReport report = Migrator.configure().url(ns.url()).user(ns.user()).dialect(ns.dialect()).migrations(files)
                    .backups(false, 0).log(log::add).build().testMigrations();
            assertEquals(0, ns.introspect().tables().size(), "the configured database is not written");
            assertTrue(log.stream().noneMatch(l -> l.contains("no rows generated")), "rows were generated in every table: " + log);
            return report;
        }
    }

    private static String fromJar(String resource) throws IOException {
        try (InputStream in = PublishedScriptsStaircaseTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "not on the test classpath: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
