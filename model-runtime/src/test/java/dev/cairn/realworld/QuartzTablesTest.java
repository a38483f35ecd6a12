package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job-store scripts Quartz 2.5.2 ships ({@code org/quartz/impl/jdbcjobstore/tables_*.sql}): DROP TABLE IF EXISTS,
 * comments in {@code --} and {@code #} style, composite primary and foreign keys, {@code ENGINE=InnoDB}, a trailing
 * COMMIT. Quartz publishes no SQLite script, so there is no SQLite variant.
 */
class QuartzTablesTest {
    private static final String DIR = "org/quartz/impl/jdbcjobstore/";
    private static final int QUARTZ_TABLES = 11;

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            "postgresql, tables_postgres.sql",
            "mariadb,    tables_mysql_innodb.sql",
            "mariadb,    tables_mysql.sql"})
    void replayedModelEqualsTheLiveDatabase(String engine, String file) throws Exception {
        Dialect dialect = Dialect.named(engine);
        JarScript script = JarScript.load(DIR + file);
        Schema replayed = RealWorldAssertions.replays(dialect, script);
        assertEquals(QUARTZ_TABLES, replayed.tables().size(), () -> "tables replayed from " + script + ": " + replayed.tables().keySet());
        try (RealWorldDatabase db = RealWorldDatabase.fresh(dialect)) {
            db.run(script.text());
            RealWorldAssertions.assertSameSchema(script + " on " + dialect.id(), replayed, db.introspect());
        }
    }

    /** The MySQL scripts also replay in the MySQL dialect (no MySQL server here to compare with). */
    @ParameterizedTest(name = "{0} as mysql")
    @CsvSource({"tables_mysql_innodb.sql", "tables_mysql.sql"})
    void mysqlScriptsReplayAsMySql(String file) {
        JarScript script = JarScript.load(DIR + file);
        Schema replayed = RealWorldAssertions.replays(Dialect.MYSQL, script);
        assertEquals(QUARTZ_TABLES, replayed.tables().size(), () -> "tables replayed from " + script + ": " + replayed.tables().keySet());
        List<ForeignKey> foreignKeys = replayed.tables().values().stream().flatMap(t -> t.foreignKeys().stream()).toList();
        assertEquals(5, foreignKeys.size(), () -> "foreign keys: " + foreignKeys);
        for (ForeignKey fk : foreignKeys) assertTrue(replayed.table(fk.referencedTable()).isPresent(), () -> "dangling " + fk);
    }
}
