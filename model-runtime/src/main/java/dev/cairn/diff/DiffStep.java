package dev.cairn.diff;

import dev.cairn.schema.SchemaChange;

/** One change of a diff, with an optional note for the reviewer (how to turn a drop and an add into a rename). */
public record DiffStep(SchemaChange change, String note) {
    public static DiffStep of(SchemaChange change) {
        return new DiffStep(change, null);
    }
}
