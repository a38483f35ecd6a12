package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlProblem;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job-store scripts Quartz 2.5.2 ships ({@code org/quartz/impl/jdbcjobstore/tables_*.sql}) for the engines Cairn
 * supports: DROP TABLE IF EXISTS first, {@code --} and {@code #} comments, composite primary and foreign keys,
 * {@code BIGINT(13)} display widths, {@code ENGINE=InnoDB}, an unnamed inline {@code INDEX (…)}, a trailing COMMIT.
 * Quartz publishes no SQLite script ({@link PublishedScriptsTest} fails if one appears).
 */
class QuartzTablesTest {
    static final String DIR = "org/quartz/impl/jdbcjobstore/";
    private static final int QUARTZ_TABLES = 11;
    private static final int QUARTZ_FOREIGN_KEYS = 5;

    record Case(Dialect dialect, String file) {
        @Override
        public String toString() {
            return file + " on " + dialect.id();
        }
    }

    /** Every script checked against a live engine; MySQL scripts run on the MariaDB server. */
    static Stream<Case> live() {
        return Stream.of(
                new Case(Dialect.POSTGRESQL, "tables_postgres.sql"),
                new Case(Dialect.MARIADB, "tables_mysql_innodb.sql"),
                new Case(Dialect.MARIADB, "tables_mysql.sql"));
    }

    /** The scripts of the jar these tests cover, for {@link PublishedScriptsTest}. */
    static List<String> covered() {
        return live().map(c -> DIR + c.file()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("live")
    void replayedModelEqualsTheLiveDatabase(Case c) throws Exception {
        RealWorldAssertions.assertReplayMatchesEngine(c.dialect(), List.of(), Script.fromJar(DIR + c.file()), live -> {
            assertEquals(QUARTZ_TABLES, live.tables().size(), () -> "harness: tables the engine made: " + live.tables().keySet());
            assertEquals(QUARTZ_FOREIGN_KEYS, foreignKeys(live).size(), () -> "harness: foreign keys the engine made: " + foreignKeys(live));
        });
    }

    /** Both invariants ({@link SchemaInvariants}): upgrade then validate is clean; db:schema's output has the script's catalog. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("live")
    void meetsBothInvariants(Case c) throws Exception {
        SchemaInvariants.assertBoth(c.dialect(), Script.migrations(List.of(Script.fromJar(DIR + c.file()))));
    }

    /** The MySQL scripts also replay in the MySQL dialect (no MySQL server here to compare with, so only their shape). */
    @ParameterizedTest(name = "{0} as mysql (replay only)")
    @MethodSource("mysqlScripts")
    void mysqlScriptsReplayAsMySql(String file) {
        Script script = Script.fromJar(DIR + file);
        Schema replayed;
        try {
            replayed = Cairn.replay(Schema.EMPTY, Dialect.MYSQL, script.fileName(), script.text());
        } catch (SqlProblem e) {
            throw new AssertionError("REPLAY REJECTS " + script + " as mysql:\n" + e.getMessage(), e);
        }
        assertEquals(QUARTZ_TABLES, replayed.tables().size(), () -> "tables replayed: " + replayed.tables().keySet());
        List<ForeignKey> fks = foreignKeys(replayed);
        assertEquals(QUARTZ_FOREIGN_KEYS, fks.size(), () -> "foreign keys replayed: " + fks);
        for (ForeignKey fk : fks) assertTrue(replayed.table(fk.referencedTable()).isPresent(), () -> "dangling " + fk);
    }

    static Stream<String> mysqlScripts() {
        return Stream.of("tables_mysql_innodb.sql", "tables_mysql.sql");
    }

    private static List<ForeignKey> foreignKeys(Schema schema) {
        return schema.tables().values().stream().flatMap(t -> t.foreignKeys().stream()).toList();
    }
}
