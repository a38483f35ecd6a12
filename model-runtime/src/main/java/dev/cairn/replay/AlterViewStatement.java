package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.View;

import java.util.List;

/** PostgreSQL {@code ALTER VIEW name RENAME TO other}; other ALTER VIEW forms do not change the model. */
final class AlterViewStatement {
    private AlterViewStatement() {
    }

    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
        boolean ifExists = in.accept("IF", "EXISTS");
        Name name = in.qualifiedName("the view name");
        View v = schema.view(name.text()).orElse(null);
        if (v == null) {
            if (ifExists) {
                in.rest();
                return List.of();
            }
            throw in.problem(name.token(), "view " + name.text() + " does not exist", "check the view name");
        }
        if (!in.accept("RENAME", "TO")) {
            in.rest();
            return List.of();
        }
        Name to = in.qualifiedName("the new view name");
        if (schema.view(to.text()).isPresent() || schema.table(to.text()).isPresent()) {
            throw in.problem(to.token(), "relation " + to.text() + " already exists", "choose another name");
        }
        state.renameRelation(v.name(), to.text());
        Changes changes = new Changes(schema);
        changes.add(new SchemaChange.ViewDropped(v));
        changes.add(new SchemaChange.ViewCreated(new View(to.text(), v.definition(), v.columns(), v.comment())));
        return changes.list();
    }
}
