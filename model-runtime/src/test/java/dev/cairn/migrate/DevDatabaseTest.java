package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.Table;
import dev.cairn.sql.CairnProblem;
import dev.cairn.sql.SqlProblem;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DDL built at run time (issue 14, item 9) on each engine: without a scratch database the migration is refused at the
 * statement, naming db.devUrl, and never with a wrong "does not exist"; with one, the schema after that file is read
 * back from the scratch database, a later statement that uses what the dynamic DDL made is accepted, the upgrade of the
 * real database then validates clean, and the scratch schema, database or file is gone afterwards.
 */
class DevDatabaseTest {
    @TempDir
    Path dir;
    LiveDatabase live;
    MigrationsOnDisk project;

    @AfterEach
    void dropNamespace() throws SQLException {
        if (live != null) live.close();
    }

    /** 001 creates t, 002 adds t.b with DDL built at run time (at {@code line}:{@code column}), 003 indexes t.b. */
    private String project(Dialect d) throws Exception {
        live = d == Dialect.SQLITE ? null : LiveDatabase.of(d);
        project = live == null ? new MigrationsOnDisk(dir) : MigrationsOnDisk.on(dir, live);
        project.file("001_create_t.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(20));\nINSERT INTO t (id, a) VALUES (1, 'x');\n");
        project.file("002_add_b.sql", switch (d) {
            case SQLITE -> """
                    -- SQLite's own way to change a table in place: edit the catalog
                    PRAGMA writable_schema = ON;
                    UPDATE sqlite_master SET sql = 'CREATE TABLE t (id INTEGER PRIMARY KEY, a VARCHAR(20), b VARCHAR(20))'
                     WHERE type = 'table' AND name = 't';
                    PRAGMA writable_schema = RESET;
                    """;
            case POSTGRESQL -> """
                    DO $$
                    BEGIN
                      EXECUTE format('ALTER TABLE %I ADD COLUMN %I varchar(20)', 't', 'b');
                    END
                    $$;
                    """;
            default -> """
                    SET @ddl = CONCAT('ALTER TABLE t ADD COLUMN ', 'b VARCHAR(20)');
                    PREPARE stmt FROM @ddl;
                    EXECUTE stmt;
                    DEALLOCATE PREPARE stmt;
                    """;
        });
        project.file("003_index_b.sql", "CREATE INDEX ix_t_b ON t (b);\n");
        return switch (d) {
            case SQLITE -> "migrations/002_add_b.sql:3:8";
            case POSTGRESQL -> "migrations/002_add_b.sql:1:1";
            default -> "migrations/002_add_b.sql:3:1";
        };
    }

    private DevDatabase dev(Dialect d) {
        String url = switch (d) {
            case SQLITE -> "jdbc:sqlite:" + dir.resolve("scratch.db");
            case POSTGRESQL -> LiveDatabase.POSTGRES_URL;
            default -> LiveDatabase.MARIADB_URL;
        };
        return DevDatabase.at(url, project.user(), null);
    }

