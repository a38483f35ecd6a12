package dev.cairn.replay;

import dev.cairn.schema.Renames;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.View;

import java.util.List;

/**
 * Where renaming a table or a column rewrites the views that name it ({@link dev.cairn.dialect.DdlRules#renamesRewriteViews},
 * SQLite): each such view's SELECT names the new name, and its columns are worked out again, so a column that was a
 * bare reference to the renamed column takes the new name, as the engine reports it.
 */
final class ViewsFollowRenames {
    private ViewsFollowRenames() {
    }

    static void afterColumnRename(TokenCursor in, Changes changes, Schema.Builder schema, String table, String from, String to) {
        if (!in.engine().ddl().renamesRewriteViews()) return;
        for (View view : List.copyOf(schema.views())) {
            if (!Renames.mentions(view.definition(), table)) continue;
            String definition = Renames.inExpression(view.definition(), from, schema.spelled(to));
            if (definition.equals(view.definition())) continue;
            List<String> columns = ViewStatement.columnsOf(in, schema, definition).orElse(view.columns());
            changes.add(new SchemaChange.ViewReplaced(view, new View(view.name(), definition, columns, view.comment())));
        }
    }

    static void afterTableRename(TokenCursor in, Changes changes, Schema.Builder schema, String from, String to) {
        if (!in.engine().ddl().renamesRewriteViews()) return;
        for (View view : List.copyOf(schema.views())) {
            String definition = Renames.inExpression(view.definition(), from, schema.spelled(to));
            if (definition.equals(view.definition())) continue;
            changes.add(new SchemaChange.ViewReplaced(view, new View(view.name(), definition, view.columns(), view.comment())));
        }
    }
}
