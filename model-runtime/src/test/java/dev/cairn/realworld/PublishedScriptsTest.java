package dev.cairn.realworld;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every script the two jars publish for an engine Cairn supports (SQLite, PostgreSQL, MySQL, MariaDB) is one of the
 * cases of the real-world tests; a new version of Quartz or Spring Batch that adds one (say a Quartz
 * {@code tables_sqlite.sql}) fails here until a case covers it. The same for the folders of {@link PublishedSchemasTest}
 * (Camunda: its create and drop scripts, its Liquibase baseline and upgrades; not its older {@code db/upgrade} copies).
 */
class PublishedScriptsTest {
    private static final Pattern OUR_ENGINES = Pattern.compile("(?i).*(sqlite|postgres|mysql|mariadb)[^/]*\\.sql");

    @Test
    void everyQuartzScriptForOurEnginesIsCovered() throws IOException {
        assertEquals(new TreeSet<>(QuartzTablesTest.covered()), published(QuartzTablesTest.DIR + "tables_postgres.sql", QuartzTablesTest.DIR));
    }

    @Test
    void everySpringBatchScriptForOurEnginesIsCovered() throws IOException {
        List<String> covered = new ArrayList<>(SpringBatchSchemaTest.covered());
        covered.addAll(SpringBatchMigrationTest.covered());
        assertEquals(new TreeSet<>(covered), published(SpringBatchSchemaTest.DIR + "schema-sqlite.sql", SpringBatchSchemaTest.DIR));
    }

    /** Each folder of {@link PublishedSchemasTest}'s jars: every script for our engines in it is one of its cases. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PublishedSchemasTest.SESSION, PublishedSchemasTest.INTEGRATION, PublishedSchemasTest.AI, PublishedSchemasTest.MODULITH,
            PublishedSchemasTest.CAMUNDA + "create/", PublishedSchemasTest.CAMUNDA + "drop/",
            PublishedSchemasTest.CAMUNDA + "liquibase/"})
    void everyScriptOfTheOtherProjectsIsCovered(String dir) throws IOException {
        TreeSet<String> covered = PublishedSchemasTest.cases().flatMap(c -> c.scripts().stream()).filter(s -> s.startsWith(dir))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published(covered.first(), dir), covered);
    }

    /** JobRunr keeps its migrations in one folder per engine: every one of ours, and every common one, is in a case. */
    @Test
    void everyJobRunrMigrationForOurEnginesIsCovered() throws IOException {
        String dir = PublishedSchemasTest.JOBRUNR;
        TreeSet<String> covered = PublishedSchemasTest.cases().flatMap(c -> c.scripts().stream()).filter(s -> s.startsWith(dir))
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> published = new TreeSet<>();
        for (String db : List.of("common", "sqlite", "postgres", "mysql", "mariadb"))
            published.addAll(published(dir + "common/migrations/v000__create_migrations_table.sql", dir + db + "/migrations/", Pattern.compile(".*\\.sql")));
        assertEquals(published, covered);
    }

    /** The .sql entries under {@code dir} for our engines, in the jar that holds {@code known}. */
    private static TreeSet<String> published(String known, String dir) throws IOException {
        return published(known, dir, OUR_ENGINES);
    }

    /** The entries under {@code dir} that {@code pattern} matches, in the jar that holds {@code known}. */
    private static TreeSet<String> published(String known, String dir, Pattern pattern) throws IOException {
        URL url = PublishedScriptsTest.class.getClassLoader().getResource(known);
        assertNotNull(url, "not on the test classpath: " + known);
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        TreeSet<String> found = new TreeSet<>();
        try (JarFile jar = connection.getJarFile()) {
            for (JarEntry e : java.util.Collections.list(jar.entries()))
                if (e.getName().startsWith(dir) && pattern.matcher(e.getName()).matches()) found.add(e.getName());
        }
        return found;
    }
}
