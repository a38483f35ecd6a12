package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.SqlWords;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's documented way to make any other table change (lang_altertable.html#otheralter), from the model: create
 * {@code new_x} as the after-table, copy the columns both states hold, drop {@code x}, rename {@code new_x} to
 * {@code x}, create the after-table's indexes. The views that read {@code x} are dropped first and created again at
 * the end: SQLite's RENAME checks every view, and one that names the missing {@code x} would fail it; so are the
 * triggers that name {@code x}, and its own triggers, which DROP TABLE took, are created again last. Foreign-key
 * enforcement must be off around it (see {@link ChangeRenderer}).
 */
final class SqliteTableRebuild {
    private final AbstractDdlRenderer ddl;

    SqliteTableRebuild(AbstractDdlRenderer ddl) {
        this.ddl = ddl;
    }

    List<String> statements(Schema schema, Table before, Table after) {
        String name = after.name();
        String scratch = AbstractDdlRenderer.scratchTableName(schema, name);
        List<View> views = AbstractDdlRenderer.viewsReading(schema, name);
        List<Routine> triggers = schema.routines().values().stream()
                .filter(r -> r.isTrigger() && (Names.same(r.table(), name) || SqlWords.mentions(r.source(), name))).toList();
        List<String> out = new ArrayList<>();
        for (Routine t : triggers) if (!Names.same(t.table(), name)) out.add("DROP TRIGGER " + ddl.quote(t.name()));
        for (int i = views.size() - 1; i >= 0; i--) out.add("DROP VIEW " + ddl.quote(views.get(i).name()));
        out.add(ddl.createTable(after.withName(scratch)));
        List<String> copied = after.columns().stream()
                .filter(c -> c.generatedExpression() == null)
                .filter(c -> before.column(c.name()).map(b -> b.generatedExpression() == null).orElse(false))
                .map(c -> ddl.quote(c.name())).toList();
        if (!copied.isEmpty()) {
            String list = String.join(", ", copied);
            out.add("INSERT INTO " + ddl.quote(scratch) + " (" + list + ") SELECT " + list + " FROM " + ddl.quote(name));
        }
        out.add("DROP TABLE " + ddl.quote(name));
        out.add("ALTER TABLE " + ddl.quote(scratch) + " RENAME TO " + ddl.quote(name));
        for (Index i : after.indexes()) out.add(ddl.createIndex(after, i));
        for (View v : views) out.add(ddl.createView(v));
        for (Routine t : triggers) out.add(ddl.createRoutine(t)); // the table's own went with DROP TABLE
        return out;
    }
}
