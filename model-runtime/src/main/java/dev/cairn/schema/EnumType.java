package dev.cairn.schema;

import java.util.List;

/** A named enum type (PostgreSQL {@code CREATE TYPE … AS ENUM}). */
public record EnumType(String name, List<String> values, String comment) {
    public EnumType {
        values = List.copyOf(values);
    }
}
