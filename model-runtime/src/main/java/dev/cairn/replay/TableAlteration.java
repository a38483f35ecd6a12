package dev.cairn.replay;

import dev.cairn.dialect.Engine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;

/**
 * One ALTER TABLE statement under way: what its actions read and change, and the table as the actions so far left it
 * (a RENAME TO among them renames it for the actions after).
 */
final class TableAlteration {
    private final TokenCursor in;
    private final Schema.Builder schema;
    private final ReplayState state;
    private final Changes changes;
    private final DefinitionReader reader;
    private String tableName;

    TableAlteration(TokenCursor in, Schema.Builder schema, ReplayState state, String tableName) {
        this.in = in;
        this.schema = schema;
        this.state = state;
        this.changes = new Changes(schema);
        this.reader = new DefinitionReader(in.engine());
        this.tableName = tableName;
    }

    TokenCursor in() {
        return in;
    }

    Engine engine() {
        return in.engine();
    }

    Schema.Builder schema() {
        return schema;
    }

    ReplayState state() {
        return state;
    }

    Changes changes() {
        return changes;
    }

    DefinitionReader reader() {
        return reader;
    }

    String tableName() {
        return tableName;
    }

    Table table() {
        return schema.table(tableName).orElseThrow();
    }

    void renamedTo(String name) {
        tableName = name;
    }

    /** A draft of the table as it stands, for actions that add columns or constraints. */
    TableDraft draft(Table start) {
        return new TableDraft(schema, state, in, start);
    }
}
