package dev.cairn.dialect.mysql;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.BaseChangeRenderer;
import dev.cairn.dialect.TableChanges;
import dev.cairn.dialect.TableChanges.ColumnChange;
import dev.cairn.dialect.TableChanges.Renamed;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * MySQL and MariaDB: {@code DROP FOREIGN KEY}, {@code DROP INDEX}, {@code DROP PRIMARY KEY}, {@code MODIFY COLUMN} with
 * the whole new definition, columns placed with {@code FIRST}/{@code AFTER}, {@code RENAME INDEX}, {@code COMMENT}.
 * Indexes are created before the foreign keys that need them and dropped after them, so the index the model holds for a
 * foreign key (the one InnoDB would generate) is the one the key uses; an index that goes is dropped after the indexes
 * that come (one of them may take over a foreign key the old one served). Foreign keys named {@code <table>_ibfk_<n>}
 * follow a table rename by themselves, so a name change of that kind renders nothing.
 */
final class MySqlChangeRenderer extends BaseChangeRenderer {
    private final MySqlFamilyEngine engine;
    private final MySqlRenderer renderer;

    MySqlChangeRenderer(MySqlFamilyEngine engine) {
        this(engine, new MySqlRenderer(engine));
    }

    private MySqlChangeRenderer(MySqlFamilyEngine engine, MySqlRenderer renderer) {
        super(renderer);
        this.engine = engine;
        this.renderer = renderer;
    }

    @Override
    public String renameTable(String from, String to) {
        return "RENAME TABLE " + q(from) + " TO " + q(to);
    }

    /** Never: MySQL and MariaDB alter tables in place, so no statement drops a table that others reference. */
    @Override
    public boolean needsForeignKeysOff(Schema before, SchemaChange change) {
        return false;
    }

    @Override
    public List<String> alterTable(Schema before, TableChanges diff) {
        Table after = diff.after();
        String t = "ALTER TABLE " + q(after.name()) + " ";
        TableChanges.Parts<ForeignKey> fks = diff.foreignKeys().renamesAsDropAndAdd();
        List<ForeignKey> droppedFks = new ArrayList<>(fks.dropped()), addedFks = new ArrayList<>(fks.added());
        for (Renamed<ForeignKey> r : diff.foreignKeys().renamed()) {
            if (followsTableRename(after.name(), r)) {
                droppedFks.remove(r.from());
                addedFks.remove(r.to());
            }
        }
        List<String> out = new ArrayList<>();
        for (ForeignKey f : droppedFks) out.add(t + "DROP FOREIGN KEY " + q(f.name()));
        TableChanges.Parts<CheckConstraint> checks = diff.checks().renamesAsDropAndAdd();
        for (CheckConstraint c : checks.dropped())
            if (!c.isColumnLevel()) out.add(t + engine.dropCheckClause() + q(c.name()));
        out.addAll(columnChecksDropped(t, diff, checks.dropped()));
        List<String> laterDrops = new ArrayList<>();
        List<String> replaced = new ArrayList<>(); // dropped and added under one name: both in one statement, at the add
        for (UniqueConstraint u : diff.uniques().dropped()) dropKey(t, diff, u.name(), u.columns(), out, laterDrops, replaced);
        for (Index i : diff.indexes().dropped()) dropKey(t, diff, i.name(), i.columnNames(), out, laterDrops, replaced);
        TableChanges.Parts<PrimaryKey> pk = diff.primaryKey().renamesAsDropAndAdd();
        if (!pk.dropped().isEmpty()) out.add(t + "DROP PRIMARY KEY");
        for (Column c : diff.droppedColumns()) out.add(t + "DROP COLUMN " + q(c.name()));
        if (diff.optionsChanged()) out.addAll(tableOptions(t, diff));
        List<String> order = new ArrayList<>(diff.before().columns().stream().map(Column::name).filter(after::hasColumn).toList());
        for (Column c : after.columns()) {
            if (diff.addedColumns().contains(c)) {
                out.add(t + "ADD COLUMN " + ddl.columnDefinition(after, c) + place(after, c, order));
            }
        }
        for (ColumnChange c : diff.changedColumns())
            if (!c.before().equals(c.after())) out.add(t + "MODIFY COLUMN " + ddl.columnDefinition(after, c.after()));
        for (CheckConstraint c : checks.added()) { // a kept column's new CHECK: its definition restated with it
            if (c.isColumnLevel() && diff.addedColumns().stream().noneMatch(x -> Names.same(x.name(), c.column())))
                out.add(t + "MODIFY COLUMN " + ddl.columnDefinition(after, after.column(c.column()).orElseThrow()));
        }
        for (Column c : after.columns()) {
            int at = indexOf(order, c.name());
            int want = after.columns().indexOf(c);
            if (at != want) out.add(t + "MODIFY COLUMN " + ddl.columnDefinition(after, c) + place(after, c, order));
        }
        for (Renamed<UniqueConstraint> r : diff.uniques().renamed()) out.add(renameIndex(t, r.from().name(), r.to().name()));
        for (Renamed<Index> r : diff.indexes().renamed()) out.add(renameIndex(t, r.from().name(), r.to().name()));
        for (PrimaryKey p : pk.added()) out.add(t + "ADD PRIMARY KEY " + ddl.columnList(p.columns()));
        for (UniqueConstraint u : diff.uniques().added())
            out.add(t + replacing(replaced, u.name()) + "ADD UNIQUE KEY " + (u.name() == null ? "" : q(u.name()) + " ") + renderer.keyColumnList(u.columns()));
        for (Index i : diff.indexes().added())
            out.add(replaced.contains(Names.key(i.name())) ? t + replacing(replaced, i.name()) + "ADD " + renderer.key(i) : ddl.createIndex(after, i));
        out.addAll(laterDrops);
        for (CheckConstraint c : checks.added()) if (!c.isColumnLevel()) out.add(t + "ADD " + ddl.check(c));
        for (ForeignKey f : addedFks) out.add(ddl.addForeignKey(after, f));
        if (diff.commentChanged())
            out.add(t + "COMMENT = " + AbstractDdlRenderer.stringLiteral(after.comment() == null ? "" : after.comment()));
        return out;
    }

