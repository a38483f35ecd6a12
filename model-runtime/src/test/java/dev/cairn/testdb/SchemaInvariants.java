package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.migrate.MigrationFile;
import dev.cairn.migrate.MigrationReplay;
import dev.cairn.migrate.Migrator;
import dev.cairn.migrate.ReplayedMigration;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.CairnProblem;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The two invariants every construct and every real-world script must meet on each engine that has it:
 * <ol>
 *   <li>{@link #assertUpgradeLeavesValidateClean}: Cairn's {@link Migrator} upgrades a fresh namespace with the
 *   migrations, and {@code validate} right after finds no drift (the replayed model equals the introspected one);</li>
 *   <li>{@link #assertRenderedSchemaHasTheSameCatalog}: the migrations applied by the engine's own client
 *   ({@link EngineClient}, statement by statement, no Cairn code) give the same {@link CatalogSnapshot} as
 *   {@code db:schema}'s output ({@code engine.renderer().render(replayed)}) applied to another fresh namespace.</li>
 * </ol>
 */
public final class SchemaInvariants {
    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)_(.*)\\.sql");

    private SchemaInvariants() {
    }

    /** A migration of a test: a file name {@code <version>_<description>.sql} and its text (a down part allowed). */
    public record Migration(String fileName, String text) {
        public Migration {
            if (!FILE_NAME.matcher(fileName).matches()) throw new IllegalArgumentException("not a migration file name: " + fileName);
        }

        public MigrationFile file() {
            Matcher m = FILE_NAME.matcher(fileName);
            if (!m.matches()) throw new IllegalStateException(fileName);
            return MigrationFile.parse(Long.parseLong(m.group(1)), m.group(2).replace('_', ' '), fileName, text);
        }
    }

    /** One migration file {@code 001_<name>.sql} holding {@code text}. */
    public static List<Migration> single(String name, String text) {
        return List.of(new Migration("001_" + name.replaceAll("[^A-Za-z0-9]+", "_") + ".sql", text));
    }

    /** One migration per statement, {@code 001_step_1.sql}, {@code 002_step_2.sql}, … (a statement without its semicolon). */
    public static List<Migration> oneStatementEach(List<String> statements) {
        List<Migration> out = new ArrayList<>();
        for (int k = 0; k < statements.size(); k++) out.add(new Migration(String.format("%03d_step_%d.sql", k + 1, k + 1), statements.get(k) + ";\n"));
        return out;
    }

    /** Both invariants. */
    public static void assertBoth(Dialect dialect, List<Migration> migrations) throws SQLException {
        assertUpgradeLeavesValidateClean(dialect, migrations);
        assertRenderedSchemaHasTheSameCatalog(dialect, migrations);
    }

    /** Invariant 1: upgrade with Cairn's migrator, then {@code validate} is clean. */
    public static void assertUpgradeLeavesValidateClean(Dialect dialect, List<Migration> migrations) throws SQLException {
        List<MigrationFile> files = files(migrations);
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            List<String> log = new ArrayList<>();
            Migrator migrator = Migrator.configure().url(ns.url()).user(ns.user()).dialect(dialect).migrations(files)
                    .backups(false, 0).log(log::add).build();
            try {
                migrator.upgrade(null, false);
            } catch (CairnProblem e) {
                fail("upgrade on " + dialect.id() + " fails: " + e.getMessage() + "\n--- log ---\n" + String.join("\n", log), e);
            }
            try {
                migrator.validate();
            } catch (CairnProblem e) {
                Schema head = migrator.replayed().get(migrator.replayed().size() - 1).after();
                fail("validate right after upgrade on " + dialect.id() + " reports drift: " + e.getMessage()
                        + "\n  replayed (expected) vs introspected (actual):\n  "
                        + SchemaDifferences.between(ns.asStored(head), ns.introspect()).toString().replace("\n", "\n  "), e);
            }
        }
    }

    /**
     * The derived downs: Cairn's migrator upgrades a fresh namespace with the migrations, then goes down one version at
     * a time to none, and {@code validate} is clean after every step.
     */
    public static void assertDerivedDownsLeaveValidateClean(Dialect dialect, List<Migration> migrations) throws SQLException {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            Migrator migrator = Migrator.configure().url(ns.url()).user(ns.user()).dialect(dialect).migrations(files(migrations))
                    .backups(false, 0).log(line -> { }).build();
            migrator.upgrade(null, false);
            for (long v = migrations.size() - 1; v >= 0; v--) {
                try {
                    migrator.downgrade(v, false);
                    migrator.validate();
                } catch (CairnProblem e) {
                    fail("down to version " + v + " on " + dialect.id() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Invariant 2: the engine's catalog after the migrations equals its catalog after {@code db:schema}'s output. */
    public static void assertRenderedSchemaHasTheSameCatalog(Dialect dialect, List<Migration> migrations) throws SQLException {
        List<MigrationFile> files = files(migrations);
        Schema replayed = replay(dialect, files);
        String rendered = Engines.of(dialect).renderer().render(replayed);
        try (FreshNamespace byEngine = FreshNamespace.of(dialect); FreshNamespace byRender = FreshNamespace.of(dialect)) {
            for (MigrationFile f : files) {
                try {
                    byEngine.runAsEngineClient(f.upSql());
                } catch (SQLException e) {
                    throw new AssertionError("harness: the " + dialect.id() + " engine's client rejects " + f.displayName() + ": " + e.getMessage(), e);
                }
            }
            try {
                byRender.runAsEngineClient(rendered);
            } catch (SQLException e) {
                fail("the " + dialect.id() + " engine rejects db:schema's output: " + e.getMessage() + "\n--- db:schema output ---\n" + rendered, e);
            }
            CatalogSnapshot.assertSameCatalog("the migrations run by the engine", byEngine.catalog(), "db:schema's output", byRender.catalog(),
                    "--- db:schema output ---\n" + rendered);
        }
    }

    /** The schema after the migrations, as Cairn replays them (the migrator's own replay). */
    public static Schema replay(Dialect dialect, List<MigrationFile> files) {
        try {
            List<ReplayedMigration> replayed = MigrationReplay.of(dialect, files);
            return replayed.isEmpty() ? Schema.EMPTY : replayed.get(replayed.size() - 1).after();
        } catch (CairnProblem e) {
            return fail("replay on " + dialect.id() + " rejects the migrations: " + e.getMessage(), e);
        }
    }

    static List<MigrationFile> files(List<Migration> migrations) {
        return migrations.stream().map(Migration::file).toList();
    }
}
