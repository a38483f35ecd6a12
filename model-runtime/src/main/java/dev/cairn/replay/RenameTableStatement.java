package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;

import java.util.List;

/** MySQL {@code RENAME TABLE a TO b [, c TO d …]}; on MariaDB a sequence is renamed the same way. */
final class RenameTableStatement {
    private RenameTableStatement() {
    }

    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
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
                changes.add(new SchemaChange.SequenceCreated(sequence.withName(to.text())));
            } else if (schema.table(from.text()).isPresent()) {
                String old = schema.table(from.text()).get().name();
                changes.add(new SchemaChange.TableRenamed(old, to.text()));
                state.renameTable(old, to.text());
                Table renamed = schema.table(to.text()).orElseThrow();
                changes.altered(renamed, in.engine().naming().afterTableRename(renamed, old));
            } else {
                throw in.problem(from.token(), "table " + from.text() + " does not exist", "check the table name");
            }
        } while (in.accept(","));
        in.expectEnd();
        return changes.list();
    }
}
