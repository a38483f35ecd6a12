package dev.cairn.spring.boot;

import dev.cairn.migrate.ClasspathMigrations;
import dev.cairn.migrate.MigrationFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.loader.launch.LaunchedClassLoader;
import org.springframework.boot.loader.net.protocol.Handlers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations found by Spring Boot's own launched class loader in a fat jar written here: its URLs
 * ({@code jar:nested:…/!BOOT-INF/classes/!/…}, {@code jar:nested:…/!BOOT-INF/lib/x.jar!/…}) as a {@code java -jar}
 * application sees them, for the application's folder and for a library's.
 */
class BootLoaderMigrationsTest {
    @TempDir
    Path dir;

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    /** A library jar holding migrations of its own under db/audit. */
    private static byte[] library() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes)) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/audit/"));
            put(out, "db/audit/001_audit_log.sql", "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, what VARCHAR(200));\n");
            put(out, "db/audit/002_audit_index.sql", "CREATE INDEX ix_audit_log_what ON audit_log (what);\n");
        }
        return bytes.toByteArray();
    }

    /** A fat jar as Boot's repackager writes one: folders as entries, the nested jar stored (not compressed). */
    private Path fatJar() throws IOException {
        Path jar = dir.resolve("my app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String folder : List.of("BOOT-INF/", "BOOT-INF/classes/", "BOOT-INF/classes/db/", "BOOT-INF/classes/db/migrations/", "BOOT-INF/lib/")) {
                out.putNextEntry(new JarEntry(folder));
            }
            put(out, "BOOT-INF/classes/db/migrations/001_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
            put(out, "BOOT-INF/classes/db/migrations/002_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
            put(out, "BOOT-INF/classes/db/migrations/003_tags.sql", "CREATE TABLE tags (id INTEGER PRIMARY KEY);\n");
            byte[] lib = library();
            JarEntry stored = new JarEntry("BOOT-INF/lib/audit.jar");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(lib.length);
            CRC32 crc = new CRC32();
            crc.update(lib);
            stored.setCrc(crc.getValue());
            out.putNextEntry(stored);
            out.write(lib);
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void theApplicationsAndALibrarysMigrationsAtBootsNestedUrls() throws Exception {
        Handlers.register(); // what Boot's launcher does first
        Path jar = fatJar();
        String nested = "jar:nested:" + jar.toUri().getRawPath();
        URL[] urls = {new URL(nested + "/!BOOT-INF/classes/!/"), new URL(nested + "/!BOOT-INF/lib/audit.jar!/")};
        try (LaunchedClassLoader loader = new LaunchedClassLoader(false, urls, null)) {
            List<URL> found = Collections.list(loader.getResources("db/migrations"));
            assertEquals(1, found.size());
            assertTrue(found.get(0).toString().startsWith("jar:nested:") && found.get(0).toString().contains("/!BOOT-INF/classes/!/db/migrations"),
                    found.toString());
            List<MigrationFile> app = ClasspathMigrations.load("db/migrations", loader);
            assertEquals(List.of(1L, 2L, 3L), app.stream().map(MigrationFile::version).toList());

            List<URL> library = Collections.list(loader.getResources("db/audit"));
            assertTrue(library.get(0).toString().contains("/!BOOT-INF/lib/audit.jar!/db/audit"), library.toString());
            List<MigrationFile> audit = ClasspathMigrations.load("db/audit", loader);
            assertEquals(List.of("audit log", "audit index"), audit.stream().map(MigrationFile::description).toList());
            assertEquals("classpath:db/audit/002_audit_index.sql", audit.get(1).displayName());
        }
    }
}
