package dev.cairn.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Migration files packaged with an application: every {@code .sql} resource directly under a classpath location
 * (e.g. {@code db/migrations}), from folders and from jars, checked by the same rules as a folder of files.
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
                if (root.getProtocol().equals("file")) fromFolder(Path.of(root.toURI()), prefix, entries);
                else if (root.getProtocol().equals("jar")) fromJar(root, prefix, loader, entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations at classpath:" + prefix, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        entries.sort(Comparator.comparing(MigrationDirectory.Entry::name));
        return MigrationDirectory.fromEntries(entries);
    }

    private static void fromFolder(Path folder, String prefix, List<MigrationDirectory.Entry> entries) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                entries.add(new MigrationDirectory.Entry(name, "classpath:" + prefix + "/" + name, () -> read(p, "classpath:" + prefix + "/" + name)));
            }
        }
    }

    private static void fromJar(URL root, String prefix, ClassLoader loader, List<MigrationDirectory.Entry> entries) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> all = jar.entries();
            while (all.hasMoreElements()) {
                JarEntry e = all.nextElement();
                String path = e.getName();
                if (e.isDirectory() || !path.startsWith(prefix + "/") || path.indexOf('/', prefix.length() + 1) >= 0) continue;
                String name = path.substring(prefix.length() + 1);
                entries.add(new MigrationDirectory.Entry(name, "classpath:" + path, () -> resource(loader, path)));
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

    private static String resource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) throw new IOException("missing resource " + path);
            return MigrationText.decode(in.readAllBytes(), "classpath:" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + path, e);
        }
    }
}