    /**
     * MariaDB cannot drop a column's CHECK by name: a kept column whose CHECK goes is restated as it was, without it,
     * before any column is dropped (the CHECK may name one). A dropped column's CHECK goes with it.
     */
    private List<String> columnChecksDropped(String t, TableChanges diff, List<CheckConstraint> dropped) {
        List<String> out = new ArrayList<>();
        for (CheckConstraint c : dropped) {
            Column column = diff.before().column(c.column() == null ? "" : c.column()).orElse(null);
            if (column == null || diff.droppedColumns().contains(column)) continue;
            Table without = diff.before().withChecks(diff.before().checks().stream().filter(k -> !k.belongsTo(column.name())).toList());
            out.add(t + "MODIFY COLUMN " + ddl.columnDefinition(without, column));
        }
        return out;
    }

    /**
     * The table's new engine and default character set and collation, before any column is added or modified (a
     * column without its own character set takes the table's). A column that took the old default in both states
     * takes the new one: the table is converted ({@code CONVERT TO CHARACTER SET}), and the columns with a character
     * set of their own are given it again. An option dropped goes back to the database's ({@code DEFAULT}), an engine
     * to InnoDB, a row format to the engine's choice ({@code ROW_FORMAT=DEFAULT}).
     */
    private List<String> tableOptions(String t, TableChanges diff) {
        Map<String, String> before = diff.before().options(), after = diff.after().options();
        List<String> out = new ArrayList<>();
        if (!Objects.equals(before.get(Table.ENGINE), after.get(Table.ENGINE)))
            out.add(t + "ENGINE=" + after.getOrDefault(Table.ENGINE, "InnoDB"));
        if (!Objects.equals(before.get(Table.ROW_FORMAT), after.get(Table.ROW_FORMAT)))
            out.add(t + "ROW_FORMAT=" + after.getOrDefault(Table.ROW_FORMAT, "DEFAULT"));
        if (Objects.equals(before.get(Table.CHARSET), after.get(Table.CHARSET)) && Objects.equals(before.get(Table.COLLATE), after.get(Table.COLLATE)))
            return out;
        String charset = after.containsKey(Table.CHARSET) ? after.get(Table.CHARSET)
                : after.containsKey(Table.COLLATE) ? after.get(Table.COLLATE).substring(0, Math.max(0, after.get(Table.COLLATE).indexOf('_'))) : "DEFAULT";
        String collate = after.containsKey(Table.COLLATE) ? " COLLATE " + after.get(Table.COLLATE) : "";
        boolean converts = diff.after().columns().stream().anyMatch(c -> inheritsDefault(c)
                && diff.before().column(c.name()).map(MySqlChangeRenderer::inheritsDefault).orElse(false));
        if (!converts) {
            out.add(t + "DEFAULT CHARSET=" + charset + collate.replace(" COLLATE ", " COLLATE="));
            return out;
        }
        out.add(t + "CONVERT TO CHARACTER SET " + charset + collate);
        for (Column c : diff.after().columns()) {
            boolean changed = diff.changedColumns().stream().anyMatch(x -> Names.same(x.after().name(), c.name()));
            if (c.type().holdsCharacters() && !inheritsDefault(c) && !changed && diff.before().hasColumn(c.name()))
                out.add(t + "MODIFY COLUMN " + ddl.columnDefinition(diff.after(), c));
        }
        return out;
    }

