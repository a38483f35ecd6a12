package dev.cairn.schema;

/** A sequence (PostgreSQL, MariaDB). Null fields mean the engine's default. */
public record Sequence(String name, Long start, Long increment) {
}
