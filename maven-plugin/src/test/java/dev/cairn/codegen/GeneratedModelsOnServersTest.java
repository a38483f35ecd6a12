package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.entity.Database;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * db:generate-models and the entity runtime together on the live PostgreSQL and MariaDB: the migrations under
 * {@code sessions/<dialect>/} are applied by the migrator to a fresh schema or database, the models generated from them
 * are compiled with {@code -Xlint:all -Werror} beside a scenario ({@code sessions/*Scenario.java}) that plays a session
 * on them (insert with keys read back, find, queries, lazy relations, many-to-many, update, delete, rollback, detached
 * use), and the scenario's transcript is compared line by line.
 */
class GeneratedModelsOnServersTest {
    @TempDir
    Path dir;

    @Test
    void postgresqlTypesAndSession() throws Exception {
        List<String> transcript = play(Dialect.POSTGRESQL, "PostgresScenario");
        assertEquals(List.of(
                // on PostgreSQL the insert asks for every column the database fills in by name (RETURNING "id", "uid", …):
                // key, defaults and the computed column come back in that order
                "insert Ann: id=1 uid read back=true balance=0.00 active=true nameLength=3",
                "insert Bob: id=2 uid=0b0b0b0b-0000-4000-8000-000000000001 managerId=1",
                "insert status: id=1 posted read back=true",
                "insert token: uuid key read back=true",
                "insert clubs (identity): ids=1,2",
                "find Ann: Ann settings={\"size\": 3, \"theme\": \"dark\"} seenAt=2026-11-25T07:30:15.123456Z balance=0.00 "
                        + "nicknames=[annie, a, \"b\"] lucky=[7, 13] mood=SO_SO photo=[0, 1, -1] born=1990-02-28 wakeUp=06:45 "
                        + "updatedAt=2026-11-25T09:30:00.500 active=true nameLength=3",
                "Ann's reports: [Bob], statuses: [hello], clubs: [chess, go]",
                "Bob by uuid: manager=Ann tokens=1 clubs=[chess]",
                "query mood=so-so: [Ann]",
                "query balance>10 or inactive: [Bob]",
                "query seenAt<now, like 'A%', in, isNull: [Ann] [Ann] [Bob] [Ann]",
                "query jsonb eq (server compares jsonb): [Ann]",
                "order by name desc, limit 1: [Bob], count: 2",
                "after update: Annabel mood=HAPPY lucky=[42] settings=null nameLength=7 clubs=[chess]",
                "delete rolled back: clubs=2",
                "delete committed: clubs=1",
                "duplicate key: ConstraintViolationException",
                "detached: DetachedEntityException"
        ), transcript);
    }

    @Test
    void mariadbTypesAndSession() throws Exception {
        List<String> transcript = play(Dialect.MARIADB, "MariaDbScenario");
        assertEquals(List.of(
                // MariaDB (10.5 and later) returns what the insert filled in with RETURNING: defaults and computed columns
                "insert Main: id=1 open=true nameLength=4",
                "insert North: id=2 parentId=1",
                "insert news: id=1",
                "find Main: Main open=true kind=MAIN students=18446744073709551615 rank=255 budget=123456789012.34 "
                        + "opened=2026-11-25T09:30:15 founded=1890-01-01 settings={\"colour\": \"blue\"} nameLength=4",
                "North: North open=false kind=SATELLITE students=null rank=null budget=null opened=null founded=null settings=null "
                        + "nameLength=5 parent=Main news=[Opened]",
                "courses: Main=[Java, SQL] North=[SQL] SQL's campuses=[Main, North]",
                "query kind=satellite: [North]",
                "query open=true: [Main]",
                "query students=2^64-1: [Main]",
                "query rank>200 or parent null: [Main]",
                "order by name desc, limit 1: [North], count like '%o%': 1",
                "after update: Northern open=true kind=ONLINE students=null rank=null budget=null opened=null founded=null "
                        + "settings=null nameLength=8 Main's courses=[SQL]",
                "delete rolled back: news=1",
                "delete committed: news=0",
                "detached: DetachedEntityException"
        ), transcript);
    }

    private List<String> play(Dialect dialect, String scenario) throws Exception {
        Path migrations = Path.of(getClass().getResource("/sessions/" + dialect.id()).toURI());
        try (ServerNamespace namespace = ServerNamespace.create(dialect)) {
            Migrator.configure().url(namespace.url()).user(namespace.user()).migrationsIn(migrations).log(message -> { }).build()
                    .upgrade(null, false);

            Map<String, String> sources = new LinkedHashMap<>(new ModelGenerator(GeneratorOptions.defaults(Fixtures.PACKAGE, dialect))
                    .generate(MigrationDirectory.load(migrations, "db/migrations/"), null));
            Path scenarioSource = Path.of(getClass().getResource("/sessions/" + scenario + ".java").toURI());
            sources.put(Fixtures.PACKAGE.replace('.', '/') + "/" + scenario + ".java", Files.readString(scenarioSource));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            assertEquals(List.of(), JavaCompilation.compile(sources, classes, "-Xlint:all", "-Werror"));

            try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
                @SuppressWarnings("unchecked")
                Function<Database, List<String>> play = (Function<Database, List<String>>) loader
                        .loadClass(Fixtures.PACKAGE + "." + scenario).getDeclaredConstructor().newInstance();
                List<String> transcript = play.apply(Database.open(namespace.url(), namespace.user(), ""));
                return transcript;
            }
        }
    }
}
