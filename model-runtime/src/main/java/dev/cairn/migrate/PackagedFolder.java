package dev.cairn.migrate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

/**
 * A classpath folder inside a jar, from the {@code jar:} URL a class loader found it at, read with
 * {@link JarFile} and {@link JarInputStream} (not through the URL's handler, which needs Spring Boot's loader for the
 * nested forms):
 * <ul>
 * <li>{@code jar:file:/app.jar!/db/migrations}: a plain jar;</li>
 * <li>{@code jar:file:/app.jar!/BOOT-INF/classes/db/migrations}, {@code jar:file:/app.jar!/BOOT-INF/classes!/db/migrations}
 * (Boot before 3.2) and {@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations} (Boot 3.2 on): a folder of a fat jar;</li>
 * <li>{@code jar:file:/app.jar!/BOOT-INF/lib/x.jar!/db/migrations} and {@code jar:nested:/app.jar/!BOOT-INF/lib/x.jar!/db/migrations}:
 * a jar nested in a fat jar.</li>
 * </ul>
 * Its files are read when listed (migrations are small).
 */
record PackagedFolder(URL url, Path jar, List<String> inside, String folder, String location) {

    /** The folder {@code url} names; {@code location} is the classpath location, as messages show it. */
    static PackagedFolder of(URL url, String location) {
        String spec = url.toString();
        String[] parts = spec.substring("jar:".length()).split("!/", -1);
        if (parts.length < 2) throw ClasspathMigrations.unreadable(location, url);
        String container = parts[0];
        List<String> inside = new ArrayList<>(Arrays.asList(parts).subList(1, parts.length - 1));
        Path jar;
        if (container.startsWith("file:")) {
            jar = Path.of(URI.create(container));
        } else if (container.startsWith("nested:")) {
            String nested = container.substring("nested:".length());
            int bang = nested.indexOf("/!");
            String file = bang < 0 ? nested : nested.substring(0, bang);
            jar = Path.of(URI.create("file://" + (file.startsWith("/") ? "" : "/") + file));
            if (bang >= 0) inside.add(0, nested.substring(bang + 2));
        } else {
            throw ClasspathMigrations.unreadable(location, url);
        }
        return new PackagedFolder(url, jar, List.copyOf(inside), parts[parts.length - 1], location);
    }

    /** The files directly in the folder. */
    List<MigrationDirectory.Entry> entries() throws IOException {
        try (JarFile outer = new JarFile(jar.toFile())) {
            String prefix = "";
            byte[] nestedJar = null;
            for (String part : inside) {
                String name = prefix + strip(part);
                JarEntry e = nestedJar == null ? outer.getJarEntry(name) : null;
                if (e != null && !e.isDirectory()) {
                    try (InputStream in = outer.getInputStream(e)) {
                        nestedJar = in.readAllBytes();
                    }
                    prefix = "";
                } else if (nestedJar != null && name.endsWith(".jar")) {
                    throw new MigrationFileProblem("Cannot list the migrations at classpath:" + location + ", found at " + url
                            + ": a jar nested two levels deep");
                } else {
                    prefix = name.isEmpty() ? "" : name + "/";
                }
            }
            String folder = prefix + strip(this.folder);
            if (nestedJar == null && !inside.isEmpty() && outer.getJarEntry(prefix) == null && !hasEntriesUnder(outer, prefix)) {
                throw new MigrationFileProblem("Cannot list the migrations at classpath:" + location + ": " + url + " names "
                        + String.join("!/", inside) + ", which " + jar.getFileName() + " does not hold");
            }
            List<MigrationDirectory.Entry> out = new ArrayList<>();
            boolean seen = false; // the folder, or anything under it: the class loader found it there
            if (nestedJar == null) {
                Enumeration<JarEntry> all = outer.entries();
                while (all.hasMoreElements()) {
                    JarEntry e = all.nextElement();
                    seen |= e.getName().startsWith(folder + "/");
                    if (inFolder(e, folder)) {
                        try (InputStream in = outer.getInputStream(e)) {
                            out.add(entry(e.getName().substring(folder.length() + 1), in.readAllBytes()));
                        }
                    }
                }
            } else {
                try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(nestedJar))) {
                    for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                        seen |= e.getName().startsWith(folder + "/");
                        if (inFolder(e, folder)) out.add(entry(e.getName().substring(folder.length() + 1), in.readAllBytes()));
                    }
                }
            }
            if (!seen) {
                throw new MigrationFileProblem("Cannot list the migrations at classpath:" + location + ": the class loader found them at " + url
                        + ", but " + jar + " holds no " + folder + "/ " + (nestedJar == null ? "" : "in its nested jar ") + "(a jar URL of a form"
                        + " Cairn does not read right); give the migrator a folder instead (Migrator.configure().migrationsIn(…))");
            }
            return out;
        }
    }

    private static boolean hasEntriesUnder(JarFile jar, String prefix) {
        return jar.stream().anyMatch(e -> e.getName().startsWith(prefix));
    }

    private static boolean inFolder(JarEntry e, String folder) {
        String path = e.getName();
        return !e.isDirectory() && path.startsWith(folder + "/") && path.indexOf('/', folder.length() + 1) < 0;
    }

    private MigrationDirectory.Entry entry(String name, byte[] bytes) {
        String shown = "classpath:" + location + "/" + name;
        return new MigrationDirectory.Entry(name, shown, () -> MigrationText.decode(bytes, shown));
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
