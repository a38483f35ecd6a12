package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.migrate.Migrator;
import dev.cairn.sql.CairnProblem;
import dev.cairn.testdb.FreshNamespace;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.SchemaInvariants.Migration;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole pipeline on generated histories: each statement of a random script ({@link RandomDdlScript}) becomes a
 * migration of its own; Cairn's migrator upgrades a fresh namespace and validate finds no drift, {@code db:schema}'s
 * output gives the engine the same catalog as the migrations (both {@link SchemaInvariants}), and then the migrator
 * goes down one version at a time with the derived downs, validate clean after every step, back to the empty schema.
 * <p>
 * Not part of the default build yet (its name matches none of surefire's includes): its first run, 4 seeds per engine,
 * failed 8 of 12 cases on bugs still open (issue 21). Run it with
 * {@code CI=true ./mvnw -B -pl model-runtime test -Dtest=GeneratedHistoriesExploration} ({@code -Dcairn.cases=N} for
 * more, {@code -Dcairn.seed=N} for one). Seeds that failed, by what they found:
 * <ul>
 *   <li>SQLite 0, 7889205874581050644: {@code db:schema} writes a foreign key's referenced column as the column is
 *   spelled now ({@code Col4}), the engine keeps it as the key was written ({@code COL4});</li>
 *   <li>SQLite 1600946700014335970: a derived down re-creates a trigger before the table it is on ({@code no such table});</li>
 *   <li>PostgreSQL 1: the derived down of a middle column's drop adds it back at the end, and validate reports the order;</li>
 *   <li>PostgreSQL 1600946700014335970: {@code db:schema} writes two UNIQUE constraints on the same column inside
 *   CREATE TABLE, and PostgreSQL keeps only the first;</li>
 *   <li>MariaDB 0, 7889205874581050644, 1600946700014335970: right after the upgrade, validate reports indexes the
 *   replay expects for foreign keys (missing, or named otherwise) — one statement per migration, where the same script
 *   as one file replays right ({@link MariaDbReplayProperties}).</li>
 * </ul>
 * When they are fixed, add these seeds to {@code random-regression-seeds.txt} and rename the class to end in
 * {@code Properties}, which puts it in every build.
 */
class GeneratedHistoriesExploration {
    static Stream<Long> seeds() {
        return RandomCases.seeds(GeneratedHistoriesExploration.class, 4, 4);
    }

    @ParameterizedTest(name = "SQLite, seed {0}")
    @MethodSource("seeds")
    void sqlite(long seed) throws Exception {
        check(new SqliteFlavor(), seed);
    }

    @ParameterizedTest(name = "PostgreSQL, seed {0}")
    @MethodSource("seeds")
    void postgres(long seed) throws Exception {
        check(new PostgresFlavor(), seed);
    }

    @ParameterizedTest(name = "MariaDB, seed {0}")
    @MethodSource("seeds")
    void mariadb(long seed) throws Exception {
        check(new MariaDbFlavor(), seed);
    }

    private static void check(DdlFlavor flavor, long seed) throws Exception {
        DdlScript script = RandomDdlScript.generate(flavor, seed);
        Dialect dialect = flavor.dialect();
        List<Migration> migrations = new ArrayList<>();
        for (int k = 0; k < script.statements().size(); k++) {
            migrations.add(new Migration(String.format("%03d_step_%d.sql", k + 1, k + 1), script.statements().get(k) + ";\n"));
        }
        String rerun = " (seed " + seed + ", rerun it alone with -Dcairn.seed=" + seed + ")\n--- script ---\n" + script.listing();
        try {
            SchemaInvariants.assertBoth(dialect, migrations);
            try (FreshNamespace ns = FreshNamespace.of(dialect)) {
                List<String> log = new ArrayList<>();
                Migrator migrator = Migrator.configure().url(ns.url()).user(ns.user()).dialect(dialect)
                        .migrations(migrations.stream().map(Migration::file).toList()).backups(false, 0).log(log::add).build();
                migrator.upgrade(null, false);
                for (long v = migrations.size() - 1; v >= 0; v--) {
                    try {
                        migrator.downgrade(v, false);
                        migrator.validate();
                    } catch (CairnProblem e) {
                        fail("down to version " + v + " on " + dialect.id() + ": " + e.getMessage() + rerun, e);
                    }
                }
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + rerun, e);
        }
    }
}
