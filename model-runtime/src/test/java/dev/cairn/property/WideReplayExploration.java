package dev.cairn.property;

import dev.cairn.property.RandomDdlScript.Vocabulary;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * {@link WideReplayProperties} on PostgreSQL, not in the default build yet (its name matches none of surefire's
 * includes): after the fixes of issue 21 (names cut at 63 bytes everywhere, quoting as quote_identifier, CASCADE taking
 * views, char(n) casts, renames into generated columns and views) about 3–7 % of fresh seeds still fail, on the default
 * name of a foreign key when two parts tie in length and on an unnamed index with two equal key names
 * ({@code lower}, {@code lower1}), both fixed on branches not yet landed. Run it with {@code CI=true ./mvnw -B
 * -pl model-runtime test -Dtest=WideReplayExploration -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dcairn.cases=N},
 * {@code -Dcairn.seed=N}); when it is clean, move it into {@link WideReplayProperties}.
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