    private static boolean inheritsDefault(Column c) {
        return c.type().holdsCharacters() && c.charset() == null && c.collation() == null;
    }

    /** {@code FIRST} or {@code AFTER} the column before it in the after-table; moves the column there in {@code order}. */
    private String place(Table after, Column c, List<String> order) {
        int k = after.columns().indexOf(c);
        int current = indexOf(order, c.name());
        if (current >= 0) order.remove(current);
        if (k == 0) {
            order.add(0, c.name());
            return " FIRST";
        }
        String previous = after.columns().get(k - 1).name();
        order.add(indexOf(order, previous) + 1, c.name());
        return " AFTER " + q(previous);
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) if (Names.same(names.get(i), name)) return i;
        return -1;
    }

    /**
     * Where an index or unique key that goes is dropped. It may be the index a foreign key of the table needs, which
     * InnoDB refuses to drop until another index serves the key: so it goes after the keys that come, or in the same
     * statement as the key that comes under its name. It goes first, on its own, when it names a column that is
     * dropped (dropping the column would drop or shorten it).
     */
    private void dropKey(String t, TableChanges diff, String name, List<String> columns, List<String> now, List<String> later,
                         List<String> replaced) {
        String drop = t + "DROP INDEX " + q(name);
        if (diff.droppedColumns().stream().anyMatch(c -> columns.stream().anyMatch(n -> Names.same(n, c.name())))) now.add(drop);
        else if (diff.indexes().added().stream().anyMatch(i -> Names.same(i.name(), name))
                || diff.uniques().added().stream().anyMatch(u -> Names.same(u.name(), name))) replaced.add(Names.key(name));
        else later.add(drop);
    }

    /** {@code DROP INDEX `name`, } when the key added under {@code name} replaces one that goes, else nothing. */
    private String replacing(List<String> replaced, String name) {
        return name != null && replaced.contains(Names.key(name)) ? "DROP INDEX " + q(name) + ", " : "";
    }

    private static boolean followsTableRename(String table, Renamed<ForeignKey> r) {
        String from = r.from().name(), to = r.to().name();
        int f = from.lastIndexOf("_ibfk_"), t = to.lastIndexOf("_ibfk_");
        return f > 0 && t > 0 && from.substring(f).equals(to.substring(t))
                && (Names.same(from.substring(0, f), table) || Names.same(to.substring(0, t), table));
    }

    private String renameIndex(String t, String from, String to) {
        return t + "RENAME INDEX " + q(from) + " TO " + q(to);
    }

    @Override
    public List<String> replaceView(View before, View after) {
        if (Objects.equals(before.definition(), after.definition()) && before.columns().equals(after.columns()))
            return viewCommentChanged(before, after);
        if (after.comment() != null) throw new IllegalArgumentException(dialect() + " has no view comments: " + after.name());
        return List.of("CREATE OR REPLACE VIEW " + q(after.name()) + " AS " + after.definition().strip());
    }
}
