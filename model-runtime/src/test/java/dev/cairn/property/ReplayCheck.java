package dev.cairn.property;

import java.util.Optional;

/**
 * One test case of the replay properties: the script generated from the seed, run on a fresh database of the engine
 * and replayed by Cairn, must give equal schemas. A failure names the seed, the difference, the first diverging
 * statement and the whole script.
 */
final class ReplayCheck {
    private ReplayCheck() {
    }

    static void assertModelMatchesEngine(DdlFlavor flavor, long seed, FreshDatabase.Opener fresh) throws Exception {
        assertModelMatchesEngine(flavor, RandomDdlScript.Vocabulary.BASIC, seed, fresh);
    }

    static void assertModelMatchesEngine(DdlFlavor flavor, RandomDdlScript.Vocabulary vocabulary, long seed, FreshDatabase.Opener fresh)
            throws Exception {
        DdlScript script = RandomDdlScript.generate(flavor, seed, vocabulary);
        Optional<String> problem;
        try (FreshDatabase db = fresh.open()) {
            EngineRun.execute(db.connection(), script);
            problem = CairnReplay.compare(script, db);
        }
        if (problem.isEmpty()) return;
        throw new AssertionError("Seed " + seed + " (rerun it alone with -Dcairn.seed=" + seed + "): " + problem.get()
                + "\n\n" + FirstDivergence.describe(script, fresh)
                + "\n\n--- whole script (" + script.dialect().id() + ", seed " + seed + ") ---\n" + script.listing());
    }
}
