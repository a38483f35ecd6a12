package dev.cairn.replay;

import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;

import java.util.List;

/**
 * What one statement did to the schema. An opaque step (DML, functions, triggers, grants, settings) changes nothing
 * the model holds and cannot be inverted from it; any other step lists its changes (none for, say, a
 * {@code CREATE TABLE IF NOT EXISTS} of a table that exists). A step whose effect is unknown ({@link #unknownEffect},
 * DDL built at run time) is opaque too, and so is every statement after it in the same replay, which is not read.
 */
public record ReplayStep(SqlStatement statement, List<SchemaChange> changes, boolean opaque, UnknownEffect unknownEffect) {
    public ReplayStep {
        changes = List.copyOf(changes);
    }

    public ReplayStep(SqlStatement statement, List<SchemaChange> changes, boolean opaque) {
        this(statement, changes, opaque, null);
    }

    static ReplayStep opaque(SqlStatement statement) {
        return new ReplayStep(statement, List.of(), true);
    }

    static ReplayStep unknown(UnknownEffect why) {
        return new ReplayStep(why.statement(), List.of(), true, why);
    }

    public boolean shapeChanging() {
        return !changes.isEmpty();
    }

    public boolean invertible() {
        return !opaque;
    }

    /** Whether replay cannot know what this statement does to the schema. */
    public boolean effectUnknown() {
        return unknownEffect != null;
    }
}
