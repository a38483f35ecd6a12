package dev.cairn.dialect.postgres;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.TableChanges;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table change PostgreSQL's ALTER TABLE cannot make: a column that must come back between others (the derived down
 * of a middle column's DROP COLUMN), as PostgreSQL only appends columns. The table is built again from the model, in
 * the migration's transaction: the views that read it (and the views that read those) and the other tables' foreign
 * keys into it are dropped; the sequences its serial columns own are let go; {@code new_x} is created with the
 * after-table's columns in order, the rows copied (identity values kept, the identity sequence carried on), {@code x}
 * dropped and {@code new_x} renamed to {@code x}; then its keys, checks, indexes, foreign keys, comments, row-level
 * security, policies and triggers are created from the model, the serial sequences owned again, and the foreign keys
 * into it and the views created again. A column new to the table takes its default, as ADD COLUMN would give it.
 * What the model does not hold (privileges, the owner, storage parameters, statistics targets) is not carried over.
 */
final class PostgresTableRebuild {
    private final PostgresRenderer pg;
    private final PostgresChangeRenderer changes;

    PostgresTableRebuild(PostgresRenderer pg, PostgresChangeRenderer changes) {
        this.pg = pg;
        this.changes = changes;
    }

    /** Whether ALTER TABLE would leave the columns in another order than the after-table's: a column added between others. */
    static boolean needed(TableChanges diff) {
        List<String> appended = new ArrayList<>();
        for (Column c : diff.before().columns()) if (diff.after().hasColumn(c.name())) appended.add(Names.key(c.name()));
        for (Column c : diff.addedColumns()) appended.add(Names.key(c.name()));
        return !appended.equals(diff.after().columns().stream().map(c -> Names.key(c.name())).toList());
    }

    List<String> statements(Schema schema, Table before, Table after) {
        String name = after.name();
        String scratch = AbstractDdlRenderer.scratchTableName(schema, name);
        List<View> views = AbstractDdlRenderer.viewsReading(schema, before.name());
        List<Routine> viewTriggers = new ArrayList<>();
        for (View v : views) viewTriggers.addAll(schema.triggersOn(v.name()));
        List<Table> referring = new ArrayList<>();
        List<ForeignKey> into = new ArrayList<>();
        for (Table t : schema.tables().values()) {
            if (Names.same(t.name(), before.name())) continue;
            for (ForeignKey fk : t.foreignKeys()) {
                if (!Names.same(fk.referencedTable(), before.name())) continue;
                referring.add(t);
                into.add(fk);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = views.size() - 1; i >= 0; i--) out.add(changes.dropView(views.get(i))); // their INSTEAD OF triggers go with them
        for (int i = 0; i < into.size(); i++) out.add("ALTER TABLE " + q(referring.get(i).name()) + " DROP CONSTRAINT " + q(into.get(i).name()));

        Map<String, String> options = new TreeMap<>(after.options());
        List<String> ownedAgain = new ArrayList<>();
        List<String> renamedSequences = new ArrayList<>();
        for (Column c : after.columns()) {
            if (c.identity() == Identity.ALWAYS || c.identity() == Identity.BY_DEFAULT) {
                // new_x's identity sequence has a name of its own while x's still exists, and x's name once x is gone
                String own = PostgresNaming.defaultSequence(scratch, c.name());
                options.put(Table.serialSequenceOption(c.name()), own);
                renamedSequences.add("ALTER SEQUENCE " + q(own) + " RENAME TO " + q(PostgresNaming.serialSequence(after, c.name())));
            }
            if (c.identity() != Identity.AUTO_INCREMENT) continue;
            String sequence = PostgresNaming.serialSequence(after, c.name());
            boolean kept = before.column(c.name()).filter(b -> b.identity() == Identity.AUTO_INCREMENT).isPresent();
            if (kept) out.add("ALTER SEQUENCE " + q(PostgresNaming.serialSequence(before, c.name())) + " OWNED BY NONE"); // DROP TABLE would drop it
            else out.add("CREATE SEQUENCE " + q(sequence) + " AS " + c.type().name());
            options.put(Table.serialSequenceOption(c.name()), sequence);
            ownedAgain.add("ALTER SEQUENCE " + q(sequence) + " OWNED BY " + q(name) + "." + q(c.name()));
        }
        Table scratchTable = after.withName(scratch).withOptions(options);
        List<String> columns = new ArrayList<>();
        for (Column c : scratchTable.columns()) columns.add(pg.columnDefinition(scratchTable, c));
        out.add("CREATE TABLE " + q(scratch) + " (" + String.join(", ", columns) + ")");

        List<String> copied = new ArrayList<>();
        boolean identities = false;
        for (Column c : after.columns()) {
            Column b = before.column(c.name()).orElse(null);
            if (b == null || c.generatedExpression() != null || b.generatedExpression() != null) continue;
            copied.add(q(c.name()));
            identities |= c.identity() == Identity.ALWAYS || c.identity() == Identity.BY_DEFAULT;
        }
        if (!copied.isEmpty()) {
            String list = String.join(", ", copied);
            out.add("INSERT INTO " + q(scratch) + " (" + list + ")" + (identities ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + list + " FROM " + q(before.name()));
        }
        for (Column c : after.columns()) {
            boolean identity = c.identity() == Identity.ALWAYS || c.identity() == Identity.BY_DEFAULT;
            boolean wasIdentity = before.column(c.name()).filter(b -> b.identity() == Identity.ALWAYS || b.identity() == Identity.BY_DEFAULT).isPresent();
            if (identity && wasIdentity) { // the new identity sequence goes on from the old one's last value (none if it was never used)
                out.add("SELECT setval(pg_get_serial_sequence(" + literal(q(scratch)) + ", " + literal(c.name()) + "), pg_sequence_last_value("
                        + "pg_get_serial_sequence(" + literal(q(before.name())) + ", " + literal(c.name()) + ")::regclass))");
            }
        }
        out.add("DROP TABLE " + q(before.name()));
        out.add("ALTER TABLE " + q(scratch) + " RENAME TO " + q(name));
        out.addAll(renamedSequences);

        String t = "ALTER TABLE " + q(name) + " ADD ";
        out.addAll(ownedAgain);
        if (after.primaryKey() != null) out.add(t + pg.primaryKey(after.primaryKey()));
        for (UniqueConstraint u : after.uniqueConstraints()) out.add(t + pg.unique(u));
        for (CheckConstraint c : after.checks()) out.add(t + pg.check(c));
        for (Index i : after.indexes()) out.add(pg.createIndex(after, i));
        for (ForeignKey fk : after.foreignKeys()) out.add(pg.addForeignKey(after, fk));
        out.addAll(pg.commentStatements(after));
        out.addAll(pg.rowSecurityStatements(after));
        for (Routine trigger : schema.triggersOn(before.name())) out.add(pg.createRoutine(trigger.withTable(name)));
        for (int i = 0; i < into.size(); i++) out.add(pg.addForeignKey(referring.get(i), into.get(i)));
        for (View v : views) out.addAll(changes.createView(v));
        for (Routine trigger : viewTriggers) out.add(pg.createRoutine(trigger));
        return out;
    }

    private String q(String identifier) {
        return pg.quote(identifier);
    }

    private static String literal(String text) {
        return AbstractDdlRenderer.stringLiteral(text);
    }
}
