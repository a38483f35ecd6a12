package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.property.CairnReplay;
import dev.cairn.schema.Column;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The migration scripts Spring Batch 6.0.6 ships ({@code migration/<version>/migration-<db>.sql}) upgrade a database
 * made by an OLDER Spring Batch, whose schema script is not in this jar. So each test rebuilds such a database: it
 * runs the current 6.0 schema script and then a few statements of our own that undo, one by one, what the migrations
 * change (back to the 4.x shape: the old BATCH_JOB_SEQ name, no STEP_EXECUTION.CREATE_TIME, the 2.1 BATCH_JOB_PARAMS
 * table that the 2.2 migration copies from, DATETIME without fractions before 4.3 on MySQL). Then it runs the
 * migrations in version order. After every file, Cairn's model (one replay folded over all files) must equal the live
 * database; at the end the tables and their columns must be those of a fresh 6.0 schema (plus the old
 * BATCH_JOB_PARAMS, which no migration drops), which shows the rebuilt start state was the right one.
 */
class SpringBatchMigrationTest {
    private static final String DIR = "org/springframework/batch/core/";

    /** Back from the 6.0 PostgreSQL schema to what Spring Batch 4.x (before the 2.2 migration) left. */
    private static final String POSTGRES_BEFORE_2_2 = """
            ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ RENAME TO BATCH_JOB_SEQ;
            ALTER TABLE BATCH_STEP_EXECUTION DROP COLUMN CREATE_TIME;
            ALTER TABLE BATCH_STEP_EXECUTION ALTER COLUMN START_TIME SET NOT NULL;
            DROP TABLE BATCH_JOB_EXECUTION_PARAMS;
            CREATE TABLE BATCH_JOB_PARAMS (
                JOB_INSTANCE_ID BIGINT NOT NULL,
                TYPE_CD VARCHAR(6) NOT NULL,
                KEY_NAME VARCHAR(100) NOT NULL,
                STRING_VAL VARCHAR(250),
                DATE_VAL TIMESTAMP DEFAULT NULL,
                LONG_VAL BIGINT,
                DOUBLE_VAL DOUBLE PRECISION,
                CONSTRAINT JOB_INST_PARAMS_FK FOREIGN KEY (JOB_INSTANCE_ID) REFERENCES BATCH_JOB_INSTANCE (JOB_INSTANCE_ID)
            );
            """;

    /** Back from the 6.0 MySQL/MariaDB schema to the 4.x shape (DATETIME without fractions came back in 4.3). */
    private static final String MYSQL_BEFORE_2_2 = """
            RENAME TABLE BATCH_JOB_INSTANCE_SEQ TO BATCH_JOB_SEQ;
            ALTER TABLE BATCH_STEP_EXECUTION DROP COLUMN CREATE_TIME;
            ALTER TABLE BATCH_STEP_EXECUTION MODIFY START_TIME DATETIME NOT NULL, MODIFY END_TIME DATETIME DEFAULT NULL,
                MODIFY LAST_UPDATED DATETIME;
            ALTER TABLE BATCH_JOB_EXECUTION MODIFY CREATE_TIME DATETIME NOT NULL, MODIFY START_TIME DATETIME DEFAULT NULL,
                MODIFY END_TIME DATETIME DEFAULT NULL, MODIFY LAST_UPDATED DATETIME;
            DROP TABLE BATCH_JOB_EXECUTION_PARAMS;
            CREATE TABLE BATCH_JOB_PARAMS (
                JOB_INSTANCE_ID BIGINT NOT NULL,
                TYPE_CD VARCHAR(6) NOT NULL,
                KEY_NAME VARCHAR(100) NOT NULL,
                STRING_VAL VARCHAR(250),
                DATE_VAL DATETIME DEFAULT NULL,
                LONG_VAL BIGINT,
                DOUBLE_VAL DOUBLE PRECISION,
                CONSTRAINT JOB_INST_PARAMS_FK FOREIGN KEY (JOB_INSTANCE_ID) REFERENCES BATCH_JOB_INSTANCE (JOB_INSTANCE_ID)
            ) ENGINE=InnoDB;
            """;

