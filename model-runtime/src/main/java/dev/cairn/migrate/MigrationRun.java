package dev.cairn.migrate;

import java.util.List;

/**
 * What an upgrade or downgrade did: the version before and after, and each migration it applied (or reverted), in
 * order, with its time; {@code totalMillis} is the whole command's, reading and replaying included.
 */
public record MigrationRun(long fromVersion, long toVersion, List<Step> steps, long totalMillis) {

    public MigrationRun {
        steps = List.copyOf(steps);
    }

    /** One migration applied or reverted; {@code irreversible} is why an applied one has no down (null when it has one). */
    public record Step(long version, String description, String file, long executionMillis, String irreversible) {
    }
}
