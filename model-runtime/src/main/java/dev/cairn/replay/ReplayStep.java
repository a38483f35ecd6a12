package dev.cairn.replay;

import dev.cairn.sql.SqlStatement;

/**
 * What one statement did to the schema. {@code shapeChanging} is false for statements kept as opaque steps (DML,
 * functions, triggers, grants, settings): those are not invertible from the model.
 */
public record ReplayStep(SqlStatement statement, boolean shapeChanging, boolean invertible) {
}
