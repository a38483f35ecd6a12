package dev.cairn.dialect.postgres;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.BaseChangeRenderer;
import dev.cairn.dialect.SqlWords;
import dev.cairn.dialect.TableChanges;
import dev.cairn.dialect.TableChanges.ColumnChange;
import dev.cairn.dialect.TableChanges.Renamed;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Policy;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * PostgreSQL: {@code ALTER TABLE … DROP/ADD CONSTRAINT}, {@code ALTER COLUMN … TYPE/SET/DROP NOT NULL/SET/DROP
 * DEFAULT}, {@code RENAME CONSTRAINT}, {@code ALTER INDEX … RENAME}, {@code COMMENT ON}; enum types by {@code ADD
 * VALUE}/{@code RENAME VALUE}, or rebuilt when a value goes. PostgreSQL only appends columns: a column that must come
 * back between others (the derived down of a middle column's drop) rebuilds the table ({@link PostgresTableRebuild}).
 */
final class PostgresChangeRenderer extends BaseChangeRenderer {
    private final PostgresRenderer pg;

    PostgresChangeRenderer() {
        this(new PostgresRenderer());
    }

    private PostgresChangeRenderer(PostgresRenderer pg) {
        super(pg);
        this.pg = pg;
    }

    /** Never: PostgreSQL alters tables in place, so no statement drops a table that others reference. */
    @Override
    public boolean needsForeignKeysOff(Schema before, SchemaChange change) {
        return false;
    }

    @Override
    public List<String> alterTable(Schema before, TableChanges diff) {
        if (PostgresTableRebuild.needed(diff)) return new PostgresTableRebuild(pg, this).statements(before, diff.before(), diff.after());
        Table after = diff.after();
        String t = "ALTER TABLE " + q(after.name()) + " ";
        List<String> out = new ArrayList<>();
        List<CheckConstraint> droppedChecks = new ArrayList<>(diff.checks().dropped()), addedChecks = new ArrayList<>(diff.checks().added());
        List<Index> droppedIndexes = new ArrayList<>(diff.indexes().dropped()), addedIndexes = new ArrayList<>(diff.indexes().added());
        for (ColumnChange c : diff.changedColumns()) {
            if (!c.typeChanged()) continue;
            // PostgreSQL keeps a condition over a retyped column with a cast in it; written again it reads as the model does
            for (CheckConstraint k : diff.before().checks())
                if (diff.after().checks().contains(k) && SqlWords.mentions(k.expression(), c.after().name()) && !droppedChecks.contains(k)) {
                    droppedChecks.add(k);
                    addedChecks.add(k);
                }
            for (Index i : diff.before().indexes())
                if (diff.after().indexes().contains(i) && mentionsOutsideColumns(i, c.after().name()) && !droppedIndexes.contains(i)) {
                    droppedIndexes.add(i);
                    addedIndexes.add(i);
                }
        }
        TableChanges.Parts<Policy> policies = diff.policies();
        // a policy whose condition changed is dropped and created again: ALTER POLICY cannot change its command or kind
        for (Policy p : policies.dropped()) out.add("DROP POLICY " + q(p.name()) + " ON " + q(diff.before().name()));
        for (ForeignKey f : diff.foreignKeys().dropped()) out.add(t + "DROP CONSTRAINT " + q(f.name()));
        for (CheckConstraint c : droppedChecks) out.add(t + "DROP CONSTRAINT " + q(c.name()));
        for (UniqueConstraint u : diff.uniques().dropped()) out.add(t + "DROP CONSTRAINT " + q(u.name()));
        for (PrimaryKey p : diff.primaryKey().dropped()) out.add(t + "DROP CONSTRAINT " + q(p.name()));
        for (Index i : droppedIndexes) out.add(pg.dropIndex(after, i));
        for (Column c : diff.droppedColumns()) out.add(t + "DROP COLUMN " + q(c.name()));
        for (Column c : diff.addedColumns()) out.add(pg.addColumn(after, c));
        for (ColumnChange c : diff.changedColumns()) out.addAll(alterColumn(t, c, after));
        for (Renamed<PrimaryKey> r : diff.primaryKey().renamed()) out.add(renameConstraint(t, r.from().name(), r.to().name()));
        for (Renamed<UniqueConstraint> r : diff.uniques().renamed()) out.add(renameConstraint(t, r.from().name(), r.to().name()));
        for (Renamed<CheckConstraint> r : diff.checks().renamed()) out.add(renameConstraint(t, r.from().name(), r.to().name()));
        for (Renamed<ForeignKey> r : diff.foreignKeys().renamed()) out.add(renameConstraint(t, r.from().name(), r.to().name()));
        for (Renamed<Index> r : diff.indexes().renamed()) out.add("ALTER INDEX " + q(r.from().name()) + " RENAME TO " + q(r.to().name()));
        for (PrimaryKey p : diff.primaryKey().added())
            out.add(t + "ADD " + pg.primaryKey(p));
        for (UniqueConstraint u : diff.uniques().added()) out.add(t + "ADD " + pg.unique(u));
        for (CheckConstraint c : addedChecks) out.add(t + "ADD " + pg.check(c));
        for (Index i : addedIndexes) out.add(pg.createIndex(after, i));
        for (ForeignKey f : diff.foreignKeys().added()) out.add(pg.addForeignKey(after, f));
        if (diff.commentChanged()) out.add("COMMENT ON TABLE " + q(after.name()) + " IS " + literalOrNull(after.comment()));
        for (Column c : diff.addedColumns()) if (c.comment() != null) out.add(columnComment(after, c));
        for (ColumnChange c : diff.changedColumns()) if (c.commentChanged()) out.add(columnComment(after, c.after()));
        if (diff.optionsChanged()) out.addAll(rowLevelSecurity(diff.before(), after));
        for (Renamed<Policy> r : policies.renamed()) out.add("ALTER POLICY " + q(r.from().name()) + " ON " + q(after.name()) + " RENAME TO " + q(r.to().name()));
        for (Policy p : policies.added()) out.add(pg.createPolicy(after, p));
        return out;
    }

    /** ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY, the only table options of PostgreSQL's model. */
    private List<String> rowLevelSecurity(Table before, Table after) {
        List<String> out = new ArrayList<>();
        for (String option : List.of(Table.ROW_LEVEL_SECURITY, Table.FORCE_ROW_LEVEL_SECURITY)) {
            boolean was = before.options().containsKey(option), is = after.options().containsKey(option);
            if (was == is) continue;
            String word = option.equals(Table.ROW_LEVEL_SECURITY) ? (is ? "ENABLE" : "DISABLE") : (is ? "FORCE" : "NO FORCE");
            out.add(pg.rowLevelSecurity(after, word));
        }
        Map<String, String> rest = new TreeMap<>(after.options());
        rest.keySet().removeAll(List.of(Table.ROW_LEVEL_SECURITY, Table.FORCE_ROW_LEVEL_SECURITY));
        // the name of a serial column's sequence follows the column; nothing in the database changes with it
        rest.keySet().removeIf(k -> k.startsWith(Table.serialSequenceOption("")));
        if (!rest.isEmpty()) throw new IllegalArgumentException("PostgreSQL has no table options " + rest.keySet() + ": " + after.name());
        return out;
    }

    private static boolean mentionsOutsideColumns(Index i, String column) {
        return SqlWords.mentions(i.where(), column)
                || i.keys().stream().anyMatch(k -> !k.isColumn() && SqlWords.mentions(k.expression(), column));
    }

    private List<String> alterColumn(String t, ColumnChange c, Table after) {
        Column b = c.before(), a = c.after();
        String col = t + "ALTER COLUMN " + q(a.name()) + " ";
        if (c.generatedChanged())
            throw new IllegalArgumentException("PostgreSQL cannot change the expression of generated column " + a.name() + "; drop and re-add it");
        List<String> out = new ArrayList<>();
        boolean defaultDone = false;
        if (c.typeChanged()) {
            if (b.identity() == Identity.AUTO_INCREMENT || a.identity() == Identity.AUTO_INCREMENT)
                throw new IllegalArgumentException("Cairn cannot change the type of serial column " + a.name());
            if (b.defaultExpression() != null) out.add(col + "DROP DEFAULT");
            String type = pg.typeText(a.type());
            out.add(col + "TYPE " + type + (a.collation() == null ? "" : " COLLATE " + q(a.collation()))
                    + " USING " + q(a.name()) + "::" + type);
            if (a.defaultExpression() != null) out.add(col + "SET DEFAULT " + AbstractDdlRenderer.defaultClause(a.defaultExpression()));
            defaultDone = true;
        }
        if (c.identityChanged()) out.add(identity(col, c, after));
        if (c.nullableChanged()) out.add(col + (a.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        if (c.defaultChanged() && !defaultDone)
            out.add(col + (a.defaultExpression() == null ? "DROP DEFAULT" : "SET DEFAULT " + AbstractDdlRenderer.defaultClause(a.defaultExpression())));
        return out;
    }

    private String identity(String col, ColumnChange c, Table after) {
        Identity b = c.before().identity(), a = c.after().identity();
        if (b == Identity.AUTO_INCREMENT || a == Identity.AUTO_INCREMENT)
            throw new IllegalArgumentException("Cairn cannot turn column " + c.after().name() + " into or out of a serial column");
        if (a == Identity.NONE) return col + "DROP IDENTITY";
        String kind = a == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
        return b == Identity.NONE ? col + "ADD GENERATED " + kind + " AS IDENTITY" + pg.identitySequence(after, c.after()) : col + "SET GENERATED " + kind;
    }

    private String renameConstraint(String t, String from, String to) {
        return t + "RENAME CONSTRAINT " + q(from) + " TO " + q(to);
    }

    private String columnComment(Table table, Column c) {
        return "COMMENT ON COLUMN " + q(table.name()) + "." + q(c.name()) + " IS " + literalOrNull(c.comment());
    }

    private static String literalOrNull(String text) {
        return text == null ? "NULL" : AbstractDdlRenderer.stringLiteral(text);
    }

    @Override
    public List<String> createView(View view) {
        List<String> out = new ArrayList<>(super.createView(view));
        if (view.comment() != null) out.add("COMMENT ON VIEW " + q(view.name()) + " IS " + literalOrNull(view.comment()));
        return out;
    }

    /** CREATE OR REPLACE where PostgreSQL allows it (the old columns stay, in order, new ones only at the end). */
    @Override
    public String dropRoutine(Routine routine) {
        return routine.isTrigger() ? super.dropRoutine(routine) + " ON " + q(routine.table()) : super.dropRoutine(routine);
    }

    /** A function or procedure is replaced in place (triggers that execute it stay); a trigger is dropped and created. */
    @Override
    public List<String> replaceRoutine(Routine before, Routine after) {
        if (after.isTrigger() || after.kind() == Routine.Kind.EXTENSION) return super.replaceRoutine(before, after);
        return List.of(ddl.createRoutine(after).replaceFirst("^CREATE ", "CREATE OR REPLACE "));
    }

    @Override
    public List<String> replaceView(View before, View after) {
        if (Objects.equals(before.definition(), after.definition()) && before.columns().equals(after.columns()))
            return viewCommentChanged(before, after);
        if (after.columns().size() < before.columns().size() || !after.columns().subList(0, before.columns().size()).equals(before.columns()))
            return super.replaceView(before, after);
        List<String> out = new ArrayList<>();
        out.add("CREATE OR REPLACE VIEW " + q(after.name()) + " AS " + after.definition().strip());
        out.addAll(viewCommentChanged(before, after));
        return out;
    }

    @Override
    public List<String> viewCommentChanged(View before, View after) {
        if (Objects.equals(before.comment(), after.comment())) return List.of();
        return List.of("COMMENT ON VIEW " + q(after.name()) + " IS " + literalOrNull(after.comment()));
    }

    @Override
    public List<String> createEnumType(EnumType type) {
        List<String> out = new ArrayList<>(super.createEnumType(type));
        if (type.comment() != null) out.add("COMMENT ON TYPE " + q(type.name()) + " IS " + literalOrNull(type.comment()));
        return out;
    }

    @Override
    public List<String> alterEnumType(Schema before, EnumType from, EnumType to) {
        List<String> out = new ArrayList<>(new PostgresEnumChange(pg).values(before, from, to));
        if (!Objects.equals(from.comment(), to.comment()))
            out.add("COMMENT ON TYPE " + q(to.name()) + " IS " + literalOrNull(to.comment()));
        return out;
    }
}
