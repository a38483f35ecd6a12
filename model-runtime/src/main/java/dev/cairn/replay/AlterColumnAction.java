package dev.cairn.replay;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.Engine;
import dev.cairn.replay.TableElements.ColumnDefinition;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.replay.TokenCursor.Span;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Names;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ALTER TABLE actions that change one column's definition: {@code ALTER [COLUMN] c SET/DROP DEFAULT} and, where
 * the engine has them, {@code SET/DROP NOT NULL}, {@code [SET DATA] TYPE t}, {@code DROP IDENTITY}; MySQL's
 * {@code MODIFY [COLUMN] definition} and {@code CHANGE [COLUMN] old definition}.
 */
final class AlterColumnAction {
    private final TableAlteration alteration;
    private final TokenCursor in;
    private final AlterTableForms forms;
    private final Engine engine;

    AlterColumnAction(TableAlteration alteration) {
        this.alteration = alteration;
        this.in = alteration.in();
        this.forms = alteration.engine().alterTable();
        this.engine = alteration.engine();
    }

    /** Reads the action after {@code ALTER}. */
    void alter() {
        Token at = in.peek();
        forms.checkAlterColumn(in.siteAt(at));
        if (forms.hasAlterIndexAndCheck() && (in.at("INDEX") || in.at("CHECK") || in.at("CONSTRAINT"))) {
            while (!in.atEndOfElement()) in.next(); // index visibility / check enforcement: not modelled
            return;
        }
        in.accept("COLUMN");
        Name name = in.name("the column name");
        Table before = alteration.table();
        Column c = before.column(name.text()).orElseThrow(() -> in.problem(name.token(),
                "column " + name.text() + " does not exist in table " + alteration.tableName(), "check the column name"));
        boolean beyondDefault = forms.altersColumnTypeAndNullability();
        Column after;
        if (in.accept("SET", "DEFAULT")) {
            Span value = in.until(Set.of());
            if (value == null) throw in.unexpected("expected the default value");
            after = c.withDefault(value.text().equalsIgnoreCase("NULL") ? null : engine.expressions().canonicalDefault(value.text(), c.type()));
        } else if (in.accept("DROP", "DEFAULT")) {
            after = c.withDefault(null);
        } else if (beyondDefault && in.accept("SET", "NOT", "NULL")) {
            after = c.withNullable(false);
        } else if (beyondDefault && in.accept("DROP", "NOT", "NULL")) {
            if (before.primaryKey() != null && before.primaryKey().columns().stream().anyMatch(p -> Names.same(p, c.name()))) {
                throw in.problem(name.token(), "column " + c.name() + " is in a primary key", "drop the primary key first");
            }
            after = c.withNullable(true);
        } else if (beyondDefault && (in.accept("SET", "DATA", "TYPE") || in.accept("TYPE"))) {
            after = retyped(c);
            if (engine.keys().keyConstraintsOwnIndexes()) foreignKeysRemade(c.name());
        } else if (beyondDefault && in.accept("DROP", "IDENTITY")) {
            in.accept("IF", "EXISTS");
            after = c.withIdentity(Identity.NONE);
            changes().altered(before, withoutSequenceOption(before.mapColumn(c.name(), x -> after), c.name())); // its sequence goes
            return;
        } else if (beyondDefault && (in.accept("SET", "STATISTICS") || in.accept("SET", "STORAGE") || in.accept("SET", "COMPRESSION"))) {
            in.next();
            after = c;
        } else {
            throw in.unexpected("expected SET DEFAULT, DROP DEFAULT" + (beyondDefault ? ", SET NOT NULL, DROP NOT NULL or TYPE" : ""));
        }
        changes().altered(before, before.mapColumn(c.name(), x -> after));
    }

    /**
     * PostgreSQL makes the foreign keys on a retyped column, and those referencing it, again from their definitions,
     * which name the referenced columns: each is then checked with the oldest key on them ({@link ReferencedKeys}).
     */
    private void foreignKeysRemade(String column) {
        String table = alteration.tableName();
        for (Table t : alteration.schema().tables()) {
            for (ForeignKey fk : t.foreignKeys()) {
                boolean on = Names.same(t.name(), table) && fk.columns().stream().anyMatch(x -> Names.same(x, column));
                boolean to = Names.same(fk.referencedTable(), table) && fk.referencedColumns().stream().anyMatch(x -> Names.same(x, column));
                if (on || to) alteration.state().referencedKeys().remade(t.name(), fk.name());
            }
        }
    }

