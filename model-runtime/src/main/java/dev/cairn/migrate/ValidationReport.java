package dev.cairn.migrate;

import java.util.List;

/**
 * What {@code db:validate} found: the version, how many migrations replayed and how many are applied, the problems of
 * the files against the history (edited, missing, out of order, incomplete) and the drift differences of the live
 * schema from the replayed one. Valid when both lists are empty.
 */
public record ValidationReport(long currentVersion, int replayed, int applied, List<String> problems, List<String> drift) {

    public ValidationReport {
        problems = List.copyOf(problems);
        drift = List.copyOf(drift);
    }

    public boolean valid() {
        return problems.isEmpty() && drift.isEmpty();
    }
}
