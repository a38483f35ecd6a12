package dev.cairn.dialect.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A consistent copy of a SQLite file beside it, taken with {@code VACUUM INTO} before a migration changes the file:
 * {@code <file>.<yyyyMMdd-HHmmss-SSS>-<pid>.v<version>.backup}. Older copies beyond {@code keep} are deleted.
 */
final class SqliteBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private SqliteBackups() {
    }

    /** A copy of the file behind {@code url}, when it is a file with content. */
    static Optional<Path> beforeChange(Connection c, String url, long version, int keep) throws SQLException {
        Optional<Path> file = SqliteFiles.fileOf(url);
        if (file.isEmpty() || !Files.exists(file.get()) || sizeOf(file.get()) == 0) return Optional.empty();
        return Optional.of(backUp(c, file.get(), version, keep));
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path backUp(Connection connection, Path database, long version, int keep) throws SQLException {
        Path target = database.resolveSibling(database.getFileName() + "." + LocalDateTime.now().format(STAMP) + "-"
                + ProcessHandle.current().pid() + ".v" + version + ".backup");
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        prune(database, keep);
        return target;
    }

    private static void prune(Path database, int keep) {
        String prefix = database.getFileName() + ".";
        Path folder = database.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".backup"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
            for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) Files.deleteIfExists(old);
        } catch (IOException e) {
            // another migrator may be pruning at the same time; a copy left over is harmless
        }
    }
}
