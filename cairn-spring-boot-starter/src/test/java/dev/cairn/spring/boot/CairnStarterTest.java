package dev.cairn.spring.boot;

import dev.cairn.entity.Database;
import dev.cairn.migrate.MigrationState;
import dev.cairn.migrate.Migrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Spring Boot application ({@link MicroblogApplication}) with the starter, on a SQLite file and in a fresh
 * PostgreSQL schema: migrated before its beans use the database, nothing done with {@code cairn.enabled=false}, the
 * Actuator endpoint listing each migration, the health indicator DOWN once the schema is changed by hand.
 */
class CairnStarterTest {
    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    enum Engine { SQLITE, POSTGRESQL }

    @TempDir
    Path dir;
    String schema;
    final List<ConfigurableApplicationContext> started = new ArrayList<>();

    @AfterEach
    void stop() throws SQLException {
        started.forEach(ConfigurableApplicationContext::close);
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** The datasource properties of a fresh database on {@code engine}. */
    private List<String> database(Engine engine) throws SQLException {
        if (engine == Engine.SQLITE) return List.of("spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.db"));
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "")) {
            schema = "cairn_boot_" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) throw e;
            Assumptions.abort("no PostgreSQL at " + POSTGRES_URL + ": " + e.getMessage());
        }
        return List.of("spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + schema, "spring.datasource.username=postgres",
                "cairn.schema=" + schema, "cairn.create-schema=true");
    }

    private ConfigurableApplicationContext start(Engine engine, String... properties) throws SQLException {
        List<String> all = new ArrayList<>(database(engine));
        all.add("management.endpoints.web.exposure.include=cairn,health");
        all.addAll(List.of(properties));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MicroblogApplication.class).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
        started.add(context);
        return context;
    }

    private List<String> tables(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String sql = schema == null ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema + "' ORDER BY table_name";
        return jdbc.queryForList(sql, String.class);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theApplicationStartsOnTheMigratedSchema(Engine engine) throws Exception {
        ConfigurableApplicationContext context = start(engine);
        assertEquals(1, context.getBean(MicroblogApplication.UsersAtStartUp.class).users); // its @PostConstruct ran after the upgrade
        Migrator migrator = context.getBean(Migrator.class);
        assertEquals(2, migrator.status().currentVersion());
        assertEquals(migrator.headVersion(), migrator.status().currentVersion());
        assertTrue(tables(context).containsAll(List.of("cairn_history", "posts", "users")), tables(context).toString());
        Database database = context.getBean(Database.class);
        assertEquals(engine.name(), database.dialect().name());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void disabledItCreatesNothing(Engine engine) throws Exception {
        ConfigurableApplicationContext context = start(engine, "cairn.enabled=false", "microblog.users-at-start-up=false");
        assertTrue(context.getBeansOfType(Migrator.class).isEmpty());
        assertTrue(context.getBeansOfType(CairnEndpoint.class).isEmpty());
        assertEquals(List.of(), tables(context));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theEndpointListsEachMigrationAndTheHealthTurnsDownOnDrift(Engine engine) throws Exception {
        ConfigurableApplicationContext context = start(engine);
        CairnEndpoint.CairnBeans beans = context.getBean(CairnEndpoint.class).cairnBeans();
        CairnEndpoint.MigratorDescriptor migrator = beans.contexts().get(context.getId()).migrators().get("cairnMigrator");
        assertEquals(2, migrator.currentVersion());
        assertEquals(List.of(1L, 2L), migrator.migrations().stream().map(MigrationState::version).toList());
        assertEquals(List.of("applied", "applied"), migrator.migrations().stream().map(MigrationState::state).toList());
        assertEquals(List.of("users", "posts"), migrator.migrations().stream().map(MigrationState::description).toList());

        CairnHealthIndicator health = context.getBean(CairnHealthIndicator.class);
        assertEquals(Status.UP, health.health(true).getStatus());
        context.getBean(JdbcTemplate.class).execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(40)");
        Health down = health.health(true);
        assertEquals(Status.DOWN, down.getStatus());
        assertTrue(String.valueOf(down.getDetails().get("drift")).contains("nickname"), down.getDetails().toString());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTargetStopsTheUpgradeThereAndTheEndpointShowsThePendingOne(Engine engine) throws Exception {
        ConfigurableApplicationContext context = start(engine, "cairn.target=1");
        CairnEndpoint.MigratorDescriptor migrator = context.getBean(CairnEndpoint.class).cairnBeans().contexts().get(context.getId())
                .migrators().get("cairnMigrator");
        assertEquals(1, migrator.currentVersion());
        assertEquals(List.of("applied", "pending"), migrator.migrations().stream().map(MigrationState::state).toList());
        assertFalse(tables(context).contains("posts"));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aStrategyBeanReplacesTheUpgrade(Engine engine) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MicroblogApplication.class, ValidateOnly.class)
                .web(WebApplicationType.NONE).properties(database(engine).toArray(String[]::new))
                .properties("microblog.users-at-start-up=false").run();
        started.add(context);
        assertEquals(List.of(), tables(context).stream().filter(t -> !t.equals("cairn_history")).toList());
        assertEquals(1, context.getBean(ValidateOnly.class).runs);
    }

    /** Validates instead of upgrading. */
    static class ValidateOnly {
        int runs;

        @org.springframework.context.annotation.Bean
        CairnMigrationStrategy validateOnly() {
            return migrator -> {
                runs++;
                migrator.status();
            };
        }
    }

    /** A SQLite file with the tables of version 1 made by hand (no history), as an application had it before Cairn. */
    private void handMadeVersionOne() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db")); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (\n    id INTEGER NOT NULL PRIMARY KEY,\n    name VARCHAR(100) NOT NULL\n)");
            s.execute("INSERT INTO users VALUES (7, 'grace')");
        }
    }

    @org.junit.jupiter.api.Test
    void baselineOnStartTakesOverADatabaseMadeByHand() throws Exception {
        handMadeVersionOne();
        ConfigurableApplicationContext context = start(Engine.SQLITE, "cairn.baseline-on-start=true", "cairn.baseline-version=1");
        assertEquals(1, context.getBean(MicroblogApplication.UsersAtStartUp.class).users); // grace; 001's insert did not run
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertEquals(List.of("grace"), jdbc.queryForList("SELECT name FROM users", String.class));
        assertEquals(List.of(1L, 2L), jdbc.queryForList("SELECT version FROM cairn_history WHERE version > 0 ORDER BY version", Long.class));
        assertTrue(tables(context).contains("posts"));
    }

    /** A SQLite file the real Flyway migrated (a dotted version, a repeatable view), imported at start-up, then upgraded. */
    @org.junit.jupiter.api.Test
    void importFlywayOnStartTakesOverADatabaseFlywayMigrated() throws Exception {
        Path flyway = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(flyway.resolve("V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n");
        Files.writeString(flyway.resolve("V1.1__add_email.sql"), "ALTER TABLE users ADD COLUMN email VARCHAR(120);\n");
        Files.writeString(flyway.resolve("R__user_names.sql"), "DROP VIEW IF EXISTS user_names;\nCREATE VIEW user_names AS SELECT name FROM users;\n");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + dir.resolve("app.db"), null, null).locations("filesystem:" + flyway).load().migrate();
        Files.writeString(flyway.resolve("V2__create_posts.sql"), "CREATE TABLE posts (id INTEGER PRIMARY KEY, body VARCHAR(140));\n");

        ConfigurableApplicationContext context = start(Engine.SQLITE, "cairn.import-flyway-on-start=true", "cairn.locations=filesystem:" + flyway,
                "microblog.users-at-start-up=false");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        assertEquals(List.of("1 V1__create_users.sql true", "2 V1.1__add_email.sql true", "3 V2__create_posts.sql false"),
                jdbc.query("SELECT version, file_name, applied_by FROM cairn_history ORDER BY version", (r, n) -> r.getLong(1) + " "
                        + Path.of(r.getString(2)).getFileName() + " " + r.getString(3).contains("(flyway import)")), "imported, then V2 applied by Cairn");
        assertEquals(3, context.getBean(Migrator.class).status().currentVersion());
        assertEquals(List.of("user names"), jdbc.queryForList("SELECT description FROM cairn_history_repeatable", String.class));
    }

    @org.junit.jupiter.api.Test
    void withoutBaselineADatabaseMadeByHandStopsTheStartUp() throws Exception {
        handMadeVersionOne();
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> start(Engine.SQLITE));
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        assertTrue(root.getMessage().contains("already has tables but no history table"), root.getMessage());
    }

    @org.junit.jupiter.api.Test
    void failOnDriftFalseUpgradesADriftedDatabaseAndTheHealthSaysSo() throws Exception {
        ConfigurableApplicationContext first = start(Engine.SQLITE, "cairn.target=1");
        first.getBean(JdbcTemplate.class).execute("ALTER TABLE users ADD COLUMN nickname VARCHAR(40)");
        first.close();
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> start(Engine.SQLITE));
        Throwable root = refused;
        while (root.getCause() != null) root = root.getCause();
        assertTrue(root.getMessage().contains("drifted from its migrations at version 1"), root.getMessage());

        ConfigurableApplicationContext context = start(Engine.SQLITE, "cairn.fail-on-drift=false");
        assertEquals(2, context.getBean(Migrator.class).status().currentVersion());
        assertEquals(Status.DOWN, context.getBean(CairnHealthIndicator.class).health(true).getStatus());
    }

    /** What the migrator says goes through Boot's logging (System.Logger, bridged to Logback), under dev.cairn.migrate. */
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void theMigratorLogsThroughTheApplicationsLogging(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        start(Engine.SQLITE);
        assertTrue(output.getOut().lines().anyMatch(l -> l.contains(" INFO ") && l.contains("dev.cairn.migrate") && l.endsWith(": Current database version: 2")),
                output.getOut());
    }

    /** The endpoint's answer as Actuator writes it (Jackson): each migration with its version and state. */
    @org.junit.jupiter.api.Test
    void theEndpointsJson() throws Exception {
        ConfigurableApplicationContext context = start(Engine.SQLITE, "cairn.target=1");
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(context.getBean(CairnEndpoint.class).cairnBeans());
        assertTrue(json.contains("\"migrators\":{\"cairnMigrator\":{\"currentVersion\":1,\"migrations\":[{\"version\":1,\"description\":\"users\",\"state\":\"applied\""), json);
        assertTrue(json.contains("{\"version\":2,\"description\":\"posts\",\"state\":\"pending\""), json);
    }

    @org.junit.jupiter.api.Test
    void theConfigurationMetadataIsGenerated() throws Exception {
        String json = new String(CairnStarterTest.class.getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json").readAllBytes());
        for (String p : List.of("cairn.enabled", "cairn.locations", "cairn.target", "cairn.transaction-scope", "cairn.drift-check", "cairn.fail-on-drift",
                "cairn.history-table", "cairn.schema", "cairn.baseline-on-start", "cairn.baseline-version", "cairn.import-flyway-on-start")) {
            assertTrue(json.contains("\"name\": \"" + p + "\""), p);
        }
        assertTrue(Files.exists(Path.of("target/classes/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")));
    }
}
