package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;

import java.util.List;

/** MySQL {@code RENAME TABLE a TO b [, c TO d …]}; on MariaDB a sequence is renamed the same way. */
final class RenameTableStatement {
    private RenameTableStatement() {
    }

    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema) {
        in.next();
        in.expect("TABLE");
        Changes changes = new Changes(schema);
        do {
            Name from = in.qualifiedName("the table name");
            in.expect("TO");
            Name to = in.qualifiedName("the new table name");
            if (schema.table(to.text()).isPresent() || schema.sequence(to.text()).isPresent() || schema.view(to.text()).isPresent()) {
                throw in.problem(to.token(), "table " + to.text() + " already exists", "choose another name");
            }
            Sequence sequence = schema.sequence(from.text()).orElse(null);
            if (sequence != null) {
                changes.add(new SchemaChange.SequenceDropped(sequence));
                changes.add(new SchemaChange.SequenceCreated(new Sequence(to.text(), sequence.start(), sequence.increment())));
            } else if (schema.table(from.text()).isPresent()) {
                changes.add(new SchemaChange.TableRenamed(schema.table(from.text()).get().name(), to.text()));
            } else {
                throw in.problem(from.token(), "table " + from.text() + " does not exist", "check the table name");
            }
        } while (in.accept(","));
        in.expectEnd();
        return changes.list();
    }
}
