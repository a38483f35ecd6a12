package dev.cairn.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one command did on each database of a fleet, in the order of the targets. */
public record FleetReport(String command, List<Result> results, long totalMillis) {
    public FleetReport {
        results = List.copyOf(results);
    }

    /**
     * One target's outcome.
     *
     * @param before  its version before the command (-1: not read)
     * @param after   its version after (-1: not read)
     * @param error   what went wrong, or null; {@link #NOT_RUN} when fail-fast stopped the fleet before it
     */
    public record Result(String target, long before, long after, long millis, String error) {
        public static final String NOT_RUN = "not run: an earlier target failed (db.failFast)";

        public boolean ok() {
            return error == null;
        }
    }

    public boolean ok() {
        return results.stream().allMatch(Result::ok);
    }

    public List<Result> failed() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    /** The summary table: one line per target with its versions, time and error. */
    public List<String> table() {
        int width = Math.max(6, results.stream().mapToInt(r -> r.target().length()).max().orElse(6));
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-" + width + "s  %6s  %6s  %8s  %s", "target", "before", "after", "ms", "result"));
        for (Result r : results) {
            out.add(String.format(Locale.ROOT, "%-" + width + "s  %6s  %6s  %8d  %s", r.target(), version(r.before()), version(r.after()), r.millis(),
                    r.ok() ? "ok" : r.error().lines().findFirst().orElse("")));
        }
        out.add(results.size() + " targets, " + (results.size() - failed().size()) + " ok, " + failed().size() + " failed, " + totalMillis + " ms");
        return out;
    }

    private static String version(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }
}
