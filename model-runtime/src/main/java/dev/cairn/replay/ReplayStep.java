package dev.cairn.replay;

import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;

import java.util.List;

/**
 * What one statement did to the schema. An opaque step (DML, functions, triggers, grants, settings) changes nothing
 * the model holds and cannot be inverted from it; any other step lists its changes (none for, say, a
 * {@code CREATE TABLE IF NOT EXISTS} of a table that exists).
 */
public record ReplayStep(SqlStatement statement, List<SchemaChange> changes, boolean opaque) {
    public ReplayStep {
        changes = List.copyOf(changes);
    }

    static ReplayStep opaque(SqlStatement statement) {
        return new ReplayStep(statement, List.of(), true);
    }

    public boolean shapeChanging() {
        return !changes.isEmpty();
    }

    public boolean invertible() {
        return !opaque;
    }
}
