package dev.cairn.property;

import java.util.List;

/** The raw randomness of one DDL step; {@link RandomDdlScript} turns it into a statement valid for the schema so far. */
record StepSeed(List<Integer> tape) {
    StepSeed {
        tape = List.copyOf(tape);
    }

    @Override
    public String toString() {
        return "seed" + tape;
    }
}
