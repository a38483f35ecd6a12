package dev.cairn.maven;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one meaning of each version property. {@code db.version} used to be both the version db:baseline records and
 * the version db:schema and db:generate-models model, so {@code mvn compile db:baseline -Ddb.version=3} also generated
 * the entities of version 3. Now {@code db.baselineVersion} is db:baseline's and {@code db.modelVersion} the model
 * goals'; {@code db.version} is the deprecated name of both, read with a warning naming the new one, except by a model
 * goal in a build that runs db:baseline too (there it is plainly the baseline's).
 */
final class VersionProperties {
    static final String BASELINE = "db.baselineVersion";
    static final String MODEL = "db.modelVersion";
    static final String DEPRECATED = "db.version";

    private VersionProperties() {
    }

    /** db:baseline's version: {@code db.baselineVersion}, else {@code db.version} with a warning naming the new name. */
    static Long baseline(Long baselineVersion, Long deprecatedVersion, Consumer<String> warn) {
        if (deprecatedVersion == null) return baselineVersion;
        if (baselineVersion != null) {
            if (!baselineVersion.equals(deprecatedVersion)) {
                warn.accept(DEPRECATED + "=" + deprecatedVersion + " is ignored: " + BASELINE + "=" + baselineVersion + " is set, and " + DEPRECATED
                        + " is its deprecated name; remove " + DEPRECATED);
            }
            return baselineVersion;
        }
        warn.accept(DEPRECATED + " is deprecated for db:baseline; use -D" + BASELINE + "=" + deprecatedVersion + " (" + DEPRECATED
                + " also sets the version db:schema and db:generate-models model, which is " + MODEL + ")");
        return deprecatedVersion;
    }

    /**
     * The version a model goal ({@code goal}: db:schema, db:generate-models) replays to: {@code db.modelVersion}; else
     * the deprecated {@code db.version} with a warning naming the new name, unless db:baseline is among the build's
     * goals (then it is that goal's, and the model goal models the newest version); else the newest (null).
     */
    static Long model(String goal, Long modelVersion, Long deprecatedVersion, List<String> buildGoals, Consumer<String> warn) {
        if (deprecatedVersion == null) return modelVersion;
        if (modelVersion != null) {
            if (!modelVersion.equals(deprecatedVersion)) {
                warn.accept(DEPRECATED + "=" + deprecatedVersion + " is not read by " + goal + ": " + MODEL + "=" + modelVersion + " is set");
            }
            return modelVersion;
        }
        if (buildGoals.stream().anyMatch(g -> g.endsWith(":baseline"))) return null;
        warn.accept(DEPRECATED + " is deprecated for " + goal + "; use -D" + MODEL + "=" + deprecatedVersion + " (" + DEPRECATED
                + " also sets db:baseline's version, which is " + BASELINE + ")");
        return deprecatedVersion;
    }
}
