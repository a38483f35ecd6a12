package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A temporary project for migrator tests: a migrations folder with files and a SQLite database file beside it, or,
 * with {@link #on(Path, LiveDatabase)}, the fresh schema (PostgreSQL) or database (MariaDB) of a live server.
 */
final class MigrationsOnDisk {
    final Path root;
    final Path folder;
    final Path database;
    final List<String> log = new ArrayList<>();
    private final LiveDatabase live;
    private String sqliteParameters = "";

    MigrationsOnDisk(Path root) throws IOException {
        this(root, null);
    }

    private MigrationsOnDisk(Path root, LiveDatabase live) throws IOException {
        this.root = root;
        this.folder = Files.createDirectories(root.resolve("migrations"));
        this.database = root.resolve("app.db");
        this.live = live;
    }

    /** Migrations applied to the namespace {@code live} owns, through a URL of its own (as a user would configure it). */
    static MigrationsOnDisk on(Path root, LiveDatabase live) throws IOException {
        return new MigrationsOnDisk(root, live);
    }

    Dialect dialect() {
        return live == null ? Dialect.SQLITE : live.dialect();
    }

    String user() {
        return live == null ? null : live.dialect() == Dialect.POSTGRESQL ? "postgres" : "root";
    }

    MigrationsOnDisk file(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
        return this;
    }

    /** SQLite with foreign keys enforced on every connection the migrator opens ({@code ?foreign_keys=on}). */
    MigrationsOnDisk enforcingForeignKeys() {
        sqliteParameters = "?foreign_keys=on";
        return this;
    }

    String url() {
        if (live == null) return "jdbc:sqlite:" + database + sqliteParameters;
        return live.url();
    }

    MigratorSettings settings() {
        return settings(false);
    }

    MigratorSettings settings(boolean outOfOrder) {
        return new MigratorSettings(dialect(), new ConnectionSettings(url(), user(), null), MigrationDirectory.load(folder, "migrations/"),
                null, true, 3, outOfOrder, Duration.ofSeconds(30), "test", true);
    }

    Migrator migrator() {
        return new Migrator(settings(), log::add);
    }

    Migrator migrator(TransactionScope scope) {
        return new Migrator(settings().withTransactionScope(scope), log::add);
    }

    /** A migrator in a process of its own ({@link UpgradeProcess}), its output and errors on its input stream. */
    Process startUpgradeProcess() throws IOException {
        return startUpgradeProcess(url(), MigratorSettings.DEFAULT_LOCK_LEASE);
    }

    /** A migrator process on {@code url} (one node of a cluster, say), whose lock lease on a cluster is {@code lease}. */
    Process startUpgradeProcess(String url, Duration lease) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dcairn.lockLease=" + lease.toSeconds(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), UpgradeProcess.class.getName(), url, folder.toString()));
        if (user() != null) command.add(user());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    String logText() {
        return String.join("\n", log);
    }
}
