package dev.cairn.replay;

import dev.cairn.schema.Schema;

import java.util.List;

/** The schema after a sequence of statements, and what each statement did. */
public record ReplayResult(Schema schema, List<ReplayStep> steps) {
    public ReplayResult {
        steps = List.copyOf(steps);
    }
}
