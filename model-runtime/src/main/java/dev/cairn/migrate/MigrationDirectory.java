package dev.cairn.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the migration files of one folder, in version order, refusing every naming mistake with a clear message. */
public final class MigrationDirectory {
    private static final Pattern NAME = Pattern.compile("(\\d+)_(.+)\\.sql");
    private static final Pattern NEAR_MISS = Pattern.compile("(?i)\\d+_.*\\.sql(\\..*)?|.*\\.sql");

    private MigrationDirectory() {
    }

    /**
     * @param dir           the folder
     * @param displayPrefix what to put before a file name in messages, e.g. {@code src/main/resources/db/migrations/}
     */
    public static List<MigrationFile> load(Path dir, String displayPrefix) {
        if (!Files.isDirectory(dir)) {
            throw new MigrationFileProblem("The migrations folder " + dir + " does not exist; create it and add files named like 001_create_users.sql");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            entries.add(new Entry(name, displayPrefix + name, () -> read(file)));
        }
        return fromEntries(entries);
    }

    /** A file found in a folder or on the classpath: its name, how messages show it, and its text when needed. */
    record Entry(String name, String shown, Supplier<String> text) {
    }

    /** The migrations among these files, in version order; every naming mistake is reported at once. */
    static List<MigrationFile> fromEntries(List<Entry> entries) {
        TreeMap<Long, MigrationFile> byVersion = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Entry entry : entries) {
            String name = entry.name();
            String shown = entry.shown();
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                if (NEAR_MISS.matcher(name).matches() || name.toLowerCase(Locale.ROOT).endsWith(".sql")) {
                    problems.add(shown + ": not a migration file name; name it <version>_<description>.sql, e.g. 001_create_users.sql");
                }
                continue;
            }
            long version;
            try {
                version = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                problems.add(shown + ": version " + m.group(1) + " is too large; use at most 18 digits");
                continue;
            }
            String text = entry.text().get();
            if (text.isEmpty()) {
                problems.add(shown + ": the file is empty; write the migration, or a comment if it is meant to do nothing");
                continue;
            }
            MigrationFile mf = MigrationFile.parse(version, m.group(2).replace('_', ' '), shown, text);
            MigrationFile other = byVersion.putIfAbsent(version, mf);
            if (other != null) {
                problems.add(shown + ": version " + version + " is also used by " + other.displayName() + "; give one of them the next free version");
            }
        }
        if (!problems.isEmpty()) throw new MigrationFileProblem(String.join("\n", problems));
        return List.copyOf(byVersion.values());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
