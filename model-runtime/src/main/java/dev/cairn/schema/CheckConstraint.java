package dev.cairn.schema;

/** A CHECK constraint; {@code expression} is canonical SQL text; {@code name} is null where the dialect gives it none. */
public record CheckConstraint(String name, String expression) {
}
