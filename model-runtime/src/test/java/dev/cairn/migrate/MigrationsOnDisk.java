package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A temporary project for migrator tests: a migrations folder with files and a SQLite database file beside it. */
final class MigrationsOnDisk {
    final Path root;
    final Path folder;
    final Path database;
    final List<String> log = new ArrayList<>();

    MigrationsOnDisk(Path root) throws IOException {
        this.root = root;
        this.folder = Files.createDirectories(root.resolve("migrations"));
        this.database = root.resolve("app.db");
    }

    MigrationsOnDisk file(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
        return this;
    }

    String url() {
        return "jdbc:sqlite:" + database;
    }

    MigratorSettings settings() {
        return settings(false);
    }

    MigratorSettings settings(boolean outOfOrder) {
        return new MigratorSettings(Dialect.SQLITE, new ConnectionSettings(url(), null, null), MigrationDirectory.load(folder, "migrations/"),
                null, true, 3, outOfOrder, Duration.ofSeconds(30), "test", true);
    }

    Migrator migrator() {
        return new Migrator(settings(), log::add);
    }

    String logText() {
        return String.join("\n", log);
    }
}
