package dev.cairn.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Migration files packaged with an application: every {@code .sql} resource directly under a classpath location
 * (e.g. {@code db/migrations}), checked by the same rules as a folder of files. The location may be a folder (an IDE's
 * or an exploded application's, {@code file:}), in a jar ({@code jar:file:…!/}), in a Spring Boot fat jar's
 * {@code BOOT-INF/classes} or one of its nested jars ({@code jar:nested:…}, {@code jar:file:…!/BOOT-INF/lib/x.jar!/}):
 * see {@link PackagedFolder}. Any other kind of URL is refused, naming it, rather than taken for no migrations.
 */
public final class ClasspathMigrations {
    private ClasspathMigrations() {
    }

    public static List<MigrationFile> load(String location, ClassLoader loader) {
        String prefix = location.replaceAll("^/+|/+$", "");
        List<MigrationDirectory.Entry> entries = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(prefix);
            if (!roots.hasMoreElements()) {
                throw new MigrationFileProblem("No migrations on the classpath at " + prefix + "; put files named like 001_create_users.sql there");
            }
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> fromFolder(Path.of(root.toURI()), prefix, entries);
                    case "jar" -> entries.addAll(PackagedFolder.of(root, prefix).entries());
                    default -> throw unreadable(prefix, root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations at classpath:" + prefix, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        entries.sort(Comparator.comparing(MigrationDirectory.Entry::name));
        return MigrationDirectory.fromEntries(entries);
    }

    static MigrationFileProblem unreadable(String prefix, URL root) {
        return new MigrationFileProblem("Cannot list the migrations at classpath:" + prefix + ", found at " + root + ": Cairn reads them from"
                + " folders (file:) and jars (jar:file:, Spring Boot's jar:nested:), not from " + root.getProtocol() + ": URLs. Give the"
                + " migrator a folder instead (Migrator.configure().migrationsIn(…)), or the files read already (.migrations(…))");
    }

    private static void fromFolder(Path folder, String prefix, List<MigrationDirectory.Entry> entries) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                entries.add(new MigrationDirectory.Entry(name, "classpath:" + prefix + "/" + name, () -> read(p, "classpath:" + prefix + "/" + name)));
            }
        }
    }

    private static String read(Path p, String shown) {
        try {
            return MigrationText.decode(Files.readAllBytes(p), shown);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + p, e);
        }
    }
}
