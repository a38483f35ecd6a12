package dev.cairn.property;

import dev.cairn.property.RandomDdlScript.Vocabulary;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * The replay property (a script run on the engine and replayed by Cairn give the same schema) in the wide vocabulary
 * of {@link RandomDdlScript}: CHECK constraints, generated columns, partial and expression indexes, views, comments,
 * sequences, deferral, collations, multi-action ALTER, names outside ASCII and beyond the engine's length, PostgreSQL's
 * enum types. 20 cases locally, 50 with CI=true, on each engine; {@code -Dcairn.seed=N} reruns one.
 */
class WideReplayProperties {
    static Stream<Long> seeds() {
        return RandomCases.seeds(WideReplayProperties.class, 20, 50);
    }

    @ParameterizedTest(name = "SQLite, seed {0}")
    @MethodSource("seeds")
    void sqlite(long seed) throws Exception {
        ReplayCheck.assertModelMatchesEngine(new SqliteFlavor(), Vocabulary.WIDE, seed, SqliteFile::create);
    }

    @ParameterizedTest(name = "PostgreSQL, seed {0}")
    @MethodSource("seeds")
    void postgres(long seed) throws Exception {
        ReplayCheck.assertModelMatchesEngine(new PostgresFlavor(), Vocabulary.WIDE, seed, () -> FreshDatabase.on(LiveDatabase.postgres()));
    }

    @ParameterizedTest(name = "MariaDB, seed {0}")
    @MethodSource("seeds")
    void mariadb(long seed) throws Exception {
        ReplayCheck.assertModelMatchesEngine(new MariaDbFlavor(), Vocabulary.WIDE, seed, () -> FreshDatabase.on(LiveDatabase.mariadb()));
    }
}
