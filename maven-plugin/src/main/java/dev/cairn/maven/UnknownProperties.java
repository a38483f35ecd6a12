package dev.cairn.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code db.*} properties that no goal reads, each with the known name nearest to it: {@code -Ddb.ur=…} would
 * otherwise be ignored without a word (and the goal fall back to the default SQLite file).
 */
final class UnknownProperties {
    static final String PREFIX = "db.";

    /** Up to this many edits apart, a known name is offered as what the user meant. */
    private static final int MAX_SUGGESTION_DISTANCE = 3;

    private final Set<String> known;

    private UnknownProperties(Set<String> known) {
        this.known = known;
    }

    static UnknownProperties of(Set<String> known) {
        return new UnknownProperties(known);
    }

    /** A property no goal reads, where it was set, and the nearest known name (null when none is near). */
    record Unknown(String name, String where, String suggestion) {
        String message() {
            return suggestion == null
                    ? "Unknown property " + name + ": it is set " + where + " and no Cairn goal reads it (mvn db:help -Ddetail lists those they read)."
                    : "Unknown property " + name + "; did you mean " + suggestion + "? It is set " + where + " and no Cairn goal reads it.";
        }
    }

    /**
     * The unknown {@code db.*} names among the user properties (-D, .mvn/maven.config), the JVM's system properties
     * (MAVEN_OPTS) and the POM's properties: every source Maven fills a goal's parameters from.
     */
    List<Unknown> find(Properties userProperties, Properties systemProperties, Properties projectProperties) {
        TreeMap<String, String> where = new TreeMap<>();
        projectProperties.stringPropertyNames().forEach(n -> where.put(n, "in the POM's <properties>"));
        systemProperties.stringPropertyNames().forEach(n -> where.put(n, "as a system property of Maven's JVM (MAVEN_OPTS)"));
        userProperties.stringPropertyNames().forEach(n -> where.put(n, "on the command line (-D" + n + ")"));
        List<Unknown> out = new ArrayList<>();
        where.forEach((name, source) -> {
            if (name.startsWith(PREFIX) && !known.contains(name)) out.add(new Unknown(name, source, nearest(name)));
        });
        return out;
    }

    /** The known name fewest edits away (case ignored), when it is near enough to be a typo of it. */
    String nearest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= MAX_SUGGESTION_DISTANCE ? best : null;
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
