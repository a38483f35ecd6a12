package dev.cairn.property;

import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Random DDL scripts of 20–40 steps (tables, columns, indexes, foreign keys, renames, STRICT and WITHOUT ROWID),
 * replayed by Cairn and executed on a fresh SQLite file, give the same schema. 100 cases locally, 500 with CI=true;
 * {@code -Dcairn.seed=N} reruns one.
 */
class SqliteReplayProperties {

    static Stream<Long> seeds() {
        return RandomCases.seeds(SqliteReplayProperties.class, 100, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replayedModelEqualsSqliteDatabase(long seed) throws Exception {
        ReplayCheck.assertModelMatchesEngine(new SqliteFlavor(), seed, SqliteFile::create);
    }
}