    /** {@code TYPE t [COLLATE c] [USING expr]}: the column with the new type, its default converted to it. */
    private Column retyped(Column c) {
        Span type = in.until(Set.of("COLLATE", "USING"));
        if (type == null) throw in.unexpected("expected the new type");
        SqlType newType = engine.types().parse(type.text());
        Column after = c.withType(newType);
        if (in.accept("COLLATE")) after = after.withCollation(in.name("a collation").text());
        if (in.accept("USING")) in.until(Set.of());
        // PostgreSQL leaves the default as it was, converted to the new type: 'a'::character varying on a text column
        after = after.withDefault(engine.expressions().retypedDefault(c.defaultExpression(), c.type(), newType));
        return after;
    }

    /** {@code MODIFY [COLUMN] definition}: the column's whole definition is replaced. */
    void modify() {
        if (!forms.hasModifyAndChange()) throw in.problem(in.peek(), "MODIFY is MySQL syntax", "use ALTER COLUMN … TYPE / SET / DROP");
        in.accept("COLUMN");
        ColumnDefinition def = alteration.reader().column(in);
        replaceColumn(def.name(), def);
    }

    /** {@code CHANGE [COLUMN] old new-definition}: rename and redefine. */
    void change() {
        if (!forms.hasModifyAndChange()) throw in.problem(in.peek(), "CHANGE is MySQL syntax", "use RENAME COLUMN and ALTER COLUMN");
        in.accept("COLUMN");
        Name old = in.name("the column name");
        ColumnDefinition def = alteration.reader().column(in);
        replaceColumn(old, def);
    }

    private void replaceColumn(Name old, ColumnDefinition def) {
        Table before = alteration.table();
        String tableName = alteration.tableName();
        Column c = before.column(old.text()).orElseThrow(() -> in.problem(old.token(),
                "column " + old.text() + " does not exist in table " + tableName, "check the column name"));
        String newName = def.column().name();
        if (!Names.same(c.name(), newName)) {
            if (before.hasColumn(newName)) throw in.problem(def.name().token(), "column " + newName + " already exists in table " + tableName, "choose another name");
            changes().add(new SchemaChange.ColumnRenamed(tableName, c.name(), newName));
        }
        Table renamed = alteration.table();
        Column column = def.column();
        boolean inPrimaryKey = renamed.primaryKey() != null && renamed.primaryKey().columns().stream().anyMatch(p -> Names.same(p, newName));
        if (inPrimaryKey) column = column.withNullable(false);
        List<Column> columns = new ArrayList<>(renamed.columns());
        int index = 0;
        while (!Names.same(columns.get(index).name(), newName)) index++;
        columns.remove(index);
        Table without = engine.expressions().respelled(renamed, newName).withColumns(columns);
        // MariaDB keeps a column's CHECK with its definition: the new definition replaces it, with its own CHECK or none
        without = without.withChecks(without.checks().stream().filter(k -> !k.belongsTo(newName)).toList());
        TableDraft draft = alteration.draft(without);
        draft.addColumn(new ColumnDefinition(def.name(), column, def.inline(), def.placement(), def.sequence()));
        Table after = draft.finish();
        if (def.placement() == null) {
            List<Column> ordered = new ArrayList<>(after.columns());
            Column moved = ordered.remove(ordered.size() - 1);
            ordered.add(index, moved);
            after = after.withColumns(ordered);
        }
        changes().altered(renamed, after);
    }

    private Changes changes() {
        return alteration.changes();
    }

    /** The table without the option naming the sequence of {@code column} ({@link Table#serialSequenceOption}). */
    private static Table withoutSequenceOption(Table table, String column) {
        if (!table.options().containsKey(Table.serialSequenceOption(column))) return table;
        java.util.Map<String, String> options = new java.util.TreeMap<>(table.options());
        options.remove(Table.serialSequenceOption(column));
        return table.withOptions(options);
    }
}
