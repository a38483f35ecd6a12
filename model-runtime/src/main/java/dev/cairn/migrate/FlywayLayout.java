package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's layout of a migrations folder, read as it is: {@code V<version>__<description>.sql} (versions such as
 * {@code 1}, {@code 1.1}, {@code 1.2.3} or {@code 2_1}, ordered as Flyway orders them, see {@link FlywayVersion}) and
 * {@code R__<description>.sql} repeatable migrations ({@link RepeatableMigration}).
 * <p>
 * Cairn's versions are whole numbers, so each versioned file gets its ordinal in Flyway's order as its Cairn version
 * (the first file is 1, the next 2, …); the Flyway version stays in the file name, which messages and the history's
 * {@code file_name} show. New migrations of such a folder are named the Flyway way too, after the newest; a folder
 * that mixes both layouts is refused.
 */
final class FlywayLayout {
    static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__(.+)\\.sql");
    static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");
    private static final Pattern CAIRN = Pattern.compile("\\d+_.+\\.sql");
    private static final Pattern NEAR_MISS = Pattern.compile("(?i)[VR]\\d*_.*|.*\\.sql(\\..*)?");

    /** One versioned file's Flyway identity: its version as written and the checksum Flyway stores for it. */
    record Versioned(FlywayVersion version, int checksum, String shown) {
    }

    private FlywayLayout() {
    }

    /** Whether a folder of these names is in Flyway's layout: it has a file named the Flyway way. */
    static boolean isUsedBy(List<MigrationDirectory.Entry> entries) {
        return entries.stream().anyMatch(e -> VERSIONED.matcher(e.name()).matches() || REPEATABLE.matcher(e.name()).matches());
    }

    /** The migrations of a folder in Flyway's layout; every mistake reported at once. */
    static MigrationFiles read(List<MigrationDirectory.Entry> entries) {
        List<String> problems = new ArrayList<>();
        record Named(MigrationDirectory.Entry entry, FlywayVersion version, String description) {
        }
        List<Named> versioned = new ArrayList<>();
        List<RepeatableMigration> repeatables = new ArrayList<>();
        for (MigrationDirectory.Entry e : entries) {
            Matcher v = VERSIONED.matcher(e.name());
            Matcher r = REPEATABLE.matcher(e.name());
            if (v.matches()) {
                versioned.add(new Named(e, FlywayVersion.parse(v.group(1)), v.group(2).replace('_', ' ')));
            } else if (r.matches()) {
                String text = e.text().get();
                if (text == null) continue;
                if (text.isBlank()) {
                    problems.add(e.shown() + ": the file is empty; write the repeatable migration");
                    continue;
                }
                repeatables.add(new RepeatableMigration(MigrationFile.parse(0, r.group(1).replace('_', ' '), e.shown(), text), FlywayChecksum.of(text)));
            } else if (CAIRN.matcher(e.name()).matches()) {
                problems.add(e.shown() + ": a Cairn-named migration in a folder of Flyway migrations (V<version>__<description>.sql);"
                        + " one folder holds one layout: name it V<next version>__<description>.sql");
            } else if (NEAR_MISS.matcher(e.name()).matches()) {
                problems.add(e.shown() + ": not a Flyway migration file name; name it V<version>__<description>.sql (e.g. V1.2__add_posts.sql)"
                        + " or R__<description>.sql");
            }
        }
        versioned.sort(Comparator.comparing(Named::version));
        List<MigrationFile> files = new ArrayList<>();
        Map<Long, Versioned> flyway = new HashMap<>();
        for (int k = 0; k < versioned.size(); k++) {
            Named n = versioned.get(k);
            if (k > 0 && n.version().sameAs(versioned.get(k - 1).version())) {
                problems.add(n.entry().shown() + ": Flyway version " + n.version() + " is also used by " + versioned.get(k - 1).entry().shown()
                        + "; give one of them the next free version");
                continue;
            }
            String text = n.entry().text().get();
            if (text == null) continue;
            if (text.isEmpty()) {
                problems.add(n.entry().shown() + ": the file is empty; write the migration, or a comment if it is meant to do nothing");
                continue;
            }
            long ordinal = files.size() + 1L;
            files.add(MigrationFile.parse(ordinal, n.description(), n.entry().shown(), text));
            flyway.put(ordinal, new Versioned(n.version(), FlywayChecksum.of(text), n.entry().shown()));
        }
        if (!problems.isEmpty()) throw new MigrationFileProblem(String.join("\n", problems));
        repeatables.sort(Comparator.comparing(RepeatableMigration::description));
        return new MigrationFiles(files, repeatables, flyway);
    }
}
