package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Column;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The migration scripts Spring Batch 6.0.6 ships ({@code migration/<version>/migration-<db>.sql}) for the engines
 * Cairn supports. Each upgrades a database made by an OLDER Spring Batch, and the jar holds no older schema script.
 * So each chain rebuilds such a database from the 6.0 schema: it runs {@code schema-<db>.sql}, then a few statements
 * of our own ({@code before-<version>.sql}) that put back what the shipped migrations change (the old BATCH_JOB_SEQ
 * name, no STEP_EXECUTION.CREATE_TIME, START_TIME NOT NULL, the 2.1 BATCH_JOB_PARAMS table the 2.2 migration copies
 * from and the 2.2 shape of BATCH_JOB_EXECUTION_PARAMS, DATETIME without fractions before 4.3 on MySQL). That start
 * state is synthetic, not the historical schema; {@link #reconstructionUpgradesToTheFreshSchema} shows it is the right
 * one by running every migration of the chain and finding the tables and columns of a fresh 6.0 database.
 * <p>
 * Every shipped migration script is then its own case: the engine runs the setup and the migrations before it, Cairn
 * reads that state back by introspection, replays the script under test from it, and must equal the engine after it.
 * A script Cairn cannot replay therefore does not hide the ones after it.
 * <p>
 * Not covered: {@code 2.2/migration-insert-only.sql} (its INSERT is the tail of every 2.2 script) and the scripts of
 * engines Cairn does not support (db2, derby, h2, hsqldb, oracle, sqlf, sqlserver, sybase).
 */
class SpringBatchMigrationTest {
    private static final String DIR = SpringBatchSchemaTest.DIR;

    /** Back from the 6.0 PostgreSQL schema to the shape the 2.2 migration upgrades. */
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

    /** Back from the 6.0 MySQL schema to the shape the 2.2 migration upgrades (DATETIME without fractions until 4.3). */
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
     * Back from the 6.0 MariaDB schema to 5.x's: Spring Batch 5 shipped schema-mariadb.sql with a real sequence named
     * BATCH_JOB_SEQ; before 6.0 it shipped no MariaDB migrations (MariaDB users of older versions ran the MySQL ones).
     */
    private static final String MARIADB_BEFORE_6_0 = "RENAME TABLE BATCH_JOB_INSTANCE_SEQ TO BATCH_JOB_SEQ;\n";

    /**
     * Back from the 6.0 SQLite schema to 4.x's. Spring Batch ships no SQLite migration before 5.0, so the parameters
     * table comes back in its 4.x form directly (SQLite cannot restore START_TIME's NOT NULL in place; nothing below
     * depends on it).
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

    /**
     * Back from the 6.0 SQLite schema to 5.x's as far as the 6.0 migration is concerned. The 5.0 SQLite migration
     * cannot bring a 4.x database there (SQLite rejects its fifth statement), so the 6.0 case starts here instead.
     */
    private static final String SQLITE_BEFORE_6_0 = "ALTER TABLE BATCH_JOB_INSTANCE_SEQ RENAME TO BATCH_JOB_SEQ;\n";

    /**
     * A rebuilt old database and the shipped migrations that upgrade it, in order. {@code broken} versions are scripts
     * the engine itself rejects part-way; they end the chain.
     */
    record Chain(Dialect dialect, String db, String before, String beforeText, List<String> versions, String extraTable, Set<String> broken) {
        Script schema() {
            return Script.fromJar(DIR + "schema-" + db + ".sql");
        }

        Script migration(String version) {
            return Script.fromJar(DIR + "migration/" + version + "/migration-" + db + ".sql");
        }

        /** The versions the engine runs from the rebuilt start: all of them, or those before the first broken one. */
        List<String> runnable() {
            return versions.stream().takeWhile(v -> !broken.contains(v)).toList();
        }

        boolean complete() {
            return runnable().size() == versions.size();
        }

        List<Script> setupBefore(int index) {
            List<Script> setup = new ArrayList<>(List.of(schema(), Script.ours(before + ".sql", beforeText)));
            for (String v : versions.subList(0, index)) setup.add(migration(v));
            return setup;
        }

        @Override
        public String toString() {
            return "schema-" + db + ".sql + " + before + ".sql + " + String.join(", ", versions) + " on " + dialect.id();
        }
    }

    static Stream<Chain> chains() {
        return Stream.of(
                new Chain(Dialect.POSTGRESQL, "postgresql", "before-2.2", POSTGRES_BEFORE_2_2, List.of("2.2", "5.0", "6.0"), "BATCH_JOB_PARAMS", Set.of()),
                new Chain(Dialect.MARIADB, "mysql", "before-2.2", MYSQL_BEFORE_2_2, List.of("2.2", "4.3", "5.0", "6.0"), "BATCH_JOB_PARAMS", Set.of()),
                new Chain(Dialect.MARIADB, "mariadb", "before-6.0", MARIADB_BEFORE_6_0, List.of("6.0"), null, Set.of()),
                new Chain(Dialect.SQLITE, "sqlite", "before-5.0", SQLITE_BEFORE_5_0, List.of("5.0"), null, Set.of("5.0")),
                new Chain(Dialect.SQLITE, "sqlite", "before-6.0", SQLITE_BEFORE_6_0, List.of("6.0"), null, Set.of()));
    }

    record Case(Chain chain, int index) {
        String version() {
            return chain.versions().get(index);
        }

        Script script() {
            return chain.migration(version());
        }

        List<Script> setup() {
            return chain.setupBefore(index);
        }

        @Override
        public String toString() {
            return script().shortName(DIR) + " on " + chain.dialect().id() + " (after " + setup().stream().map(s -> s.shortName(DIR))
                    .collect(Collectors.joining(", ")) + ")";
        }
    }

    /** The chains the engine runs to the end (a broken one cannot reach the 6.0 schema). */
    static Stream<Chain> completeChains() {
        return chains().filter(Chain::complete);
    }

    static Stream<Case> migrations() {
        return chains().flatMap(c -> IntStream.range(0, c.versions().size()).mapToObj(i -> new Case(c, i)));
    }

    static List<String> covered() {
        return migrations().map(c -> c.script().resource()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("migrations")
    void migrationReplaysToTheLiveDatabase(Case c) throws Exception {
        if (c.chain().broken().contains(c.version())) {
            // e.g. 5.0/migration-sqlite.sql: after four good statements it uses MySQL's ALTER TABLE … MODIFY COLUMN old new type
            RealWorldAssertions.assertReplayRejectsWhatTheEngineRejects(c.chain().dialect(), c.setup(), c.script());
        } else {
            RealWorldAssertions.assertReplayMatchesEngine(c.chain().dialect(), c.setup(), c.script(), live -> { });
        }
    }

    /**
     * Both invariants ({@link SchemaInvariants}) for the chain as migrations: the 6.0 schema, the rebuild of the old
     * state, then every shipped migration the engine runs (a chain the engine breaks ends before its broken script:
     * for SQLite's 5.0 chain that is the 6.0 schema and the rebuild of 4.x).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void chainMeetsBothInvariants(Chain chain) throws Exception {
        SchemaInvariants.assertBoth(chain.dialect(), Script.migrations(chain.setupBefore(chain.runnable().size())));
    }

    /**
     * Harness check, engine only: the rebuilt old database, upgraded by every migration of the chain, has the tables
     * and columns (and sequences) of a fresh database made by the 6.0 schema script, plus the 2.1 BATCH_JOB_PARAMS
     * table that no migration drops. Complete chains only: a broken chain never reaches the 6.0 schema, and that its
     * script is rejected by the engine (and by Cairn at the same statement) is {@link #migrationReplaysToTheLiveDatabase}'s
     * case for it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("completeChains")
    void reconstructionUpgradesToTheFreshSchema(Chain chain) throws Exception {
        Schema fresh;
        try (RealWorldDatabase db = RealWorldAssertions.prepared(chain.dialect(), List.of(chain.schema()))) {
            fresh = db.introspect();
        }
        try (RealWorldDatabase db = RealWorldAssertions.prepared(chain.dialect(), chain.setupBefore(chain.versions().size()))) {
            Schema migrated = db.introspect();
            Map<String, Set<String>> actual = shape(migrated);
            if (chain.extraTable() != null) assertEquals(true, actual.remove(Names.key(chain.extraTable())) != null, "the old " + chain.extraTable() + " is there");
            assertEquals(shape(fresh), actual, "migrated tables and columns vs a fresh " + chain.schema());
            assertEquals(fresh.sequences().keySet(), migrated.sequences().keySet(), "sequences");
        }
    }

    private static Map<String, Set<String>> shape(Schema schema) {
        Map<String, Set<String>> shape = new TreeMap<>();
        for (Table t : schema.tables().values())
            shape.put(Names.key(t.name()), t.columns().stream().map(Column::name).map(Names::key).collect(Collectors.toCollection(TreeSet::new)));
        return shape;
    }
}
