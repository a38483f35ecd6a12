package dev.cairn.spring.boot;

import dev.cairn.migrate.ClasspathMigrations;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationProblem;
import dev.cairn.migrate.RepeatableMigration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The migration files of {@code cairn.locations}: {@code classpath:} (the default prefix) and {@code filesystem:} ones. */
final class CairnMigrations {
    private CairnMigrations() {
    }

    static List<MigrationFile> load(List<String> locations, ClassLoader loader) {
        if (locations.equals(CairnProperties.DEFAULT_LOCATIONS) && loader.getResource("db/migrations") == null && loader.getResource("db/migration") != null) {
            locations = List.of("classpath:db/migration"); // an application moving from Flyway keeps its files where they are
        }
        if (locations.size() == 1) return loadOne(locations.get(0), loader); // as read: a Flyway folder's repeatable migrations with it
        List<MigrationFile> all = new ArrayList<>();
        Map<Long, MigrationFile> byVersion = new HashMap<>();
        for (String location : locations) {
            String l = location.strip();
            List<MigrationFile> files = loadOne(l, loader);
            if (!RepeatableMigration.of(files).isEmpty()) {
                throw new MigrationProblem("cairn.locations " + l + " holds Flyway repeatable migrations (R__*.sql): give a Flyway folder as the only location");
            }
            for (MigrationFile f : files) {
                MigrationFile other = byVersion.putIfAbsent(f.version(), f);
                if (other != null) {
                    throw new MigrationProblem("Version " + f.version() + " is in two cairn.locations: " + other.displayName() + " and " + f.displayName());
                }
                all.add(f);
            }
        }
        all.sort(Comparator.comparingLong(MigrationFile::version));
        return all;
    }

    private static List<MigrationFile> loadOne(String location, ClassLoader loader) {
        String l = location.strip();
        return l.startsWith("filesystem:") ? MigrationDirectory.load(Path.of(l.substring("filesystem:".length())), "")
                : ClasspathMigrations.load(l.startsWith("classpath:") ? l.substring("classpath:".length()) : l, loader);
    }
}