    /**
     * Back from the 6.0 SQLite schema to the 4.x shape. Spring Batch ships no SQLite migration before 5.0, so the
     * parameters table comes back in its 4.x form directly (SQLite cannot restore START_TIME's NOT NULL in place;
     * nothing below depends on it).
     */
    private static final String SQLITE_BEFORE_5_0 = """
            ALTER TABLE BATCH_JOB_INSTANCE_SEQ RENAME TO BATCH_JOB_SEQ;
            ALTER TABLE BATCH_STEP_EXECUTION DROP COLUMN CREATE_TIME;
            DROP TABLE BATCH_JOB_EXECUTION_PARAMS;
            CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
                JOB_EXECUTION_ID INTEGER NOT NULL,
                TYPE_CD VARCHAR(6) NOT NULL,
                KEY_NAME VARCHAR(100) NOT NULL,
                STRING_VAL VARCHAR(250),
                DATE_VAL TIMESTAMP DEFAULT NULL,
                LONG_VAL INTEGER,
                DOUBLE_VAL DOUBLE PRECISION,
                IDENTIFYING CHAR(1) NOT NULL,
                CONSTRAINT JOB_EXEC_PARAMS_FK FOREIGN KEY (JOB_EXECUTION_ID) REFERENCES BATCH_JOB_EXECUTION (JOB_EXECUTION_ID)
            );
            """;

    @Test
    void postgresqlMigrations2_2To6_0() throws Exception {
        try (Chain chain = new Chain(Dialect.POSTGRESQL)) {
            chain.apply(JarScript.load(DIR + "schema-postgresql.sql"));
            chain.apply("back-to-4.x.sql", POSTGRES_BEFORE_2_2);
            for (String version : List.of("2.2", "5.0", "6.0")) chain.apply(JarScript.load(DIR + "migration/" + version + "/migration-postgresql.sql"));
            chain.assertShapeOfFresh(JarScript.load(DIR + "schema-postgresql.sql"), "BATCH_JOB_PARAMS");
        }
    }

    /** MySQL scripts (sequences emulated by tables) on the MariaDB server: 2.2, 4.3, 5.0 and 6.0. */
    @Test
    void mysqlMigrations2_2To6_0OnMariaDb() throws Exception {
        try (Chain chain = new Chain(Dialect.MARIADB)) {
            chain.apply(JarScript.load(DIR + "schema-mysql.sql"));
            chain.apply("back-to-4.x.sql", MYSQL_BEFORE_2_2);
            for (String version : List.of("2.2", "4.3", "5.0", "6.0")) chain.apply(JarScript.load(DIR + "migration/" + version + "/migration-mysql.sql"));
            chain.assertShapeOfFresh(JarScript.load(DIR + "schema-mysql.sql"), "BATCH_JOB_PARAMS");
        }
    }

    /**
     * MariaDB has real sequences: the 6.0 MariaDB migration renames one with RENAME TABLE. Before 6.0 Spring Batch
     * shipped no MariaDB migrations; MariaDB users ran the MySQL ones.
     */
    @Test
    void mariadbMigrations2_2To6_0() throws Exception {
        try (Chain chain = new Chain(Dialect.MARIADB)) {
            chain.apply(JarScript.load(DIR + "schema-mariadb.sql"));
            chain.apply("back-to-4.x.sql", MYSQL_BEFORE_2_2);
            for (String version : List.of("2.2", "4.3", "5.0")) chain.apply(JarScript.load(DIR + "migration/" + version + "/migration-mysql.sql"));
            chain.apply(JarScript.load(DIR + "migration/6.0/migration-mariadb.sql"));
            chain.assertShapeOfFresh(JarScript.load(DIR + "schema-mariadb.sql"), "BATCH_JOB_PARAMS");
        }
    }

