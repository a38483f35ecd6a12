package dev.cairn.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the migration files of one folder, in version order, refusing every naming mistake with a clear message. A
 * folder of Flyway migrations ({@code V1.1__x.sql}, {@code R__x.sql}) is read in Flyway's layout ({@link FlywayLayout}).
 */
public final class MigrationDirectory {
    private static final Pattern NAME = Pattern.compile("(\\d+)_(.+)\\.sql");
    private static final Pattern NEAR_MISS = Pattern.compile("(?i)\\d+_.*\\.\\w+.*|.*\\.sql(\\..*)?");
    /** The one rule, said with every naming mistake. */
    static final String RULE = "(the rule: a file whose name starts with digits and _ or holds .sql must be a migration named"
            + " <version>_<description>.sql, with a lower-case .sql; any other file, such as README.md, is ignored)";

    private MigrationDirectory() {
    }

    /**
     * @param dir           the folder
     * @param displayPrefix what to put before a file name in messages, e.g. {@code src/main/resources/db/migrations/}
     */
    public static List<MigrationFile> load(Path dir, String displayPrefix) {
        return load(dir, displayPrefix, StandardCharsets.UTF_8);
    }

    /** Like {@link #load(Path, String)}, the files read in {@code encoding} (a project's source encoding, say). */
    public static List<MigrationFile> load(Path dir, String displayPrefix, Charset encoding) {
        if (!Files.isDirectory(dir)) {
            throw new MigrationFileProblem("The migrations folder " + dir + " does not exist; create it and add files named like 001_create_users.sql");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            // no stat per file here: a folder that happens to be named like a migration is skipped when reading it fails
            files = list.sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            entries.add(new Entry(name, displayPrefix + name, () -> read(file, displayPrefix + name, encoding)));
        }
        return fromEntries(entries);
    }

    /** A file found in a folder or on the classpath: its name, how messages show it, and its text when needed (null: not a file). */
    record Entry(String name, String shown, Supplier<String> text) {
    }

    /** The migrations among these files, in version order; every naming mistake is reported at once. */
    static List<MigrationFile> fromEntries(List<Entry> entries) {
        if (FlywayLayout.isUsedBy(entries)) return FlywayLayout.read(entries);
        List<String> problems = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (Entry entry : entries) {
            String name = entry.name();
            String shown = entry.shown();
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                if (NEAR_MISS.matcher(name).matches()) {
                    problems.add(shown + ": not a migration file name; name it <version>_<description>.sql, e.g. 001_create_users.sql");
                }
                continue;
            }
            try {
                long version = Long.parseLong(m.group(1));
                if (version == 0) {
                    problems.add(shown + ": version 0 is the empty database, before any migration, so no file can have it;"
                            + " number migrations from 1 (rename it to " + "0".repeat(Math.max(0, m.group(1).length() - 1)) + "1_" + m.group(2) + ".sql"
                            + " or to the next free version)");
                    continue;
                }
                named.add(new Named(entry, version, m.group(2).replace('_', ' ')));
            } catch (NumberFormatException e) {
                problems.add(shown + ": version " + m.group(1) + " is too large; use at most 18 digits");
            }
        }
        // reading and checksumming the files is most of a no-op upgrade's work: spread over the cores when there are many
        List<Read> read = (named.size() >= PARALLEL_FROM ? named.parallelStream() : named.stream()).map(Named::read).toList();
        TreeMap<Long, MigrationFile> byVersion = new TreeMap<>();
        for (Read r : read) {
            if (r.file() == null) {
                if (r.empty()) problems.add(r.shown() + ": the file is empty; write the migration, or a comment if it is meant to do nothing");
                continue;
            }
            MigrationFile other = byVersion.putIfAbsent(r.file().version(), r.file());
            if (other != null) {
                problems.add(r.shown() + ": version " + r.file().version() + " is also used by " + other.displayName()
                        + "; give one of them the next free version");
            }
        }
        if (!problems.isEmpty()) {
            if (problems.stream().anyMatch(p -> p.contains(": not a migration file name"))) problems.add(RULE);
            throw new MigrationFileProblem(String.join("\n", problems));
        }
        return List.copyOf(byVersion.values());
    }

    private static final int PARALLEL_FROM = 64;

    /** A file whose name is a migration's. */
    private record Named(Entry entry, long version, String description) {
        /** Its text parsed; no file when it is empty or not a file at all (a folder). */
        Read read() {
            String text = entry.text().get();
            if (text == null || text.isEmpty()) return new Read(entry.shown(), null, text != null);
            return new Read(entry.shown(), MigrationFile.parse(version, description, entry.shown(), text), false);
        }
    }

    private record Read(String shown, MigrationFile file, boolean empty) {
    }

    /** The file's text; null for a folder. */
    private static String read(Path file, String shown, Charset encoding) {
        try {
            return MigrationText.decode(Files.readAllBytes(file), shown, encoding);
        } catch (IOException e) {
            if (Files.isDirectory(file)) return null;
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
