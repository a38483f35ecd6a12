package dev.cairn.migrate;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.TableRebuild;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.UnknownEffect;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scratch database ({@code db.devUrl}) where Cairn learns what DDL built at run time did, as Atlas does with its
 * dev database: when a migration holds a statement whose effect on the schema replay cannot know ({@link UnknownEffect}),
 * the migrations up to it are applied there and the schema after it is read back by the engine's introspector. On
 * PostgreSQL, MySQL and MariaDB Cairn creates a schema or database of its own there ({@code cairn_dev_…}) and drops it
 * when done; on SQLite the URL names a new or empty file (or {@code :memory:}), deleted when done. Without one such a
 * statement is refused with the hint to configure it ({@link #NONE}).
 */
public final class DevDatabase {
    /** No scratch database: a statement whose effect is unknown is refused. */
    public static final DevDatabase NONE = new DevDatabase(null);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectionSettings connection;
    /** Schemas read back, by the files applied (versions and checksums): drift checks and later commands ask again. */
    private final Map<String, Schema> readBack = new ConcurrentHashMap<>();

    public DevDatabase(ConnectionSettings connection) {
        this.connection = connection;
    }

    /** The scratch database at {@code url} (none when blank), reached as {@code user}. */
    public static DevDatabase at(String url, String user, String password) {
        return url == null || url.isBlank() ? NONE : new DevDatabase(new ConnectionSettings(url.strip(), user, password));
    }

    public boolean configured() {
        return connection != null;
    }

    /** How to reach it; null when none is configured. */
    ConnectionSettings connection() {
        return connection;
    }

    /** Where it is, as it may be shown; null when none is configured. */
    public String shownUrl() {
        return connection == null ? null : connection.shownUrl();
    }

    /** A session for one replay: it connects when first asked and drops what it created on {@link Session#close()}. */
    Session session(Dialect dialect) {
        return new Session(Engines.of(dialect));
    }

    /** The refusal when no scratch database is configured. */
    static SqlProblem refusal(UnknownEffect unknown) {
        return new SqlProblem(unknown.position(), unknown.statement().sql(),
                "Cairn cannot know what this statement does to the schema: " + unknown.why(),
                "configure a scratch database that Cairn may create and drop (db.devUrl in the plugin, devUrl(…) on Migrator.configure(): "
                        + "a new or empty SQLite file, or a PostgreSQL or MariaDB server where Cairn creates a schema or database of its own); "
                        + "Cairn then applies the migrations there and reads the schema after this file back. Or write the DDL itself in the migration");
    }

    /** One replay's use of the scratch database. */
    final class Session implements AutoCloseable {
        private final Engine engine;
        private final ConnectionRules rules;
        private final List<MigrationFile> applied = new ArrayList<>();
        private Connection c;
        private String namespace;
        private Path file;

        private Session(Engine engine) {
            this.engine = engine;
            this.rules = engine.connections();
        }

        /** The schema after {@code upTo} (the migrations in order, the last one holding {@code unknown}), as the engine made it. */
        Schema schemaAfter(List<MigrationFile> upTo, UnknownEffect unknown) {
            if (connection == null) throw refusal(unknown);
            String key = key(upTo);
            Schema known = readBack.get(key);
            if (known != null) return known;
            try {
                if (c == null || !startsWith(upTo, applied)) reopen();
                StatementSplitter splitter = new StatementSplitter(engine.syntax());
                for (MigrationFile m : upTo.subList(applied.size(), upTo.size())) {
                    apply(splitter, m);
                    applied.add(m);
                }
                Schema schema = engine.introspector().introspect(c);
                readBack.put(key, schema);
                return schema;
            } catch (SQLException e) {
                throw new MigrationProblem("The scratch database " + connection.shownUrl() + " (db.devUrl), where Cairn applies the migrations to learn what "
                        + unknown.position() + " does to the schema, failed: " + connection.mask(e.getMessage()), e);
            } catch (MigrationProblem e) {
                throw new MigrationProblem("The scratch database " + connection.shownUrl() + " (db.devUrl), where Cairn applies the migrations to learn what "
                        + unknown.position() + " does to the schema, refused a migration: " + e.getMessage(), e);
            }
        }

        private void apply(StatementSplitter splitter, MigrationFile m) throws SQLException {
            boolean transaction = !m.runsOutsideTransaction();
            c.setAutoCommit(!transaction);
            TableRebuild rebuild = transaction ? engine.migration().beginRebuild(c, m.upSql()).orElse(null) : null;
            try {
                StatementRunner.run(c, MigrationReplay.upStatements(splitter, m), connection);
                TableRebuilds.finish(rebuild, c);
                if (transaction) c.commit();
            } catch (SQLException | RuntimeException e) {
                MigratorConnections.rollbackQuietly(c);
                throw e;
            } finally {
                TableRebuilds.restore(rebuild, c);
            }
        }

        /** A fresh scratch namespace (a fresh file on SQLite), entered. */
        private void reopen() throws SQLException {
            close();
            Optional<Path> f = rules.databaseFile(connection.url());
            if (f.isPresent() && Files.exists(f.get()) && size(f.get()) > 0) {
                throw new MigrationProblem("The scratch database " + connection.shownUrl() + " (db.devUrl) is not empty: name a new or empty SQLite "
                        + "file (or jdbc:sqlite::memory:); Cairn deletes it when done");
            }
            file = f.orElse(null);
            if (file != null && file.toAbsolutePath().getParent() != null) createDirectories(file.toAbsolutePath().getParent());
            c = connection.open(rules.forChanges(Duration.ofSeconds(30)));
            namespace = "cairn_dev_" + HexFormat.of().formatHex(RANDOM.generateSeed(6));
            rules.enterNamespace(c, namespace, true);
        }

        @Override
        public void close() {
            applied.clear();
            if (c == null) return;
            try {
                MigratorConnections.rollbackQuietly(c);
                c.setAutoCommit(true);
                rules.dropNamespace(c, namespace);
            } catch (SQLException e) {
                // a scratch namespace left behind is named cairn_dev_…, harmless
            } finally {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // going away
                }
                c = null;
                if (file != null) deleteQuietly(file);
            }
        }

        private static boolean startsWith(List<MigrationFile> files, List<MigrationFile> prefix) {
            return files.size() >= prefix.size() && key(files.subList(0, prefix.size())).equals(key(prefix));
        }
    }

    private static String key(List<MigrationFile> files) {
        StringBuilder b = new StringBuilder();
        for (MigrationFile m : files) b.append(m.version()).append(':').append(m.checksum()).append(';');
        return b.toString();
    }

    /** The file's size; 1 (not empty) when it cannot be read. */
    static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 1;
        }
    }

    private static void createDirectories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MigrationProblem("Cannot create " + folder + " for the scratch database (db.devUrl): " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path f) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(f + suffix));
            } catch (IOException ignored) {
                // a scratch file left behind is harmless
            }
        }
    }
}
