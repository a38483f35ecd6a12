package dev.cairn.testdb;

import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;

import static org.junit.jupiter.api.Assertions.fail;

public final class SchemaAssertions {
    private SchemaAssertions() {
    }

    /** Fails with every difference, one per line, when {@code actual} is not the {@code expected} schema. */
    public static void assertSameSchema(Schema expected, Schema actual) {
        SchemaDifferences diff = SchemaDifferences.between(expected, actual);
        if (!diff.isEmpty()) fail("expected model ≠ live database:\n  " + diff.toString().replace("\n", "\n  "));
    }
}
