package dev.cairn.property;

import java.util.Optional;

/**
 * The first statement of a failing script after which Cairn's model and the engine disagree. Found by running the
 * script on a fresh database one statement at a time and, after statement k, comparing the engine with Cairn's replay
 * of the first k statements.
 *
 * @param step        1-based number of the statement
 * @param statement   its text
 * @param differences what the comparison after it said
 */
record FirstDivergence(int step, String statement, String differences) {

    /** Empty when no prefix diverges (only the whole script does, e.g. through the final table count). */
    static Optional<FirstDivergence> search(DdlScript script, FreshDatabase.Opener fresh) throws Exception {
        try (FreshDatabase db = fresh.open()) {
            for (int k = 1; k <= script.statements().size(); k++) {
                EngineRun.execute(db.connection(), script, k);
                DdlScript prefix = new DdlScript(script.dialect(), script.seed(), script.statements().subList(0, k), -1);
                Optional<String> differences = CairnReplay.compare(prefix, db);
                if (differences.isPresent()) return Optional.of(new FirstDivergence(k, script.statements().get(k - 1), differences.get()));
            }
            return Optional.empty();
        }
    }

    /** A paragraph for a failure message; never throws, so it cannot hide the failure it explains. */
    static String describe(DdlScript script, FreshDatabase.Opener fresh) {
        try {
            return search(script, fresh).map(FirstDivergence::toString)
                    .orElse("(no prefix diverges on its own: only the whole script differs)");
        } catch (Exception e) {
            return "(could not look for the first divergence: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return "First divergence after statement " + step + ":\n    " + statement.replace("\n", "\n    ") + "\n" + differences;
    }
}
