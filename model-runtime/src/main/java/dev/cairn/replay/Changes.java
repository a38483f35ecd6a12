package dev.cairn.replay;

import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** The changes one statement makes, applied to the schema as they are recorded (later parts of it see earlier ones). */
final class Changes {
    private final Schema.Builder schema;
    private final List<SchemaChange> list = new ArrayList<>(2);

    Changes(Schema.Builder schema) {
        this.schema = schema;
    }

    void add(SchemaChange change) {
        change.applyTo(schema);
        list.add(change);
    }

    /** Records {@code after} as the new state of a table, if it differs from {@code before}. */
    void altered(Table before, Table after) {
        if (!before.equals(after)) add(new SchemaChange.TableAltered(before, after));
    }

    List<SchemaChange> list() {
        return List.copyOf(list);
    }
}
