package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Names;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Schema scripts other projects publish in their jars on Maven Central (test-scoped dependencies of this module, only
 * their SQL read), each on every engine it has a script for: the scripts run in order as migrations 1, 2, … and must
 * meet both invariants ({@link SchemaInvariants}). MySQL scripts run on the MariaDB server. The table in
 * {@code src/test/resources/realworld/README.md} lists the cases with the statements Cairn accepts per dialect, which
 * {@link #cairnAcceptsEveryStatement} asserts.
 */
class PublishedSchemasTest {
    static final String SESSION = "org/springframework/session/jdbc/";
    static final String INTEGRATION = "org/springframework/integration/jdbc/";
    static final String AI = "org/springframework/ai/chat/memory/repository/jdbc/";
    static final String MODULITH = "org/springframework/modulith/events/jdbc/schemas/";
    static final String CAMUNDA = "org/camunda/bpm/engine/db/";
    static final String JOBRUNR = "org/jobrunr/storage/sql/";
    /** JobRunr's migrations, from 0.9's first to 8.x's last; an engine's folder replaces the common one of the same name. */
    static final List<String> JOBRUNR_MIGRATIONS = List.of("v000__create_migrations_table", "v001__create_job_table",
            "v002__create_recurring_job_table", "v003__create_background_job_server_table", "v004__create_job_stats_view",
            "v005__update_job_stats_view", "v006__alter_table_jobs_add_recurringjob", "v007__alter_table_backgroundjobserver_add_delete_config",
            "v008__alter_table_jobs_increase_jobAsJson_size", "v009__change_jobrunr_job_counters_to_jobrunr_metadata", "v010__change_job_stats",
            "v011__change_sqlserver_text_to_varchar", "v012__change_oracle_alter_jobrunr_metadata_column_size",
            "v013__alter_table_recurring_job_add_createdAt", "v014__improve_job_stats", "v015__alter_table_backgroundjobserver_add_name",
            "v016__alter_jobs_stats_add_awaiting_jobs");
    /** The order Camunda's own Liquibase changelog gives its create scripts. */
    static final List<String> CAMUNDA_PARTS = List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");
    /** The upgrade scripts from Camunda 7.16 (its Liquibase baseline) to 7.24, the version of the jar. */
    static final List<String> CAMUNDA_UPGRADES = IntStream.range(16, 24).mapToObj(v -> "7." + v + "_to_7." + (v + 1)).toList();

    /** Which invariant a construct Cairn does not handle yet breaks. */
    enum Invariant { VALIDATE, RENDER }

    /** A construct of a script that Cairn does not handle yet, the helper fixing it and the invariant it breaks. */
    record NotYet(Invariant breaks, String construct) {
    }

    /**
     * One project's scripts for one engine, run in order; {@code statements} is how many statements Cairn splits and
     * replays, {@code tables} how many tables the engine holds afterwards; {@code notYet} names the constructs Cairn
     * does not handle yet (the invariant each breaks is skipped with that reason).
     */
    record Case(String project, String version, Dialect dialect, List<String> scripts, int statements, int tables, List<NotYet> notYet) {
        Case(String project, String version, Dialect dialect, List<String> scripts, int statements, int tables, NotYet... notYet) {
            this(project, version, dialect, scripts, statements, tables, List.of(notYet));
        }

        void skipIfNotYet(Invariant invariant) {
            for (NotYet n : notYet) Assumptions.assumeFalse(n.breaks() == invariant, () -> "not yet: " + n.construct());
        }

        List<Script> read() {
            return scripts.stream().map(Script::fromJar).toList();
        }

        @Override
        public String toString() {
            String names = scripts.size() > 3 ? scripts.get(0).substring(scripts.get(0).lastIndexOf('/') + 1) + " … " + scripts.get(scripts.size() - 1)
                    .substring(scripts.get(scripts.size() - 1).lastIndexOf('/') + 1) + " (" + scripts.size() + " files)"
                    : String.join(" + ", scripts.stream().map(s -> s.substring(s.lastIndexOf('/') + 1)).toList());
            return project + " " + version + ": " + names + " on " + dialect.id();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("Spring Session JDBC", "4.0.4", Dialect.SQLITE, List.of(SESSION + "schema-sqlite.sql"), 5, 2),
                new Case("Spring Session JDBC", "4.0.4", Dialect.SQLITE, List.of(SESSION + "schema-sqlite.sql", SESSION + "schema-drop-sqlite.sql"), 7, 0),
                new Case("Spring Session JDBC", "4.0.4", Dialect.POSTGRESQL, List.of(SESSION + "schema-postgresql.sql"), 5, 2),
                new Case("Spring Session JDBC", "4.0.4", Dialect.POSTGRESQL, List.of(SESSION + "schema-postgresql.sql", SESSION + "schema-drop-postgresql.sql"), 7, 0),
                new Case("Spring Session JDBC", "4.0.4", Dialect.MARIADB, List.of(SESSION + "schema-mysql.sql"), 5, 2),
                new Case("Spring Session JDBC", "4.0.4", Dialect.MARIADB, List.of(SESSION + "schema-mysql.sql", SESSION + "schema-drop-mysql.sql"), 7, 0),

                new Case("Spring Integration JDBC", "7.1.2", Dialect.POSTGRESQL, List.of(INTEGRATION + "schema-postgresql.sql"), 9, 6),
                new Case("Spring Integration JDBC", "7.1.2", Dialect.POSTGRESQL, List.of(INTEGRATION + "schema-postgresql.sql", INTEGRATION + "schema-drop-postgresql.sql"), 19, 0),
                new Case("Spring Integration JDBC", "7.1.2", Dialect.MARIADB, List.of(INTEGRATION + "schema-mysql.sql"), 8, 6),
                new Case("Spring Integration JDBC", "7.1.2", Dialect.MARIADB, List.of(INTEGRATION + "schema-mysql.sql", INTEGRATION + "schema-drop-mysql.sql"), 14, 0),

                new Case("Spring AI chat memory JDBC", "2.0.1", Dialect.SQLITE, List.of(AI + "schema-sqlite.sql"), 3, 1),
                new Case("Spring AI chat memory JDBC", "2.0.1", Dialect.POSTGRESQL, List.of(AI + "schema-postgresql.sql"), 3, 1),
                new Case("Spring AI chat memory JDBC", "2.0.1", Dialect.MARIADB, List.of(AI + "schema-mysql.sql"), 1, 1),
                new Case("Spring AI chat memory JDBC", "2.0.1", Dialect.MARIADB, List.of(AI + "schema-mariadb.sql"), 3, 1),

                new Case("Spring Modulith events JDBC", "2.0.3 (schema v1)", Dialect.POSTGRESQL, List.of(MODULITH + "v1/schema-postgresql.sql", MODULITH + "v1/schema-postgresql-archive.sql"), 6, 2),
                new Case("Spring Modulith events JDBC", "2.0.3 (schema v2)", Dialect.POSTGRESQL, List.of(MODULITH + "v2/schema-postgresql.sql", MODULITH + "v2/schema-postgresql-archive.sql"), 6, 2),
                new Case("Spring Modulith events JDBC", "2.0.3 (schema v1)", Dialect.MARIADB, List.of(MODULITH + "v1/schema-mysql.sql", MODULITH + "v1/schema-mysql-archive.sql"), 2, 2),
                new Case("Spring Modulith events JDBC", "2.0.3 (schema v2)", Dialect.MARIADB, List.of(MODULITH + "v2/schema-mysql.sql", MODULITH + "v2/schema-mysql-archive.sql"), 2, 2),
                new Case("Spring Modulith events JDBC", "2.0.3 (schema v1)", Dialect.MARIADB, List.of(MODULITH + "v1/schema-mariadb.sql", MODULITH + "v1/schema-mariadb-archive.sql"), 2, 2),
                new Case("Spring Modulith events JDBC", "2.0.3 (schema v2)", Dialect.MARIADB, List.of(MODULITH + "v2/schema-mariadb.sql", MODULITH + "v2/schema-mariadb-archive.sql"), 2, 2),

                new Case("JobRunr", "8.1.0 (v000 → v016)", Dialect.SQLITE, jobrunr("sqlite"), 39, 5),
                new Case("JobRunr", "8.1.0 (v000 → v016)", Dialect.POSTGRESQL, jobrunr("postgres"), 41, 5),
                new Case("JobRunr", "8.1.0 (v000 → v016)", Dialect.MARIADB, jobrunr("mariadb"), 42, 5),
                new Case("JobRunr", "8.1.0 (v000 → v016)", Dialect.MARIADB, jobrunr("mysql"), 42, 5),

                new Case("Camunda 7 engine", "7.24.0", Dialect.POSTGRESQL, camundaCreate("postgres"), 329, 49),
                new Case("Camunda 7 engine", "7.24.0", Dialect.MARIADB, camundaCreate("mysql"), 303, 49),
                new Case("Camunda 7 engine", "7.24.0", Dialect.POSTGRESQL, camundaCreateAndDrop("postgres"), 650, 0),
                new Case("Camunda 7 engine", "7.24.0", Dialect.MARIADB, camundaCreateAndDrop("mysql"), 593, 0),
                new Case("Camunda 7 engine", "7.16 → 7.24", Dialect.POSTGRESQL, camundaChain("postgres"), 353, 49),
                new Case("Camunda 7 engine", "7.16 → 7.24", Dialect.MARIADB, camundaChain("mysql"), 327, 49));
    }

    /** JobRunr's migrations for one engine's folder, as JobRunr's own migration provider picks them. */
    static List<String> jobrunr(String db) {
        return JOBRUNR_MIGRATIONS.stream().map(m -> {
            String own = JOBRUNR + db + "/migrations/" + m + ".sql";
            return PublishedSchemasTest.class.getClassLoader().getResource(own) != null ? own : JOBRUNR + "common/migrations/" + m + ".sql";
        }).toList();
    }

    static List<String> camundaCreate(String db) {
        return CAMUNDA_PARTS.stream().map(p -> CAMUNDA + "create/activiti." + db + ".create." + p + ".sql").toList();
    }

    /** The create scripts, then the drop scripts in the opposite order. */
    static List<String> camundaCreateAndDrop(String db) {
        List<String> scripts = new ArrayList<>(camundaCreate(db));
        for (int i = CAMUNDA_PARTS.size() - 1; i >= 0; i--) scripts.add(CAMUNDA + "drop/activiti." + db + ".drop." + CAMUNDA_PARTS.get(i) + ".sql");
        return scripts;
    }

    static List<String> camundaChain(String db) {
        List<String> scripts = new ArrayList<>(CAMUNDA_PARTS.stream().map(p -> CAMUNDA + "liquibase/baseline/liquibase." + db + ".create." + p + ".sql").toList());
        for (String u : CAMUNDA_UPGRADES) scripts.add(CAMUNDA + "liquibase/upgrade/" + db + "_engine_" + u + ".sql");
        return scripts;
    }

    /** Cairn splits every script and replays every statement; the count is the one in the README's table. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cairnAcceptsEveryStatement(Case c) {
        assertAccepted(c, c.dialect());
    }

    /** The MySQL scripts also replay in the MySQL dialect, to the same counts (no MySQL server here to compare with). */
    @ParameterizedTest(name = "{0}, as mysql")
    @MethodSource("mysqlScripts")
    void mysqlScriptsReplayAsMySql(Case c) {
        assertAccepted(c, Dialect.MYSQL);
    }

    static Stream<Case> mysqlScripts() {
        return cases().filter(c -> c.dialect() == Dialect.MARIADB && c.scripts().stream().anyMatch(s -> s.contains("mysql"))
                && c.scripts().stream().noneMatch(s -> s.contains("mariadb")));
    }

    private static void assertAccepted(Case c, Dialect dialect) {
        Schema model = Schema.EMPTY;
        int statements = 0;
        for (Script s : c.read()) {
            try {
                List<SqlStatement> split = Cairn.split(dialect, s.fileName(), s.text());
                statements += split.size();
                model = Cairn.replay(model, dialect, split);
            } catch (SqlProblem e) {
                throw new AssertionError("REPLAY REJECTS " + s + " on " + dialect.id() + ":\n" + e.getMessage(), e);
            }
        }
        assertEquals(c.statements(), statements, "statements split and replayed");
        assertEquals(c.tables(), model.tables().size(), "tables replayed");
    }

    /**
     * Harness: the engine itself runs the scripts and holds the tables the case expects. Only the cases whose invariant 1
     * is not checked yet are run: where it is checked, validate's clean comparison of the replayed model (whose tables
     * {@link #cairnAcceptsEveryStatement} counts) with the upgraded database already says so.
     */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("casesWithoutInvariant1")
    void engineRunsTheScripts(Case c) throws Exception {
        try (RealWorldDatabase db = RealWorldAssertions.prepared(c.dialect(), c.read())) {
            assertEquals(c.tables(), db.introspect().tables().size(), "harness: tables the engine made");
        }
    }

    /** The cases that break invariant 1 for now ({@link NotYet}): none, while every case meets both invariants. */
    static Stream<Case> casesWithoutInvariant1() {
        return cases().filter(c -> c.notYet().stream().anyMatch(n -> n.breaks() == Invariant.VALIDATE));
    }

    /** Invariant 1: Cairn's migrator upgrades a fresh database with the scripts, and validate right after is clean. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void upgradeLeavesValidateClean(Case c) throws Exception {
        c.skipIfNotYet(Invariant.VALIDATE);
        SchemaInvariants.assertUpgradeLeavesValidateClean(c.dialect(), Script.migrations(c.read()));
    }

    /** Invariant 2: db:schema's output, applied to a fresh database, gives the catalog the scripts give. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renderedSchemaHasTheSameCatalog(Case c) throws Exception {
        c.skipIfNotYet(Invariant.RENDER);
        SchemaInvariants.assertRenderedSchemaHasTheSameCatalog(c.dialect(), Script.migrations(c.read()));
    }

    /**
     * Harness, engine only: the Camunda 7.16 baseline upgraded by every shipped script to 7.24 has the tables, columns
     * and index names of a fresh 7.24 database, so the chain case covers a real upgrade between two released versions.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("camundaEngines")
    void camundaChainUpgradesToTheFreshSchema(Dialect dialect, String db) throws Exception {
        Map<String, Set<String>> fresh;
        try (RealWorldDatabase d = RealWorldAssertions.prepared(dialect, camundaCreate(db).stream().map(Script::fromJar).toList())) {
            fresh = shape(d.introspect());
        }
        try (RealWorldDatabase d = RealWorldAssertions.prepared(dialect, camundaChain(db).stream().map(Script::fromJar).toList())) {
            assertEquals(fresh, shape(d.introspect()), "tables with their columns and index names: upgraded 7.16 vs fresh 7.24");
        }
    }

    static Stream<Arguments> camundaEngines() {
        return Stream.of(Arguments.of(Dialect.POSTGRESQL, "postgres"), Arguments.of(Dialect.MARIADB, "mysql"));
    }

    private static Map<String, Set<String>> shape(Schema schema) {
        Map<String, Set<String>> shape = new TreeMap<>();
        for (Table t : schema.tables().values()) {
            Set<String> parts = new TreeSet<>();
            t.columns().forEach(c -> parts.add("column " + Names.key(c.name())));
            t.indexes().forEach(i -> parts.add("index " + Names.key(i.name())));
            shape.put(Names.key(t.name()), parts);
        }
        return shape;
    }
}