    private Migrator migrator(DevDatabase dev) {
        return new Migrator(project.settings().withDevDatabase(dev), project.log::add);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void withoutAScratchDatabaseTheStatementIsRefusedWhereItStands(Dialect d) throws Exception {
        String at = project(d);
        SqlProblem p = assertThrows(SqlProblem.class, () -> migrator(DevDatabase.NONE).upgrade(null, false));
        assertTrue(p.getMessage().startsWith(at + ": Cairn cannot know what this statement does to the schema"), p.getMessage());
        assertTrue(p.getMessage().contains("db.devUrl"), p.getMessage());
        assertFalse(p.getMessage().contains("does not exist"), p.getMessage());
        assertThrows(SqlProblem.class, () -> new SchemaAtVersion(d).replay(project.settings().migrations(), null));
        assertEquals(2L, new SchemaAtVersion(d).replay(project.settings().migrations(), 1L).version() + 1, "files before it still replay");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void withAScratchDatabaseTheSchemaAfterTheFileIsReadBackAndLaterStatementsAreAccepted(Dialect d) throws Exception {
        project(d);
        int scratchBefore = scratchNamespaces(d);
        DevDatabase dev = dev(d);
        Schema head = new SchemaAtVersion(d, dev).replay(project.settings().migrations(), null).schema();
        Table t = head.table("t").orElseThrow();
        assertTrue(t.column("b").isPresent(), "the column the dynamic DDL added: " + t);
        assertTrue(t.indexes().stream().anyMatch(i -> i.name().equals("ix_t_b")), "the later index on it: " + t);

        assertEquals(3, migrator(dev).upgrade(null, false));
        migrator(dev).validate(); // upgrade, then validate clean: the live schema is the model
        Schema introspected = introspectProject(d);
        assertTrue(SchemaDifferences.between(head, introspected).isEmpty(), SchemaDifferences.between(head, introspected).toString());
        assertEquals(scratchBefore, scratchNamespaces(d), "the scratch schema or database is dropped");
        assertFalse(Files.exists(dir.resolve("scratch.db")), "the scratch file is deleted");

        String status = String.join("\n", migrator(dev).status().lines());
        assertTrue(status.contains("2  add b") && status.contains("[irreversible]"), status);
        assertEquals(2, migrator(dev).downgrade(null, false), "the migration after it has a derived down");
        CairnProblem down = assertThrows(CairnProblem.class, () -> migrator(dev).downgrade(null, false));
        assertTrue(down.getMessage().contains("DDL built at run time"), down.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void aProcedureThatAltersATable(Dialect d) throws Exception {
        project(d);
        project.file("002_add_b.sql", d == Dialect.POSTGRESQL
                ? "CREATE PROCEDURE add_b() LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE t ADD COLUMN b varchar(20); END $$;\nCALL add_b();\n"
                : "CREATE PROCEDURE add_b() BEGIN ALTER TABLE t ADD COLUMN b VARCHAR(20); END;\nCALL add_b();\n");
        SqlProblem p = assertThrows(SqlProblem.class, () -> migrator(DevDatabase.NONE).upgrade(null, false));
        assertTrue(p.getMessage().startsWith("migrations/002_add_b.sql:2:1: "), p.getMessage());
        assertTrue(p.getMessage().contains("CALL add_b runs a procedure"), p.getMessage());
        assertEquals(3, migrator(dev(d)).upgrade(null, false));
        migrator(dev(d)).validate();
    }

    @Test
    void aSqliteScratchFileMustBeNewOrEmpty() throws Exception {
        project(Dialect.SQLITE);
        Path used = dir.resolve("scratch.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + used); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE precious (x INT)");
        }
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> migrator(dev(Dialect.SQLITE)).upgrade(null, false));
        assertTrue(p.getMessage().contains("is not empty"), p.getMessage());
        assertTrue(Files.size(used) > 0, "the file is left alone");
    }

    @Test
    void theRuntimeBuilderWithAnInMemorySqliteScratchDatabase() throws Exception {
        project(Dialect.SQLITE);
        Migrator m = Migrator.configure().url(project.url()).migrationsIn(project.folder).devUrl("jdbc:sqlite::memory:").log(project.log::add).build();
        assertEquals(3, m.upgrade(null, false));
        m.validate();
        SqlProblem p = assertThrows(SqlProblem.class, () -> Migrator.configure().url(project.url()).migrationsIn(project.folder)
                .log(project.log::add).build().validate());
        assertTrue(p.getMessage().contains("db.devUrl"), p.getMessage());
    }

    private Schema introspectProject(Dialect d) throws SQLException {
        if (live != null) return IntrospectionOptions.excluding(HistoryTable.DEFAULT_NAME).applyTo(live.introspect());
        try (Connection c = DriverManager.getConnection(project.url())) {
            return Engines.of(d).introspector().introspect(c, IntrospectionOptions.excluding(HistoryTable.DEFAULT_NAME));
        }
    }

    private int scratchNamespaces(Dialect d) throws SQLException {
        if (live == null) return 0;
        String sql = d == Dialect.POSTGRESQL ? "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'cairn\\_dev\\_%'"
                : "SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'cairn\\_dev\\_%'";
        try (Statement s = live.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
