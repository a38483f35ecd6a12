package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The schema scripts Spring Batch 6.0.6 ships ({@code org/springframework/batch/core/schema-*.sql}): named unique and
 * foreign key constraints, SQLite AUTOINCREMENT, PostgreSQL and MariaDB sequences, MySQL tables that emulate
 * sequences (filled by INSERT … SELECT), {@code ENGINE=InnoDB}.
 */
class SpringBatchSchemaTest {
    private static final String DIR = "org/springframework/batch/core/";

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({
            "sqlite,     schema-sqlite.sql,     9, 0",
            "postgresql, schema-postgresql.sql, 6, 3",
            "mariadb,    schema-mysql.sql,      9, 0",
            "mariadb,    schema-mariadb.sql,    6, 3"})
    void replayedModelEqualsTheLiveDatabase(String engine, String file, int tables, int sequences) throws Exception {
        Dialect dialect = Dialect.named(engine);
        JarScript script = JarScript.load(DIR + file);
        Schema replayed = RealWorldAssertions.replays(dialect, script);
        assertEquals(tables, replayed.tables().size(), () -> "tables replayed from " + script + ": " + replayed.tables().keySet());
        assertEquals(sequences, replayed.sequences().size(), () -> "sequences replayed from " + script + ": " + replayed.sequences().keySet());
        try (RealWorldDatabase db = RealWorldDatabase.fresh(dialect)) {
            db.run(script.text());
            RealWorldAssertions.assertSameSchema(script + " on " + dialect.id(), replayed, db.introspect());
        }
    }

    /** The MySQL script also replays in the MySQL dialect (there is no MySQL server here to compare with). */
    @ParameterizedTest
    @CsvSource({"schema-mysql.sql"})
    void mysqlScriptReplaysAsMySql(String file) {
        Schema replayed = RealWorldAssertions.replays(Dialect.MYSQL, JarScript.load(DIR + file));
        assertEquals(9, replayed.tables().size(), () -> "tables: " + replayed.tables().keySet());
    }
}
