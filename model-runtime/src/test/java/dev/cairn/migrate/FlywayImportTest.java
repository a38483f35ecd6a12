package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.testdb.FreshNamespace;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code db:import-flyway} on a project the real Flyway (flyway-core 13, which still reads SQLite itself) migrated, on
 * SQLite and PostgreSQL: dotted versions, a repeatable view; imported, validated, upgraded with a new migration,
 * downgraded through a migration Flyway applied, and an edited repeatable file re-applied alone.
 */
class FlywayImportTest {
    @TempDir
    Path dir;
    FreshNamespace ns;
    final List<String> log = new ArrayList<>();

    @AfterEach
    void close() throws SQLException {
        if (ns != null) ns.close();
    }

    /** V1, V1.1, V1.2.1, V2_1 (= 2.1) and a repeatable view; V10 would sort before V1.1 as text. */
    private Path project(Dialect dialect) throws Exception {
        ns = FreshNamespace.of(dialect);
        Path folder = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(folder.resolve("V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(64) NOT NULL);\n");
        Files.writeString(folder.resolve("V1.1__create_posts.sql"),
                "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), body VARCHAR(140));\n"
                        + "INSERT INTO users (id, name) VALUES (1, 'ann');\nINSERT INTO posts (id, user_id, body) VALUES (1, 1, 'hello');\n");
        Files.writeString(folder.resolve("V1.2.1__add_email.sql"), "ALTER TABLE users ADD COLUMN email VARCHAR(120);\n");
        Files.writeString(folder.resolve("V2_1__add_title.sql"), "ALTER TABLE posts ADD COLUMN title VARCHAR(80);\n");
        writeView(folder, "u.name, p.body");
        return folder;
    }

    private void writeView(Path folder, String columns) throws Exception {
        String select = "SELECT " + columns + " FROM users u JOIN posts p ON p.user_id = u.id;\n";
        Files.writeString(folder.resolve("R__user_posts.sql"), ns.dialect() == Dialect.SQLITE
                ? "DROP VIEW IF EXISTS user_posts;\nCREATE VIEW user_posts AS " + select
                : "CREATE OR REPLACE VIEW user_posts AS " + select);
    }

    private void flywayMigrate(Path folder) {
        var config = Flyway.configure().dataSource(ns.url(), ns.user(), null).locations("filesystem:" + folder);
        if (ns.name() != null) config = config.defaultSchema(ns.name()).schemas(ns.name());
        config.load().migrate();
    }

    private Migrator cairn(Path folder) {
        return new Migrator(Migrator.configure().url(ns.url()).user(ns.user()).migrations(MigrationDirectory.load(folder, "db/migration/"))
                .appliedBy("test").settings(), log::add);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL"})
    void aProjectFlywayMigratedIsImportedThenUpgradedDowngradedAndItsEditedRepeatableAloneReapplied(Dialect dialect) throws Exception {
        Path folder = project(dialect);
        flywayMigrate(folder);
        List<String> flywayRows = strings("SELECT installed_rank || ' ' || coalesce(version, 'R') || ' ' || checksum FROM flyway_schema_history ORDER BY 1");

        assertEquals(4, cairn(folder).importFlyway(), "V2_1 is the fourth migration in Flyway's order");
        assertTrue(text().contains("Current database version: 4 (Flyway version 2.1)"), text());
        assertEquals(List.of("1 db/migration/V1__create_users.sql", "2 db/migration/V1.1__create_posts.sql", "3 db/migration/V1.2.1__add_email.sql",
                "4 db/migration/V2_1__add_title.sql"), strings("SELECT version || ' ' || file_name FROM cairn_history ORDER BY version"));
        assertEquals(flywayRows, strings("SELECT installed_rank || ' ' || coalesce(version, 'R') || ' ' || checksum FROM flyway_schema_history ORDER BY 1"),
                "Flyway's table is left as it is");
        cairn(folder).validate();
        assertEquals(4, cairn(folder).status().currentVersion());

        Files.writeString(folder.resolve("V10__create_tags.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY, label VARCHAR(30));\n");
        assertEquals(5, cairn(folder).upgrade(null, false));
        assertLiveEqualsReplayWithView(folder, 5);
        assertEquals(3, cairn(folder).downgrade(3L, false), "down through V10 and V2_1, which Flyway applied, by their derived downs");
        assertFalse(columns("posts").contains("title"), columns("posts").toString());
        assertEquals(List.of("hello"), strings("SELECT body FROM user_posts"), "the repeatable view outlives the downgrade");
        cairn(folder).validate();
        assertEquals(5, cairn(folder).upgrade(null, false));

        writeView(folder, "u.name, p.body, p.title");
        log.clear();
        assertEquals(5, cairn(folder).upgrade(null, true));
        assertTrue(text().contains("-- repeatable db/migration/R__user_posts.sql (changed since last applied, or new; no down)")
                && text().contains("p.title"), "the dry run shows the repeatable it would apply: " + text());
        assertFalse(columns("user_posts").contains("title"), "a dry run changes nothing");
        log.clear();
        assertEquals(5, cairn(folder).upgrade(null, false));
        assertTrue(text().contains("Applying repeatable user posts (db/migration/R__user_posts.sql)"), text());
        assertFalse(text().contains("Applying 1 ") || text().contains("Applying 5 "), "only the edited repeatable runs: " + text());
        assertTrue(columns("user_posts").contains("title"), columns("user_posts").toString());
        cairn(folder).validate();
        log.clear();
        assertEquals(5, cairn(folder).upgrade(null, false));
        assertFalse(text().contains("Applying repeatable"), "applied once: " + text());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL"})
    void aFailedFlywayRowIsRefusedNamingIt(Dialect dialect) throws Exception {
        Path folder = project(dialect);
        flywayMigrate(folder);
        // Flyway writes success = false where DDL commits by itself (MySQL); written here as Flyway writes it there
        execute("UPDATE flyway_schema_history SET success = " + (dialect == Dialect.SQLITE ? "0" : "false") + " WHERE version = '1.2.1'");
        MigrationProblem p = assertThrows(MigrationProblem.class, () -> cairn(folder).importFlyway());
        assertTrue(p.getMessage().contains("version 1.2.1 (V1.2.1__add_email.sql) failed in Flyway"), p.getMessage());
        assertFalse(tables().contains("cairn_history"), "a refused import leaves nothing behind: " + tables());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL"})
    void driftAPendingFileAndAnEditedFileAreRefused(Dialect dialect) throws Exception {
        Path folder = project(dialect);
        flywayMigrate(folder);
        execute("ALTER TABLE users ADD COLUMN sneaky VARCHAR(10)");
        MigrationProblem drift = assertThrows(MigrationProblem.class, () -> cairn(folder).importFlyway());
        assertTrue(drift.getMessage().contains("does not match the migrations at Flyway version 2.1") && drift.getMessage().contains("sneaky"),
                drift.getMessage());
        assertFalse(tables().contains("cairn_history"), tables().toString());

        Files.writeString(folder.resolve("V1.3__late.sql"), "CREATE TABLE late (id INTEGER PRIMARY KEY);\n");
        Files.writeString(folder.resolve("V1__create_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(65) NOT NULL);\n");
        MigrationProblem pending = assertThrows(MigrationProblem.class, () -> cairn(folder).importFlyway());
        assertTrue(pending.getMessage().contains("db/migration/V1.3__late.sql is pending in Flyway"), pending.getMessage());
        assertTrue(pending.getMessage().contains("db/migration/V1__create_users.sql was edited after Flyway applied it"), pending.getMessage());
    }

    private void assertLiveEqualsReplayWithView(Path folder, long version) throws SQLException {
        List<ReplayedMigration> replayed = cairn(folder).replayed();
        var expected = RepeatableReplay.over(ns.dialect(), replayed.get((int) version - 1).after(),
                RepeatableMigration.of(MigrationDirectory.load(folder, "db/migration/")).stream().map(RepeatableMigration::file).toList());
        var live = ns.introspect();
        SchemaDifferences diff = SchemaDifferences.between(ns.asStored(expected), live.withoutTable("cairn_history").withoutTable("cairn_history_repeatable").withoutTable("flyway_schema_history"));
        assertTrue(diff.isEmpty(), diff.toString());
    }

    private String text() {
        return String.join("\n", log);
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = ns.connection().createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = ns.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    private List<String> tables() throws SQLException {
        return List.copyOf(ns.introspect().tables().keySet());
    }

    private List<String> columns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = ns.connection().createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int k = 1; k <= r.getMetaData().getColumnCount(); k++) out.add(r.getMetaData().getColumnName(k).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
