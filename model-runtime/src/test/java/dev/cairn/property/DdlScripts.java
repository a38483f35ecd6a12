package dev.cairn.property;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/** Arbitrary DDL scripts: 20 to 40 step seeds interpreted for one engine's flavor. */
final class DdlScripts {
    static final int MIN_STEPS = 20;
    static final int MAX_STEPS = 40;
    private static final int TAPE_LENGTH = 48;

    private DdlScripts() {
    }

    static Arbitrary<List<StepSeed>> seeds() {
        Arbitrary<StepSeed> step = Arbitraries.integers().between(0, 999).list().ofSize(TAPE_LENGTH).map(StepSeed::new);
        return step.list().ofMinSize(MIN_STEPS).ofMaxSize(MAX_STEPS);
    }

    static Arbitrary<DdlScript> scripts(DdlFlavor flavor) {
        return seeds().map(seeds -> RandomDdlScript.generate(flavor, seeds));
    }
}
