package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.Migrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The microblog example as the README's main job builds it, without Maven: its migrations upgrade a SQLite file, the
 * models are generated from them into its package, its program is compiled with them and run twice. It shows a batch
 * insert, an include, keyset pagination and optimistic locking.
 */
class MicroblogExampleTest {
    private static final Path EXAMPLE = Path.of("../examples/microblog");

    @TempDir
    Path dir;

    @Test
    void theExampleProgramRunsOnItsGeneratedModels() throws Exception {
        Path migrations = EXAMPLE.resolve("src/main/resources/db/migrations");
        String url = "jdbc:sqlite:" + dir.resolve("microblog.db");
        Migrator.configure().url(url).migrationsIn(migrations).backups(false, 0).log(message -> { }).build().upgrade(null, false);
        Map<String, String> sources = new LinkedHashMap<>(new ModelGenerator(GeneratorOptions.defaults("dev.cairn.examples.microblog.model",
                Dialect.SQLITE)).generate(MigrationDirectory.load(migrations, "src/main/resources/db/migrations/"), null));
        String program = "dev/cairn/examples/microblog/Microblog.java";
        sources.put(program, Files.readString(EXAMPLE.resolve("src/main/java").resolve(program)));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertEquals(List.of(), JavaCompilation.compile(sources, classes, "-Xlint:all", "-Werror"));

        String first = run(classes, url);
        assertEquals("john <john@example.com> 3 posts", first.lines().findFirst().orElseThrow(), first);
        assertTrue(first.contains("page 1: [post number 3, post number 2]\npage 2: [post number 1]\n"), first);
        assertTrue(first.contains("\njohn has written 3\nposts by users named j…: 3\nwrote about number 2: [john]\n"), first);
        assertTrue(first.contains("lost update refused: Cannot update posts row [1]: another transaction changed or deleted it since it "
                + "was loaded at version 0"), first);
        String second = run(classes, url);
        assertTrue(second.startsWith("john <john@example.com> 6 posts\npage 1: [post number 6, post number 5]\npage 2: "
                + "[post number 4, post number 3]\n"), second);
        assertTrue(second.contains("\njohn has written 6\nposts by users named j…: 6\n"), second);
        assertTrue(second.contains("since it was loaded at version 1"), second);
    }

    private static String run(Path classes, String url) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, MicroblogExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("dev.cairn.examples.microblog.Microblog").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[]{url});
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
