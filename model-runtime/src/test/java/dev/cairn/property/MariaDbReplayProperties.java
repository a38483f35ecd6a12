package dev.cairn.property;

import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Random DDL scripts of 20–40 steps (with ADD CONSTRAINT, DROP FOREIGN KEY, MODIFY/CHANGE, RENAME TABLE), replayed
 * by Cairn and executed in a fresh MariaDB database per case, give the same schema. 20 cases locally, 100 with CI=true
 * (where a missing server fails); {@code -Dcairn.seed=N} reruns one.
 */
class MariaDbReplayProperties {

    static Stream<Long> seeds() {
        return RandomCases.seeds(MariaDbReplayProperties.class, 20, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void replayedModelEqualsMariaDbDatabase(long seed) throws Exception {
        ReplayCheck.assertModelMatchesEngine(new MariaDbFlavor(), seed, () -> FreshDatabase.on(LiveDatabase.mariadb()));
    }
}
