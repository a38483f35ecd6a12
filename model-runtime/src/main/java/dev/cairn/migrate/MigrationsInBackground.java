package dev.cairn.migrate;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Migration files read on another thread while the migrator connects to the database: a no-op upgrade is mostly
 * reading the files and opening the database, and the two need not wait for each other. The first look at the list
 * waits for the read, and rethrows what it threw (a naming mistake, an unreadable file) as it was thrown.
 */
final class MigrationsInBackground extends AbstractList<MigrationFile> {
    private final CompletableFuture<List<MigrationFile>> read;

    private MigrationsInBackground(Supplier<List<MigrationFile>> reader) {
        this.read = CompletableFuture.supplyAsync(reader);
    }

    static List<MigrationFile> start(Supplier<List<MigrationFile>> reader) {
        return new MigrationsInBackground(reader);
    }

    private List<MigrationFile> files() {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    List<RepeatableMigration> repeatables() {
        return RepeatableMigration.of(files());
    }

    java.util.Map<Long, FlywayLayout.Versioned> flyway() {
        return files() instanceof MigrationFiles m ? m.flyway() : java.util.Map.of();
    }

    @Override
    public MigrationFile get(int index) {
        return files().get(index);
    }

    @Override
    public int size() {
        return files().size();
    }
}