    /**
     * Spring Batch's 5.0 SQLite migration is not valid SQLite: after four good statements it uses MySQL's
     * {@code ALTER TABLE … MODIFY COLUMN old new type}. SQLite stops there with a syntax error; Cairn must reject the
     * same statement, at migration-sqlite.sql:10:1, and agree with SQLite on the four statements before it. The 6.0
     * SQLite migration then applies cleanly.
     */
    @Test
    void sqliteMigrations5_0And6_0() throws Exception {
        try (Chain chain = new Chain(Dialect.SQLITE)) {
            chain.apply(JarScript.load(DIR + "schema-sqlite.sql"));
            chain.apply("back-to-4.x.sql", SQLITE_BEFORE_5_0);

            JarScript broken = JarScript.load(DIR + "migration/5.0/migration-sqlite.sql");
            SQLException engine = assertThrows(SQLException.class, () -> chain.db.run(broken.text()), "SQLite accepted " + broken);
            assertTrue(engine.getMessage().contains("MODIFY"), () -> "SQLite's complaint: " + engine.getMessage());
            SqlProblem problem = assertThrows(SqlProblem.class, () -> CairnReplay.replay(chain.model, Dialect.SQLITE, broken.fileName(), broken.text()),
                    () -> "Cairn accepted " + broken + ", which SQLite rejects: " + engine.getMessage());
            assertEquals(broken.fileName() + ":10:1", problem.position().toString(), () -> "where Cairn points: " + problem.getMessage());

            List<SqlStatement> statements = CairnReplay.split(Dialect.SQLITE, broken.fileName(), broken.text());
            int good = 4;
            assertTrue(statements.get(good).sql().contains("MODIFY COLUMN TYPE_CD"), () -> "statement 5: " + statements.get(good).sql());
            chain.model = CairnReplay.replay(chain.model, Dialect.SQLITE, statements.subList(0, good));
            RealWorldAssertions.assertSameSchema(broken + ", its first " + good + " statements", chain.model, chain.db.introspect());

            chain.apply(JarScript.load(DIR + "migration/6.0/migration-sqlite.sql"));
            assertTrue(chain.model.table("BATCH_JOB_INSTANCE_SEQ").isPresent(), "BATCH_JOB_SEQ renamed to BATCH_JOB_INSTANCE_SEQ");
        }
    }

    /** A database and Cairn's model of it, moved forward together one file at a time. */
    private static final class Chain implements AutoCloseable {
        final Dialect dialect;
        final RealWorldDatabase db;
        Schema model = Schema.EMPTY;

        Chain(Dialect dialect) throws Exception {
            this.dialect = dialect;
            this.db = RealWorldDatabase.fresh(dialect);
        }

        void apply(JarScript script) throws Exception {
            apply(script.fileName(), script.text(), script.toString());
        }

        void apply(String file, String text) throws Exception {
            apply(file, text, file);
        }

        private void apply(String file, String text, String what) throws Exception {
            try {
                model = CairnReplay.replay(model, dialect, file, text);
            } catch (SqlProblem e) {
                fail(what + " does not replay as " + dialect.id() + " after the files before it:\n" + e.getMessage(), e);
            }
            db.run(text);
            RealWorldAssertions.assertSameSchema("after " + what, model, db.introspect());
        }

        /** The same tables with the same column names as a fresh database made by {@code schema}, plus {@code extra} tables. */
        void assertShapeOfFresh(JarScript schema, String... extra) {
            Schema fresh = CairnReplay.replay(dialect, schema.fileName(), schema.text());
            Map<String, Set<String>> expected = shape(fresh);
            Map<String, Set<String>> actual = shape(model);
            for (String table : extra) actual.remove(Names.key(table));
            assertEquals(expected, actual, "migrated tables and columns vs a fresh " + schema);
            assertEquals(fresh.sequences().keySet(), model.sequences().keySet(), "sequences");
        }

        private static Map<String, Set<String>> shape(Schema schema) {
            Map<String, Set<String>> shape = new TreeMap<>();
            for (Table t : schema.tables().values())
                shape.put(Names.key(t.name()), t.columns().stream().map(Column::name).map(Names::key).collect(Collectors.toCollection(TreeSet::new)));
            return shape;
        }

        @Override
        public void close() throws Exception {
            db.close();
        }
    }
}
