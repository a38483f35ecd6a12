package dev.cairn.maven;

import java.util.List;
import java.util.function.Consumer;

/**
 * The one meaning of each version property. {@code db.version} used to be both the version db:baseline records and
 * the version db:schema and db:generate-models model, so {@code mvn compile db:baseline -Ddb.version=3} also generated
 * the entities of version 3. Now {@code db.baselineVersion} is db:baseline's and {@code db.modelVersion} the model
 * goals'; {@code db.version} is the deprecated name of {@code db.baselineVersion} only.
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
                + " no longer sets the version db:schema and db:generate-models model: that is " + MODEL + ")");
        return deprecatedVersion;
    }

    /**
     * The version a model goal ({@code goal}: db:schema, db:generate-models) replays to: {@code db.modelVersion}, or
     * the newest. A {@code db.version} set for it is not read; a warning says so, unless db:baseline is among the
     * build's goals (then it is plainly that goal's).
     */
    static Long model(String goal, Long modelVersion, Long deprecatedVersion, List<String> buildGoals, Consumer<String> warn) {
        if (deprecatedVersion != null && buildGoals.stream().noneMatch(g -> g.endsWith(":baseline"))) {
            warn.accept(DEPRECATED + "=" + deprecatedVersion + " is not read by " + goal + ": it is the deprecated name of " + BASELINE
                    + " (db:baseline). " + goal + " models " + (modelVersion == null ? "the newest version" : "version " + modelVersion)
                    + "; to model version " + deprecatedVersion + ", use -D" + MODEL + "=" + deprecatedVersion);
        }
        return modelVersion;
    }
}
