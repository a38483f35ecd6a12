package dev.cairn.dialect.sqlite;

import java.nio.file.Path;
import java.util.Optional;

/** The database file behind a {@code jdbc:sqlite:} URL (none for in-memory databases). */
final class SqliteFiles {
    private SqliteFiles() {
    }

    static Optional<Path> fileOf(String url) {
        if (!url.startsWith("jdbc:sqlite:")) return Optional.empty();
        String rest = url.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        if (q >= 0) rest = rest.substring(0, q);
        if (rest.startsWith("file:")) rest = rest.substring(5);
        if (rest.isEmpty() || rest.equals(":memory:") || rest.startsWith(":resource:")) return Optional.empty();
        return Optional.of(Path.of(rest));
    }
}
