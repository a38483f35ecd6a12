package dev.cairn.spring.boot;

import dev.cairn.migrate.ClasspathMigrations;
import dev.cairn.migrate.MigrationDirectory;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationProblem;

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
        List<MigrationFile> all = new ArrayList<>();
        Map<Long, MigrationFile> byVersion = new HashMap<>();
        for (String location : locations) {
            String l = location.strip();
            List<MigrationFile> files = l.startsWith("filesystem:") ? MigrationDirectory.load(Path.of(l.substring("filesystem:".length())), "")
                    : ClasspathMigrations.load(l.startsWith("classpath:") ? l.substring("classpath:".length()) : l, loader);
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
}
