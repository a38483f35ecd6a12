package dev.cairn.replay;

import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.List;

/**
 * PostgreSQL {@code COMMENT ON TABLE | COLUMN | VIEW | TYPE name IS 'text' | NULL}. Comments on other objects
 * (indexes, constraints, functions) are not modelled: such a statement replays as a step that changes nothing.
 */
final class CommentStatement {
    private CommentStatement() {
    }

    /** Reads the statement after {@code COMMENT ON}; null when it comments on something the model does not hold. */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema) {
        Token kindToken = in.next();
        String kind = kindToken.upper();
        if (!List.of("TABLE", "COLUMN", "VIEW", "TYPE").contains(kind)) {
            in.rest();
            return null;
        }
        Name first = in.name("the " + kind.toLowerCase(java.util.Locale.ROOT) + " name");
        Name second = null, third = null;
        if (in.accept(".")) second = in.name("a name");
        if (in.accept(".")) third = in.name("a name");
        in.expect("IS");
        String text;
        if (in.accept("NULL")) {
            text = null;
        } else {
            Token t = in.peek();
            if (t.kind() != Kind.STRING) throw in.unexpected("expected the comment as a quoted string, or NULL");
            text = new DefinitionReader(in.engine()).decodeString(in.next().text());
            if (text.isEmpty()) text = null;
        }
        in.expectEnd();
        Changes changes = new Changes(schema);
        String comment = text;
        switch (kind) {
            case "TABLE" -> {
                Name n = second != null ? second : first;
                Table t = schema.table(n.text()).orElseThrow(() -> in.problem(n.token(), "table " + n.text() + " does not exist", "check the table name"));
                changes.altered(t, t.withComment(comment));
            }
            case "COLUMN" -> {
                Name tableName = third != null ? second : first;
                Name columnName = third != null ? third : second;
                if (columnName == null) throw in.problem(first.token(), "COMMENT ON COLUMN needs table.column", "write the table name before the column");
                Table t = schema.table(tableName.text()).orElseThrow(() -> in.problem(tableName.token(), "table " + tableName.text() + " does not exist", "check the table name"));
                Column c = t.column(columnName.text()).orElseThrow(() -> in.problem(columnName.token(),
                        "column " + columnName.text() + " does not exist in table " + t.name(), "check the column name"));
                changes.altered(t, t.mapColumn(c.name(), x -> x.withComment(comment)));
            }
            case "VIEW" -> {
                Name n = second != null ? second : first;
                View v = schema.view(n.text()).orElseThrow(() -> in.problem(n.token(), "view " + n.text() + " does not exist", "check the view name"));
                changes.add(new SchemaChange.ViewReplaced(v, new View(v.name(), v.definition(), v.columns(), comment)));
            }
            default -> {
                Name n = second != null ? second : first;
                EnumType e = schema.enumType(n.text()).orElseThrow(() -> in.problem(n.token(), "type " + n.text() + " does not exist", "check the type name"));
                changes.add(new SchemaChange.EnumTypeAltered(e, new EnumType(e.name(), e.values(), comment)));
            }
        }
        return changes.list();
    }
}
