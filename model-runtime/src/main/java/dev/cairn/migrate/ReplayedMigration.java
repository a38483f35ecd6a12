package dev.cairn.migrate;

import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * One migration as replay saw it: its up statements (with file positions), what each did, and the schema before and
 * after it.
 */
public record ReplayedMigration(MigrationFile file, List<ReplayStep> steps, Schema before, Schema after) {
    public ReplayedMigration {
        steps = List.copyOf(steps);
    }

    public long version() {
        return file.version();
    }

    public List<SqlStatement> statements() {
        return steps.stream().map(ReplayStep::statement).toList();
    }

    /** What its statements changed in the schema, in order. */
    public List<SchemaChange> changes() {
        List<SchemaChange> out = new ArrayList<>();
        for (ReplayStep step : steps) out.addAll(step.changes());
        return out;
    }
}
