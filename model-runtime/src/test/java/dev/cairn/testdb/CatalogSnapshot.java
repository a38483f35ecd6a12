package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A live namespace's catalog as sorted plain text, read with the engine's own catalog queries and never with Cairn's
 * introspector: {@link SqliteCatalog} ({@code sqlite_master}, {@code pragma_*}), {@link PostgresCatalog}
 * ({@code pg_catalog} with the server's deparsers) and {@link MariaDbCatalog} ({@code information_schema}). One line
 * per object or part, each starting with what it belongs to ({@code table t column 002 name varchar(64) not-null},
 * {@code table t index …}, {@code sequence s …}), so a sorted snapshot groups each table's lines. The namespace's own
 * name is written {@code <ns>}, so snapshots of two namespaces compare equal when they hold the same schema.
 */
public final class CatalogSnapshot {
    public static final String NAMESPACE = "<ns>";

    private final List<String> lines;

    private CatalogSnapshot(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    /** The catalog of {@code namespace} (a PostgreSQL schema or MariaDB database; ignored for SQLite, whose namespace is the connection's file). */
    public static CatalogSnapshot of(Dialect dialect, Connection c, String namespace) throws SQLException {
        List<String> raw = switch (dialect) {
            case SQLITE -> SqliteCatalog.read(c);
            case POSTGRESQL -> PostgresCatalog.read(c, namespace);
            case MYSQL, MARIADB -> MariaDbCatalog.read(c, namespace);
        };
        List<String> out = new ArrayList<>();
        for (String line : raw) out.add(namespace == null ? line : line.replace(namespace, NAMESPACE));
        out.sort(null);
        return new CatalogSnapshot(out);
    }

    public static CatalogSnapshot of(LiveDatabase db) throws SQLException {
        return of(db.dialect(), db.connection(), db.namespace());
    }

    /** The sorted lines. */
    public List<String> lines() {
        return lines;
    }

    /** The lines, one a line. */
    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The lines of this snapshot that {@code other} lacks (a line twice here and once there counts once). */
    public List<String> linesNotIn(CatalogSnapshot other) {
        List<String> rest = new ArrayList<>(other.lines);
        List<String> out = new ArrayList<>();
        for (String line : lines) if (!rest.remove(line)) out.add(line);
        return out;
    }

    /**
     * Fails unless the two snapshots are equal, listing the lines only in each; {@code context} (a script, say) is
     * added to the message.
     */
    public static void assertSameCatalog(String expectedName, CatalogSnapshot expected, String actualName, CatalogSnapshot actual, String context) {
        if (expected.lines.equals(actual.lines)) return;
        StringBuilder m = new StringBuilder("the catalog of " + actualName + " differs from that of " + expectedName + ":");
        for (String line : expected.linesNotIn(actual)) m.append("\n  - only in ").append(expectedName).append(": ").append(line);
        for (String line : actual.linesNotIn(expected)) m.append("\n  + only in ").append(actualName).append(": ").append(line);
        if (context != null) m.append("\n").append(context);
        fail(m.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogSnapshot other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
