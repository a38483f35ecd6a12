package dev.cairn.migrate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations on the classpath of a packaged application: real jars written here (a plain one, a Spring Boot fat jar
 * with {@code BOOT-INF/classes} and a nested {@code BOOT-INF/lib} jar) and an exploded one, loaded by class loaders;
 * any other kind of URL refused with its name.
 */
class PackagedMigrationsTest {
    @TempDir
    Path dir;

    private static final Map<String, String> MIGRATIONS = migrations();

    private static Map<String, String> migrations() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        m.put("002_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);\n");
        return m;
    }

    /** A jar with the migrations under {@code folder} (and one file beside it and one below it, not migrations). */
    private static byte[] jar(String folder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            out.putNextEntry(new JarEntry(folder + "/"));
            for (Map.Entry<String, String> e : MIGRATIONS.entrySet()) put(out, folder + "/" + e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            put(out, folder + "/old/009_archived.sql", "CREATE TABLE archived (id INTEGER);\n".getBytes(StandardCharsets.UTF_8));
            put(out, folder.substring(0, folder.lastIndexOf('/') + 1) + "003_outside.sql", "CREATE TABLE outside (id INTEGER);\n".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** A fat jar: the application's classes under BOOT-INF/classes, a library with migrations of its own under BOOT-INF/lib. */
    private Path fatJar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/db/", "BOOT-INF/classes/db/migrations/", "BOOT-INF/lib/")) {
                out.putNextEntry(new JarEntry(folder)); // as Boot's repackager writes them (a class loader finds a folder by its entry)
            }
            for (Map.Entry<String, String> e : MIGRATIONS.entrySet()) {
                put(out, "BOOT-INF/classes/db/migrations/" + e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            put(out, "BOOT-INF/lib/audit.jar", jar("db/audit"));
        }
        return write("app with space.jar", bytes.toByteArray());
    }

    private static void assertTheTwo(List<MigrationFile> files) {
        assertEquals(List.of(1L, 2L), files.stream().map(MigrationFile::version).toList());
        assertEquals("classpath:db/migrations/001_users.sql", files.get(0).displayName());
        assertTrue(files.get(1).displayName().endsWith("002_posts.sql"));
    }

    @Test
    void aPlainJar() throws Exception {
        Path jar = write("app.jar", jar("db/migrations"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertTheTwo(ClasspathMigrations.load("db/migrations", loader));
        }
    }

    @Test
    void theClassesOfASpringBootFatJar() throws Exception {
        Path jar = fatJar();
        URL classes = new URL("jar:" + jar.toUri() + "!/BOOT-INF/classes/");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes}, null)) {
            assertTheTwo(ClasspathMigrations.load("/db/migrations/", loader));
        }
    }

    @Test
    void everyUrlFormOfAFatJarThatSpringBootsLoadersUse() throws Exception {
        Path jar = fatJar();
        String file = jar.toUri().toString(); // file:/…/app%20with%20space.jar
        String nested = "nested:" + jar.toUri().getRawPath();
        for (String folder : List.of("jar:" + file + "!/BOOT-INF/classes/db/migrations", "jar:" + file + "!/BOOT-INF/classes!/db/migrations",
                "jar:" + nested + "/!BOOT-INF/classes/!/db/migrations")) {
            assertTheTwo(ClasspathMigrations.load("db/migrations", finding("db/migrations", folder)));
        }
        for (String library : List.of("jar:" + file + "!/BOOT-INF/lib/audit.jar!/db/audit", "jar:" + nested + "/!BOOT-INF/lib/audit.jar!/db/audit")) {
            List<MigrationFile> files = ClasspathMigrations.load("db/audit", finding("db/audit", library));
            assertEquals(List.of(1L, 2L), files.stream().map(MigrationFile::version).toList(), library);
            assertEquals("classpath:db/audit/002_posts.sql", files.get(1).displayName());
            assertEquals(MIGRATIONS.get("002_posts.sql").strip(), files.get(1).upSql().strip());
        }
    }

    @Test
    void anExplodedApplication() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("exploded/BOOT-INF/classes/db/migrations"));
        for (Map.Entry<String, String> e : MIGRATIONS.entrySet()) Files.writeString(classes.resolve(e.getKey()), e.getValue());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("exploded/BOOT-INF/classes").toUri().toURL()}, null)) {
            List<MigrationFile> files = ClasspathMigrations.load("db/migrations", loader);
            assertEquals(List.of(1L, 2L), files.stream().map(MigrationFile::version).toList());
        }
    }

    @Test
    void anyOtherKindOfUrlIsRefusedByName() {
        for (String url : List.of("vfs:/content/app.war/WEB-INF/classes/db/migrations", "jar:vfs:/content/app.war!/db/migrations")) {
            MigrationFileProblem p = assertThrows(MigrationFileProblem.class, () -> ClasspathMigrations.load("db/migrations", finding("db/migrations", url)));
            assertTrue(p.getMessage().contains("found at " + url + ": Cairn reads them from folders (file:) and jars"), p.getMessage());
        }
    }

    @Test
    void aNestedPathTheJarDoesNotHoldIsNamed() throws Exception {
        Path jar = fatJar();
        String url = "jar:" + jar.toUri() + "!/BOOT-INF/nothing!/db/migrations";
        MigrationFileProblem p = assertThrows(MigrationFileProblem.class, () -> ClasspathMigrations.load("db/migrations", finding("db/migrations", url)));
        assertTrue(p.getMessage().contains("BOOT-INF/nothing, which app with space.jar does not hold"), p.getMessage());
    }

    /** A URL whose folder the jar does not hold is a reading Cairn got wrong, not a location without migrations. */
    @Test
    void aFolderTheJarDoesNotHoldIsNotTakenForNoMigrations() throws Exception {
        Path jar = fatJar();
        String url = "jar:" + jar.toUri() + "!/BOOT-INF/classes/db/elsewhere";
        MigrationFileProblem p = assertThrows(MigrationFileProblem.class, () -> ClasspathMigrations.load("db/migrations", finding("db/migrations", url)));
        assertTrue(p.getMessage().contains("the class loader found them at " + url + ", but " + jar + " holds no BOOT-INF/classes/db/elsewhere/"),
                p.getMessage());
    }

    /**
     * A class loader that finds {@code location} at {@code url} only, as Spring Boot's loader finds it (the URL is made
     * with a handler that refuses to open it: the migrations are read from the jar file, not through the handler).
     */
    private static ClassLoader finding(String location, String url) throws IOException {
        URL u = new URL(null, url, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL ignored) throws IOException {
                throw new IOException("not to be opened: " + url);
            }
        });
        assertEquals(url, u.toString());
        return new ClassLoader(null) {
            @Override
            protected Enumeration<URL> findResources(String name) {
                return name.equals(location) ? Collections.enumeration(List.of(u)) : Collections.emptyEnumeration();
            }
        };
    }

}
