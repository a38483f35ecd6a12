package dev.cairn.replay;

import dev.cairn.schema.Schema;

import java.util.List;
import java.util.Optional;

/**
 * The schema after a sequence of statements, and what each statement did. When a statement's effect is unknown
 * ({@link #unknownEffect()}), the schema is the one before it: the statements from there on were not read.
 */
public record ReplayResult(Schema schema, List<ReplayStep> steps) {
    public ReplayResult {
        steps = List.copyOf(steps);
    }

    /** The first statement whose effect on the schema replay cannot know, if any. */
    public Optional<UnknownEffect> unknownEffect() {
        for (ReplayStep s : steps) {
            if (s.effectUnknown()) return Optional.of(s.unknownEffect());
        }
        return Optional.empty();
    }
}
