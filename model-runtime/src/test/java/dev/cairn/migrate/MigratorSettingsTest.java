package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a migrator is set up with: the defaults the settings fill in, every option of the builder reaching the settings
 * (and, on a real SQLite file, the history table's name, the user recorded, the backups kept), and passwords masked
 * wherever a URL or a message may show them.
 */
class MigratorSettingsTest {
    @TempDir
    Path dir;

    private static MigratorSettings settings(String historyTable, int backupsKept, Duration lockTimeout, String appliedBy, String schema,
                                             TransactionScope scope, DevDatabase dev, Duration lease) {
        return new MigratorSettings(Dialect.SQLITE, new ConnectionSettings("jdbc:sqlite:x.db", null, null), List.of(), historyTable, true, backupsKept,
                false, lockTimeout, appliedBy, true, schema, false, scope, dev, lease);
    }

    @Test
    void missingSettingsGetTheirDefaults() {
        MigratorSettings s = settings(" ", 0, null, null, "  ", null, null, null);
        assertEquals("cairn_history", s.historyTable());
        assertEquals(1, s.backupsKept(), "at least the one copy");
        assertEquals(Duration.ofMinutes(10), s.lockTimeout());
        assertEquals(System.getProperty("user.name", "unknown"), s.appliedBy());
        assertNull(s.schema());
        assertEquals(TransactionScope.RUN, s.transactionScope());
        assertEquals(DevDatabase.NONE, s.devDatabase());
        assertEquals(Duration.ofSeconds(60), s.lockLease());
        MigratorSettings given = settings("h", 4, Duration.ofSeconds(3), "me", " app ", TransactionScope.MIGRATION, null, Duration.ofSeconds(1));
        assertEquals("h", given.historyTable());
        assertEquals(4, given.backupsKept());
        assertEquals(1, settings(null, 1, null, null, null, null, null, null).backupsKept());
        assertEquals(Duration.ofSeconds(3), given.lockTimeout());
        assertEquals("me", given.appliedBy());
        assertEquals("app", given.schema());
        assertEquals(TransactionScope.MIGRATION, given.transactionScope());
        assertEquals(Duration.ofSeconds(1), given.lockLease(), "one second is enough");
        assertEquals("The lock lease must be at least 1 s, not 999 ms",
                assertThrows(MigrationProblem.class, () -> settings(null, 1, null, null, null, null, null, Duration.ofMillis(999))).getMessage());
    }

    @Test
    void theWithMethodsChangeOnlyWhatTheyName() {
        DevDatabase dev = DevDatabase.at("jdbc:sqlite:" + dir.resolve("scratch.db"), null, null);
        MigratorSettings s = settings("h", 4, Duration.ofSeconds(3), "me", "app", TransactionScope.RUN, null, Duration.ofSeconds(7));
        MigratorSettings changed = s.withTransactionScope(TransactionScope.MIGRATION).withDevDatabase(dev).withLockLease(Duration.ofSeconds(9));
        assertEquals(new MigratorSettings(s.dialect(), s.connection(), s.migrations(), "h", true, 4, false, Duration.ofSeconds(3), "me", true, "app", false,
                TransactionScope.MIGRATION, dev, Duration.ofSeconds(9)), changed);
        assertEquals(s, changed.withTransactionScope(TransactionScope.RUN).withDevDatabase(DevDatabase.NONE).withLockLease(Duration.ofSeconds(7)));
        assertTrue(dev.configured());
        assertFalse(DevDatabase.NONE.configured());
        assertNull(DevDatabase.NONE.shownUrl());
        assertEquals(DevDatabase.NONE, DevDatabase.at("  ", null, null));
        assertEquals(DevDatabase.NONE, DevDatabase.at(null, null, null));
        assertEquals("jdbc:sqlite:x?password=****", DevDatabase.at(" jdbc:sqlite:x?password=abc ", null, null).shownUrl());
    }

    @Test
    void everyOptionOfTheBuilderReachesTheSettings() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("m"));
        Files.writeString(folder.resolve("001_a.sql"), "CREATE TABLE a (id INTEGER);\n");
        MigratorSettings s = Migrator.configure().url("jdbc:sqlite:" + dir.resolve("app.db")).user("u").password("pw1").migrationsIn(folder)
                .historyTable("hist").backups(false, 7).allowOutOfOrder(true).lockTimeout(Duration.ofSeconds(11)).lockLease(Duration.ofSeconds(13))
                .appliedBy("ci").driftCheck(false).schema("s1", true).transactionScope(TransactionScope.MIGRATION)
                .devUrl("jdbc:sqlite:" + dir.resolve("dev.db")).settings();
        assertEquals(Dialect.SQLITE, s.dialect(), "from the URL");
        assertEquals(new ConnectionSettings("jdbc:sqlite:" + dir.resolve("app.db"), "u", "pw1"), s.connection());
        assertEquals(List.of(1L), s.migrations().stream().map(MigrationFile::version).toList());
        assertEquals("001_a.sql", s.migrations().get(0).displayName(), "a folder of the runtime API has no prefix");
        assertEquals("hist", s.historyTable());
        assertFalse(s.backup());
        assertEquals(7, s.backupsKept());
        assertTrue(s.allowOutOfOrder());
        assertEquals(Duration.ofSeconds(11), s.lockTimeout());
        assertEquals(Duration.ofSeconds(13), s.lockLease());
        assertEquals("ci", s.appliedBy());
        assertFalse(s.driftCheck());
        assertEquals("s1", s.schema());
        assertTrue(s.createSchema());
        assertEquals(TransactionScope.MIGRATION, s.transactionScope());
        assertEquals("jdbc:sqlite:" + dir.resolve("dev.db"), s.devDatabase().shownUrl());

        MigratorSettings defaults = Migrator.configure().url("jdbc:sqlite:" + dir.resolve("app.db")).dialect(Dialect.SQLITE).migrationsIn(folder).settings();
        assertEquals("cairn_history", defaults.historyTable());
        assertTrue(defaults.backup());
        assertEquals(5, defaults.backupsKept());
        assertFalse(defaults.allowOutOfOrder());
        assertEquals(Duration.ofMinutes(10), defaults.lockTimeout());
        assertTrue(defaults.driftCheck());
        assertNull(defaults.schema());
        assertFalse(defaults.createSchema());
        assertEquals(TransactionScope.RUN, defaults.transactionScope());
        assertFalse(defaults.devDatabase().configured());
        assertEquals(MigratorSettings.DEFAULT_LOCK_LEASE, defaults.lockLease());
        assertEquals(Dialect.MARIADB, Migrator.configure().url("jdbc:sqlite:x.db").dialect(Dialect.MARIADB).migrations(List.of()).settings().dialect(),
                "a dialect given wins over the URL");
    }

    @Test
    void aBuiltMigratorWritesItsHistoryTableUnderItsNameAsItsUserAndKeepsItsBackups() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("m"));
        Files.writeString(folder.resolve("001_a.sql"), "CREATE TABLE a (id INTEGER);\n");
        Path database = dir.resolve("app.db");
        List<String> log = new ArrayList<>();
        Migrator m = Migrator.configure().url("jdbc:sqlite:" + database).migrationsIn(folder).historyTable("schema_versions").appliedBy("deployer")
                .backups(false, 3).log(log::add).build();
        assertEquals(Dialect.SQLITE, m.dialect());
        assertEquals(1, m.upgrade(null, false));
        Files.writeString(folder.resolve("002_b.sql"), "CREATE TABLE b (id INTEGER);\n");
        assertEquals(2, Migrator.configure().url("jdbc:sqlite:" + database).migrationsIn(folder).historyTable("schema_versions").appliedBy("deployer")
                .backups(false, 3).log(log::add).build().upgrade(null, false));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, applied_by FROM schema_versions ORDER BY version")) {
            assertTrue(r.next());
            assertEquals("1 deployer", r.getLong(1) + " " + r.getString(2));
            assertTrue(r.next());
            assertEquals(2, r.getLong(1));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("app.db", "m"), files.map(p -> p.getFileName().toString()).sorted().toList(), "backups off: no copy");
        }
        assertFalse(log.stream().anyMatch(l -> l.startsWith("Backed up")), log::toString);
    }

    @Test
    void passwordsAreMaskedInUrlsAndMessages() {
        assertEquals("jdbc:mariadb://bob:****@db.example/app?sslpassword=****&trustStorePassword=****&ssl=true",
                ConnectionSettings.maskUrlPasswords("jdbc:mariadb://bob:pw123@db.example/app?sslpassword=abc&trustStorePassword=x;y&ssl=true")
                        .replace(";y", ""));
        assertNull(ConnectionSettings.maskUrlPasswords(null));
        ConnectionSettings s = new ConnectionSettings("jdbc:postgresql://h/db?password=top", "me", "abc");
        assertEquals("jdbc:postgresql://h/db?password=****", s.shownUrl());
        assertEquals("denied: ****", s.mask("denied: abc"));
        assertNull(s.mask(null));
        assertEquals("ConnectionSettings[url=jdbc:postgresql://h/db?password=****, user=me, password=****]", s.toString());
        ConnectionSettings shortOne = new ConnectionSettings("jdbc:sqlite:x.db", null, "ab");
        assertEquals("a cab is not masked", shortOne.mask("a cab is not masked"), "a password under 3 characters would mask every word");
        assertEquals("ConnectionSettings[url=jdbc:sqlite:x.db, user=null, password=none]", new ConnectionSettings("jdbc:sqlite:x.db", null, null).toString());
        assertEquals("the database URL is missing", assertThrows(IllegalArgumentException.class, () -> new ConnectionSettings(" ", null, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ConnectionSettings(null, null, null));
    }
}
