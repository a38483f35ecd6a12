package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.SchemaInvariants.Migration;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.api.Assumptions;
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
 * ({@code -Dcairn.seed=N} for one case). A PostgreSQL case that fails only on a column default that keeps the cast to
 * the column's old type after ALTER COLUMN … TYPE ({@link #onlyDefaultsCastToAnotherType}), open (issue 21), is aborted
 * with that reason, and shows as skipped.
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

    /**
     * Whether the catalogs differ only in column defaults that name another type than their column's after {@code ::}
     * ({@code default='a;b'::text} on a {@code character varying} column): the other open PostgreSQL bug, found by
     * this class, not fixed yet (the default of a column whose type ALTER COLUMN changed keeps the old type's cast).
     */
    static boolean onlyDefaultsCastToAnotherType(String message) {
        if (!message.startsWith("the catalog of db:schema's output differs")) return false;
        List<String> lines = message.lines().skip(1).takeWhile(l -> !l.startsWith("---")).map(String::strip).toList();
        java.util.Map<String, String> engine = new java.util.HashMap<>(), rendered = new java.util.HashMap<>();
        for (String t : lines) {
            int d = t.indexOf(" default=");
            int cast = t.lastIndexOf("::");
            if (d < 0 || cast < d || !t.contains(" column ")) return false;
            String column = t.substring(t.indexOf(": ") + 2, d);
            if (t.startsWith("- only in the migrations run by the engine: ")) engine.put(column, t.substring(cast));
            else if (t.startsWith("+ only in db:schema's output: ")) rendered.put(column, t.substring(cast));
            else return false;
        }
        if (engine.isEmpty() || !engine.keySet().equals(rendered.keySet())) return false;
        return engine.keySet().stream().noneMatch(c -> engine.get(c).equals(rendered.get(c)));
    }

    private static void check(DdlFlavor flavor, long seed) throws Exception {
        DdlScript script = RandomDdlScript.generate(flavor, seed);
        Dialect dialect = flavor.dialect();
        List<Migration> migrations = SchemaInvariants.oneStatementEach(script.statements());
        try {
            SchemaInvariants.assertBoth(dialect, migrations);
            SchemaInvariants.assertDerivedDownsLeaveValidateClean(dialect, migrations);
        } catch (AssertionError e) {
            if (dialect == Dialect.POSTGRESQL && onlyDefaultsCastToAnotherType(e.getMessage())) {
                Assumptions.abort("seed " + seed + " meets a known open bug (issue 21): after ALTER COLUMN … TYPE PostgreSQL keeps the column's"
                        + " default cast to the old type, db:schema writes it for the new one: " + e.getMessage());
            }
            throw new AssertionError(e.getMessage() + " (seed " + seed + ", rerun it alone with -Dcairn.seed=" + seed + ")\n--- script ---\n"
                    + script.listing(), e);
        }
    }
}
