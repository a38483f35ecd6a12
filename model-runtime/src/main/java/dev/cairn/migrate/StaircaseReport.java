package dev.cairn.migrate;

import java.util.List;
import java.util.Optional;

/**
 * What {@code db:test} found on its scratch database: for every migration, in order, whether its up gave the schema
 * the migrations describe at its version, its down the schema at the version before, and its up again the first one
 * (the staircase). The run stops at the first failure: what comes after would start from a wrong schema.
 *
 * @param scratch where it ran (a scratch schema or database on a server, or a temporary SQLite file)
 */
public record StaircaseReport(String scratch, List<Step> steps, long totalMillis) {

    public StaircaseReport {
        steps = List.copyOf(steps);
    }

    public enum Outcome { PASSED, FAILED, DOWN_NOT_TESTED }

    /**
     * One migration's staircase.
     *
     * @param phase   where it failed ({@code up}, {@code down}, {@code up again}) or why its down was not tested; null
     *                when it passed
     * @param problem what differs or the error, with file:line where the migrator gave one; null when it passed
     */
    public record Step(long version, String file, Outcome outcome, String phase, String problem, long millis) {
    }

    public boolean passed() {
        return steps.stream().noneMatch(s -> s.outcome() == Outcome.FAILED);
    }

    /** The first failing migration, if any. */
    public Optional<Step> firstFailure() {
        return steps.stream().filter(s -> s.outcome() == Outcome.FAILED).findFirst();
    }
}
