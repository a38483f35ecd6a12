package dev.cairn.dialect.sqlite;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A consistent copy of a SQLite file beside it, taken with {@code VACUUM INTO} before a migration changes the file:
 * {@code <file>.<yyyyMMdd-HHmmss-SSS>-<pid>.v<version>.backup}.
 * <ul>
 *   <li>The copy is written under a temporary name ({@code ….backup.partial}), checked with {@code PRAGMA quick_check}
 *   and only then renamed (atomically where the file system can): a copy that failed half-way (disk full, a kill) never
 *   has a backup's name, so it is never taken for one. Every failure names both files.</li>
 *   <li>No new copy when the database has not changed since the newest copy of the same version (a failed upgrade
 *   retried five times keeps one copy).</li>
 *   <li>Pruning keeps the {@code keep} newest copies, and always the newest copy of each version.</li>
 *   <li>A partial copy left by a migrator that was killed while copying is deleted by the next upgrade or downgrade
 *   ({@link #deletePartialCopiesOfStoppedMigrators}), whether or not it has anything to do.</li>
 * </ul>
 */
final class SqliteBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** The stamp of this process's newest copy: two migrators of one process (one pid) never name a copy alike. */
    private static LocalDateTime lastStamp;
    private static final Pattern NAME = Pattern.compile("\\.\\d{8}-\\d{6}-\\d{3}-(\\d+)\\.v(\\d+)\\.backup(\\.partial)?");
    static final String PARTIAL = ".partial";

    private SqliteBackups() {
    }

    /** A copy of the file behind {@code url}, when it is a file with content; the newest copy when nothing changed since. */
    static Optional<Path> beforeChange(Connection c, String url, long version, int keep) throws SQLException {
        Optional<Path> file = SqliteFiles.fileOf(url);
        if (file.isEmpty() || !Files.exists(file.get()) || sizeOf(file.get()) == 0) return Optional.empty();
        Optional<Path> unchanged = newestUnchangedCopy(file.get(), version);
        if (unchanged.isPresent()) return unchanged;
        return Optional.of(backUp(c, file.get(), version, keep));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The newest copy of {@code version}, when the database file was not written after it was taken. */
    private static Optional<Path> newestUnchangedCopy(Path database, long version) {
        List<Backup> backups = backups(database);
        Optional<Backup> newest = backups.stream().filter(b -> !b.partial() && b.version() == version).findFirst();
        if (newest.isEmpty()) return Optional.empty();
        try {
            boolean unchanged = Files.getLastModifiedTime(database).compareTo(Files.getLastModifiedTime(newest.get().path())) < 0
                    && !Files.exists(database.resolveSibling(database.getFileName() + "-wal"));
            return unchanged ? Optional.of(newest.get().path()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path backUp(Connection connection, Path database, long version, int keep) throws SQLException {
        Path target = database.resolveSibling(database.getFileName() + "." + uniqueStamp() + "-"
                + ProcessHandle.current().pid() + ".v" + version + ".backup");
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM INTO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            String check = quickCheck(partial);
            if (!"ok".equalsIgnoreCase(check)) throw new SQLException("PRAGMA quick_check of the copy says: " + check);
            move(partial, target);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            deleteQuietly(partial.resolveSibling(partial.getFileName() + "-journal"));
            throw new SQLException("Cannot back up " + database + " to " + target.getFileName() + " (nothing was changed; the database is as it was): "
                    + e.getMessage() + ". Free space in " + database.toAbsolutePath().getParent() + ", or turn backups off with db.backup=false", e);
        }
        prune(database, keep);
        return target;
    }

    /** Now, in milliseconds, later than every stamp this process gave before (the name holds the pid, not the thread). */
    static synchronized String uniqueStamp() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        if (lastStamp != null && !now.isAfter(lastStamp)) now = lastStamp.plusNanos(1_000_000);
        lastStamp = now;
        return now.format(STAMP);
    }

    private static String quickCheck(Path copy) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA quick_check")) {
            return r.next() ? r.getString(1) : "no answer";
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean deleteQuietly(Path p) {
        try {
            return Files.deleteIfExists(p);
        } catch (IOException ignored) {
            return false; // reported with the failure that led here, or left for the next run
        }
    }

    /** A backup beside the database, complete or partial. */
    record Backup(Path path, long pid, long version, boolean partial) {
    }

    /** The database's backups, newest first. */
    static List<Backup> backups(Path database) {
        String prefix = database.getFileName().toString();
        Path folder = database.toAbsolutePath().getParent();
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix)) continue;
                Matcher m = NAME.matcher(name.substring(prefix.length()));
                if (m.matches()) out.add(new Backup(p, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), m.group(3) != null));
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing((Backup b) -> b.path().getFileName().toString()).reversed());
        return out;
    }

    /**
     * Deletes the partial copies ({@code ….backup.partial}, and their journals) that migrators killed while copying left
     * beside the file behind {@code url}: those whose process is no longer running. Returns the copies deleted.
     */
    static List<Path> deletePartialCopiesOfStoppedMigrators(String url) {
        Optional<Path> file = SqliteFiles.fileOf(url);
        if (file.isEmpty()) return List.of();
        List<Path> deleted = new ArrayList<>();
        for (Backup b : backups(file.get())) {
            if (b.partial() && b.pid() != ProcessHandle.current().pid() && ProcessHandle.of(b.pid()).isEmpty()) {
                deleteQuietly(b.path().resolveSibling(b.path().getFileName() + "-journal"));
                if (deleteQuietly(b.path())) deleted.add(b.path());
            }
        }
        return deleted;
    }

    /** Deletes complete copies beyond the {@code keep} newest, but never the newest copy of a version. */
    private static void prune(Path database, int keep) {
        Set<Long> versionsKept = new HashSet<>();
        int kept = 0;
        for (Backup b : backups(database)) {
            try {
                if (b.partial()) continue;
                boolean newestOfItsVersion = versionsKept.add(b.version());
                if (kept < keep || newestOfItsVersion) kept++;
                else Files.deleteIfExists(b.path());
            } catch (IOException e) {
                // another migrator may be pruning at the same time; a copy left over is harmless
            }
        }
    }
}
