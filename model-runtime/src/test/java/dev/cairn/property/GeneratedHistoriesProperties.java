package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.SchemaInvariants.Migration;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * The whole pipeline on generated histories: each statement of a random script ({@link RandomDdlScript}) becomes a
 * migration of its own; Cairn's migrator upgrades a fresh namespace and validate finds no drift, {@code db:schema}'s
 * output gives the engine the same catalog as the migrations (both {@link SchemaInvariants}), and then the migrator
 * goes down one version at a time with the derived downs, validate clean after every step, back to the empty schema.
 * <p>
 * Seeds that once failed are in {@code random-regression-seeds.txt}, each with what it found; a longer run:
 * {@code CI=true ./mvnw -B -pl model-runtime test -Dtest=GeneratedHistoriesProperties -Dcairn.cases=40}
 * ({@code -Dcairn.seed=N} for one case).
 */
class GeneratedHistoriesProperties {
    static Stream<Long> seeds() {
        return RandomCases.seeds(GeneratedHistoriesProperties.class, 2, 2);
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
        List<Migration> migrations = SchemaInvariants.oneStatementEach(script.statements());
        try {
            SchemaInvariants.assertBoth(dialect, migrations);
            SchemaInvariants.assertDerivedDownsLeaveValidateClean(dialect, migrations);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " (seed " + seed + ", rerun it alone with -Dcairn.seed=" + seed + ")\n--- script ---\n"
                    + script.listing(), e);
        }
    }
}
