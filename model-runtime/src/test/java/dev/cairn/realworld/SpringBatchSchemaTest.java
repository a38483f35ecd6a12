package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlProblem;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The schema scripts Spring Batch 6.0.6 ships ({@code org/springframework/batch/core/schema-*.sql}) for the engines
 * Cairn supports: named UNIQUE and FOREIGN KEY constraints, SQLite AUTOINCREMENT and sequence tables, PostgreSQL
 * {@code CREATE SEQUENCE … MAXVALUE … NO CYCLE}, MySQL sequence-emulating tables filled by {@code INSERT … SELECT},
 * MariaDB {@code CREATE SEQUENCE … NOCACHE NOCYCLE ENGINE=InnoDB}; and the matching {@code schema-drop-*.sql}, run on
 * a database the schema script made ({@code DROP TABLE IF EXISTS} of a table that is not there, {@code DROP SEQUENCE}).
 */
class SpringBatchSchemaTest {
    static final String DIR = "org/springframework/batch/core/";

    record Case(Dialect dialect, String file, int tables, int sequences) {
        @Override
        public String toString() {
            return file + " on " + dialect.id();
        }

        String db() {
            return file.substring("schema-".length(), file.length() - ".sql".length());
        }
    }

    /** MySQL scripts run on the MariaDB server. */
    static Stream<Case> schemas() {
        return Stream.of(
                new Case(Dialect.SQLITE, "schema-sqlite.sql", 9, 0),
                new Case(Dialect.POSTGRESQL, "schema-postgresql.sql", 6, 3),
                new Case(Dialect.MARIADB, "schema-mysql.sql", 9, 0),
                new Case(Dialect.MARIADB, "schema-mariadb.sql", 6, 3));
    }

    static Stream<Case> drops() {
        return schemas().map(c -> new Case(c.dialect(), "schema-drop-" + c.db() + ".sql", 0, 0));
    }

    static List<String> covered() {
        return Stream.concat(schemas(), drops()).map(c -> DIR + c.file()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void schemaReplaysToTheLiveDatabase(Case c) throws Exception {
        RealWorldAssertions.assertReplayMatchesEngine(c.dialect(), List.of(), Script.fromJar(DIR + c.file()), live -> {
            assertEquals(c.tables(), live.tables().size(), () -> "harness: tables the engine made: " + live.tables().keySet());
            assertEquals(c.sequences(), live.sequences().size(), () -> "harness: sequences the engine made: " + live.sequences().keySet());
        });
    }

    /** The drop script, run on what the schema script made, leaves nothing (the engine's view of the start state). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("drops")
    void dropScriptReplaysToTheLiveDatabase(Case c) throws Exception {
        Script schema = Script.fromJar(DIR + "schema-" + c.db().substring("drop-".length()) + ".sql");
        RealWorldAssertions.assertReplayMatchesEngine(c.dialect(), List.of(schema), Script.fromJar(DIR + c.file()), live -> {
            assertEquals(List.of(), List.copyOf(live.tables().keySet()), "harness: tables left by the drop script");
            assertEquals(List.of(), List.copyOf(live.sequences().keySet()), "harness: sequences left by the drop script");
        });
    }

    /** Both invariants ({@link SchemaInvariants}) for the schema script, and for the drop script after it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void meetsBothInvariants(Case c) throws Exception {
        Script schema = Script.fromJar(DIR + c.file());
        SchemaInvariants.assertBoth(c.dialect(), Script.migrations(List.of(schema)));
        SchemaInvariants.assertBoth(c.dialect(), Script.migrations(List.of(schema, Script.fromJar(DIR + "schema-drop-" + c.db() + ".sql"))));
    }

    /** The MySQL script also replays in the MySQL dialect (no MySQL server here to compare with, so only its shape). */
    @Test
    void mysqlSchemaReplaysAsMySql() {
        Script script = Script.fromJar(DIR + "schema-mysql.sql");
        Schema replayed;
        try {
            replayed = Cairn.replay(Schema.EMPTY, Dialect.MYSQL, script.fileName(), script.text());
        } catch (SqlProblem e) {
            throw new AssertionError("REPLAY REJECTS " + script + " as mysql:\n" + e.getMessage(), e);
        }
        assertEquals(9, replayed.tables().size(), () -> "tables: " + replayed.tables().keySet());
    }
}
