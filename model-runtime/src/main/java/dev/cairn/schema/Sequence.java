package dev.cairn.schema;

/**
 * A sequence (PostgreSQL, MariaDB). Null fields mean the engine's default ({@code dialect.SequenceDefaults} decides
 * them, for replay and introspection alike): the value type ({@code AS …}), the start (the lower bound ascending, the
 * upper one descending), the step (1), the bounds (1 to the type's largest value ascending, its smallest to -1
 * descending) and the cache; {@code cycle} is false by default.
 */
public record Sequence(String name, String type, Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {

    /** A sequence with only a start and a step (null: the default), every other option the engine's default. */
    public Sequence(String name, Long start, Long increment) {
        this(name, null, start, increment, null, null, null, false);
    }

    /** The same sequence under another name. */
    public Sequence withName(String newName) {
        return new Sequence(newName, type, start, increment, minValue, maxValue, cache, cycle);
    }
}
