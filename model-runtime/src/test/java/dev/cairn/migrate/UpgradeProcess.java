package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A separate migrator process for the concurrency and crash tests:
 * {@code UpgradeProcess <jdbc-url> <migrations-folder> [user]}; the dialect comes from the URL; the system property
 * {@code cairn.lockLease} (seconds) sets the lease of the migration lock on a cluster.
 */
public final class UpgradeProcess {
    private UpgradeProcess() {
    }

    public static void main(String[] args) {
        try {
            MigratorSettings settings = new MigratorSettings(Dialect.fromJdbcUrl(args[0]),
                    new ConnectionSettings(args[0], args.length > 2 ? args[2] : null, null),
                    MigrationDirectory.load(Path.of(args[1]), ""), null, false, 1, false, Duration.ofMinutes(2), "process", true)
                    .withLockLease(Duration.ofSeconds(Long.getLong("cairn.lockLease", MigratorSettings.DEFAULT_LOCK_LEASE.toSeconds())));
            long reached = new Migrator(settings, m -> {
                System.out.println(m);
                System.out.flush();
            }).upgrade(null, false);
            System.out.println("REACHED " + reached);
            System.exit(0);
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getMessage());
            System.exit(1);
        }
    }
}
