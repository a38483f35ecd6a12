package dev.cairn.testdb;

import dev.cairn.schema.Schema;

import java.util.List;

/**
 * A schema written two ways: the DDL a migration would hold ({@code statements}, each without its terminating
 * semicolon) and the model that DDL means ({@code model}, built by hand the way replay builds it).
 */
public record Fixture(String name, List<String> statements, Schema model) {
    public Fixture {
        statements = List.copyOf(statements);
    }

    /** The statements as one migration script. */
    public String script() {
        return String.join(";\n", statements) + ";\n";
    }

    @Override
    public String toString() {
        return name;
    }
}
