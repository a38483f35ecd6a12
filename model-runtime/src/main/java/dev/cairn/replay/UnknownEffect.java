package dev.cairn.replay;

import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlStatement;

/**
 * Why replay cannot know what a statement does to the schema: DDL built or run at run time (a prepared statement, a
 * code block, a procedure, a write to the catalog). {@code position} points at the word that says so.
 */
public record UnknownEffect(SqlStatement statement, SourcePosition position, String why) {
}
