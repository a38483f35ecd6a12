package dev.cairn.property;

import dev.cairn.property.RandomDdlScript.Vocabulary;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * {@link WideReplayProperties} on PostgreSQL, not in the default build yet (its name matches none of surefire's
 * includes): after the fixes of issue 21 (names cut at 63 bytes, quoting as quote_identifier, CASCADE taking views,
 * char(n) casts, renames into generated columns and views, the default name on a tie, repeated index key names) 3 of
 * 120 fresh seeds still fail, all on one open bug: a column whose type is an enum type named over 63 bytes keeps the
 * long name in the model (seeds 1009488729890714075, 119609811416929930, 722531848700145448). Run it with
 * {@code CI=true ./mvnw -B -pl model-runtime test -Dtest=WideReplayExploration -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dcairn.cases=N}, {@code -Dcairn.seed=N}); when it is clean, move it into {@link WideReplayProperties}.
 */
class WideReplayExploration {
    static Stream<Long> seeds() {
        return RandomCases.seeds(WideReplayExploration.class, 20, 50);
    }

    @ParameterizedTest(name = "PostgreSQL, seed {0}")
    @MethodSource("seeds")
    void postgres(long seed) throws Exception {
        ReplayCheck.assertModelMatchesEngine(new PostgresFlavor(), Vocabulary.WIDE, seed, () -> FreshDatabase.on(LiveDatabase.postgres()));
    }
}
