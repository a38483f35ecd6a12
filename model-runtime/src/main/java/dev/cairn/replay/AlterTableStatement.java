package dev.cairn.replay;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.AlterTableForms.InlineKey;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.RoutineText;
import dev.cairn.replay.TableElements.ColumnDefinition;
import dev.cairn.replay.TableElements.Constraint;
import dev.cairn.replay.TableElements.PrimaryKeyDef;
import dev.cairn.replay.TableElements.UniqueDef;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code ALTER TABLE name action, …}: adds columns and constraints, renames the table, its columns, constraints and
 * (where the engine has the form) indexes, reads the engine's table options; the DROP actions are
 * {@link AlterTableDrop}'s, ALTER COLUMN, MODIFY and CHANGE {@link AlterColumnAction}'s. Which actions exist and what
 * they refuse is the engine's ({@link AlterTableForms}).
 */
final class AlterTableStatement {
    /** Table options and storage settings: only the engine's, character set's, collation's and row format's are modelled ({@link CharsetTableOptions}). */
    private static final Set<String> TABLE_OPTIONS = Set.of("OWNER", "ENGINE", "DEFAULT", "CHARACTER", "CHARSET", "COLLATE",
            "AUTO_INCREMENT", "ROW_FORMAT", "ENABLE", "DISABLE", "SET", "RESET", "CONVERT", "ALGORITHM", "LOCK", "FORCE", "VALIDATE",
            "CLUSTER", "REPLICA");

    private final TableAlteration alteration;
    private final TokenCursor in;
    private final Engine engine;
    private final AlterTableForms forms;
    private final Changes changes;

    private AlterTableStatement(TableAlteration alteration) {
        this.alteration = alteration;
        this.in = alteration.in();
        this.engine = alteration.engine();
        this.forms = engine.alterTable();
        this.changes = alteration.changes();
    }

    /** Reads the statement after {@code ALTER TABLE}. */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
        boolean ifExists = in.accept("IF", "EXISTS");
        in.accept("ONLY");
        Name name = in.qualifiedName("the table name");
        if (schema.table(name.text()).isEmpty()) {
            if (ifExists) {
                in.rest();
                return List.of();
            }
            throw in.problem(name.token(), "table " + name.text() + " does not exist", "check the table name, or create the table in an earlier migration");
        }
        TableAlteration alteration = new TableAlteration(in, schema, state, schema.table(name.text()).get().name());
        AlterTableStatement s = new AlterTableStatement(alteration);
        do {
            s.action();
        } while (in.accept(","));
        in.expectEnd();
        return alteration.changes().list();
    }

    private void action() {
        Token at = in.peek();
        if (in.accept("ADD")) add();
        else if (in.accept("DROP")) new AlterTableDrop(alteration).read();
        else if (in.accept("RENAME")) rename();
        else if (in.accept("ALTER")) new AlterColumnAction(alteration).alter();
        else if (in.accept("MODIFY")) new AlterColumnAction(alteration).modify();
        else if (in.accept("CHANGE")) new AlterColumnAction(alteration).change();
        else if (engine.ddl().commentIsTableOption() && in.accept("COMMENT")) {
            Table before = alteration.table();
            changes.altered(before, before.withComment(emptyToNull(alteration.reader().stringValue(in, "the table comment"))));
        } else if (forms.hasRowLevelSecurity() && rowLevelSecurity()) {
            return;
        } else if (engine.ddl().charsetTableOptions() && in.accept("CONVERT")) {
            in.expect("TO");
            if (!in.accept("CHARACTER", "SET")) in.expect("CHARSET");
            String charset = CharsetTableOptions.value(in, "a character set").toLowerCase(Locale.ROOT);
            String collation = in.accept("COLLATE") ? CharsetTableOptions.value(in, "a collation").toLowerCase(Locale.ROOT) : null;
            Table before = alteration.table();
            changes.altered(before, CharsetTableOptions.converted(before, charset, collation));
        } else if (forms.hasTableOptions() && at.kind() == Token.Kind.WORD && TABLE_OPTIONS.contains(at.upper())) {
            Table before = alteration.table();
            Map<String, String> options = new TreeMap<>(before.options());
            while (!in.atEndOfElement()) {
                if (engine.ddl().charsetTableOptions() && CharsetTableOptions.read(in, options)) continue;
                if (in.peek().isSymbol("(")) in.parenthesized("the option");
                else in.next();
            }
            if (options.equals(before.options())) return;
            boolean defaultsChanged = !Objects.equals(options.get(CharsetTableOptions.CHARSET), before.options().get(CharsetTableOptions.CHARSET))
                    || !Objects.equals(options.get(CharsetTableOptions.COLLATE), before.options().get(CharsetTableOptions.COLLATE));
            changes.altered(before, defaultsChanged ? CharsetTableOptions.withDefaults(before, options) : before.withOptions(options));
        } else {
            throw in.problem(at, "Cairn does not model ALTER TABLE … " + at.text(), "use ADD, DROP, RENAME, ALTER COLUMN" +
                    (forms.hasModifyAndChange() ? ", MODIFY or CHANGE" : ""));
        }
    }

    /** {@code ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY}, if that is what comes: the table's options change. */
    private boolean rowLevelSecurity() {
        String option;
        boolean on;
        if (in.accept("ENABLE", "ROW", "LEVEL", "SECURITY")) {
            option = Table.ROW_LEVEL_SECURITY;
            on = true;
        } else if (in.accept("DISABLE", "ROW", "LEVEL", "SECURITY")) {
            option = Table.ROW_LEVEL_SECURITY;
            on = false;
        } else if (in.accept("FORCE", "ROW", "LEVEL", "SECURITY")) {
            option = Table.FORCE_ROW_LEVEL_SECURITY;
            on = true;
        } else if (in.accept("NO", "FORCE", "ROW", "LEVEL", "SECURITY")) {
            option = Table.FORCE_ROW_LEVEL_SECURITY;
            on = false;
        } else {
            return false;
        }
        Table before = alteration.table();
        Map<String, String> options = new TreeMap<>(before.options());
        if (on) options.put(option, "on");
        else options.remove(option);
        changes.altered(before, before.withOptions(options));
        return true;
    }

    private void add() {
        DefinitionReader reader = alteration.reader();
        if (forms.hasNotValidAndUsingIndex() && keyUsingIndex()) return;
        if (reader.atTableConstraint(in) && !in.at("COLUMN")) {
            forms.checkAddConstraint(in.siteAt(in.peek()));
            Constraint c = reader.constraint(in);
            if (c instanceof TableElements.IndexDef ix && ix.name() != null && alteration.table().index(ix.name().text()).isPresent()) {
                throw in.problem(ix.name().token(), "index " + ix.name().text() + " already exists on table " + alteration.tableName(),
                        "choose another index name");
            }
            Table before = alteration.table();
            TableDraft draft = alteration.draft(before);
            draft.add(c, null);
            changes.altered(before, draft.finish());
            return;
        }
        in.accept("COLUMN");
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        ColumnDefinition def = reader.column(in);
        Table before = alteration.table();
        if (ifNotExists && before.hasColumn(def.column().name())) return;
        forms.checkAddColumn(def.column(), inlineKey(def), in.siteAt(def.name().token()));
        TableDraft draft = alteration.draft(before);
        draft.addColumn(def);
        changes.altered(before, draft.finish());
    }

    /**
     * {@code [CONSTRAINT name] PRIMARY KEY | UNIQUE USING INDEX index}, if that is what comes: the constraint takes over
     * the unique index (renamed to the constraint's name when one is given), a primary key's columns become NOT NULL.
     */
    private boolean keyUsingIndex() {
        int k = in.peek().is("CONSTRAINT") ? 2 : 0;
        boolean primary = in.peek(k).is("PRIMARY") && in.peek(k + 1).is("KEY") && in.peek(k + 2).is("USING") && in.peek(k + 3).is("INDEX");
        boolean unique = in.peek(k).is("UNIQUE") && in.peek(k + 1).is("USING") && in.peek(k + 2).is("INDEX");
        if (!primary && !unique) return false;
        Name constraint = in.accept("CONSTRAINT") ? in.name("a constraint name") : null;
        if (primary) in.expect("PRIMARY", "KEY", "USING", "INDEX");
        else in.expect("UNIQUE", "USING", "INDEX");
        Name indexName = in.name("the index name");
        while (in.accept("DEFERRABLE") || in.accept("NOT", "DEFERRABLE") || in.accept("INITIALLY", "IMMEDIATE")) {
            // the immediate forms only: a deferred key over an index is not modelled
        }
        Table before = alteration.table();
        Index index = before.index(indexName.text()).orElseThrow(() -> in.problem(indexName.token(),
                "index " + indexName.text() + " does not exist on table " + alteration.tableName(), "create the unique index first, then add the constraint over it"));
        if (!index.unique() || index.where() != null || index.keys().stream().anyMatch(key -> !key.isColumn())) {
            throw in.problem(indexName.token(), "index " + indexName.text() + " is not a plain unique index of columns",
                    "a constraint can only take over a unique index of columns without WHERE");
        }
        if (primary && before.primaryKey() != null) {
            throw in.problem(indexName.token(), "multiple primary keys for table " + alteration.tableName() + " are not allowed", "drop the primary key first");
        }
        String name = constraint != null ? constraint.text() : index.name();
        List<String> columns = index.columnNames();
        Table after = before.withIndexes(before.indexes().stream().filter(i -> i != index).toList());
        if (primary) {
            after = after.withPrimaryKey(new PrimaryKey(name, columns));
            for (String c : columns) after = after.mapColumn(c, col -> col.withNullable(false));
        } else {
            List<UniqueConstraint> uniques = new java.util.ArrayList<>(after.uniqueConstraints());
            uniques.add(new UniqueConstraint(name, columns));
            after = after.withUniqueConstraints(uniques);
        }
        changes.altered(before, after);
        return true;
    }

    private static InlineKey inlineKey(ColumnDefinition def) {
        for (Constraint k : def.inline()) {
            if (k instanceof PrimaryKeyDef) return InlineKey.PRIMARY_KEY;
            if (k instanceof UniqueDef) return InlineKey.UNIQUE;
        }
        return InlineKey.NONE;
    }

    private void rename() {
        if (in.accept("TO") || in.accept("AS")) {
            Name to = in.qualifiedName("the new table name");
            renameTable(to);
        } else if (in.accept("CONSTRAINT")) {
            Name from = in.name("the constraint name");
            in.expect("TO");
            Name to = in.name("the new constraint name");
            renameConstraint(from, to);
        } else if (forms.hasDropAndRenameIndex() && (in.accept("INDEX") || in.accept("KEY"))) {
            Name from = in.name("the index name");
            in.expect("TO");
            Name to = in.name("the new index name");
            renameIndex(from, to);
        } else {
            in.accept("COLUMN");
            Name from = in.name("the column name");
            in.expect("TO");
            Name to = in.name("the new column name");
            renameColumn(from, to);
        }
    }

    private void renameTable(Name to) {
        Schema.Builder schema = alteration.schema();
        String holder = engine.namespaces().relationHolder(schema, to.text(), true);
        if (holder != null) throw in.problem(to.token(), Namespaces.taken(holder, to.text()), "choose another name");
        String from = alteration.tableName();
        List<Routine> triggers = schema.routines().stream().filter(Routine::isTrigger).toList(); // as before the rename
        changes.add(new SchemaChange.TableRenamed(from, to.text()));
        if (engine.ddl().renameTableRewritesTriggers()) {
            for (Routine trigger : triggers) {
                Routine rewritten = RoutineText.renamingTable(engine, trigger, from, to.text());
                if (Names.same(trigger.table(), from)) rewritten = rewritten.withTable(to.text());
                if (!rewritten.source().equals(trigger.source())) changes.add(new SchemaChange.RoutineReplaced(trigger, rewritten));
            }
        }
        alteration.state().renameTable(from, to.text());
        ViewsFollowRenames.afterTableRename(in, changes, schema, from, to.text());
        Table renamed = schema.table(to.text()).orElseThrow();
        changes.altered(renamed, engine.naming().afterTableRename(renamed, from));
        alteration.renamedTo(to.text());
    }

    private void renameConstraint(Name from, Name to) {
        Table before = alteration.table();
        String f = from.text(), t = to.text();
        Table after = null;
        if (before.primaryKey() != null && Names.same(before.primaryKey().name(), f)) {
            after = before.withPrimaryKey(before.primaryKey().withName(t));
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), f))) {
            after = before.withUniqueConstraints(before.uniqueConstraints().stream()
                    .map(u -> Names.same(u.name(), f) ? u.withName(t) : u).toList());
        } else if (before.checks().stream().anyMatch(c -> Names.same(c.name(), f))) {
            after = before.withChecks(before.checks().stream()
                    .map(c -> Names.same(c.name(), f) ? c.withName(t) : c).toList());
        } else if (before.foreignKeys().stream().anyMatch(x -> Names.same(x.name(), f))) {
            after = before.withForeignKeys(before.foreignKeys().stream().map(x -> Names.same(x.name(), f)
                    ? x.withName(t) : x).toList());
        }
        if (after == null) {
            throw in.problem(from.token(), "constraint " + f + " does not exist on table " + alteration.tableName(), "check the constraint name");
        }
        alteration.state().referencedKeys().renameConstraint(alteration.tableName(), f, t);
        changes.altered(before, after);
    }

    /** An index is per table where the form exists; a unique "index" is a unique constraint in the model. */
    private void renameIndex(Name from, Name to) {
        Table before = alteration.table();
        if (before.index(from.text()).isPresent()) {
            changes.altered(before, before.withIndexes(before.indexes().stream().map(i -> Names.same(i.name(), from.text())
                    ? i.withName(to.text()) : i).toList()));
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), from.text()))) {
            changes.altered(before, before.withUniqueConstraints(before.uniqueConstraints().stream().map(u -> Names.same(u.name(), from.text())
                    ? u.withName(to.text()) : u).toList()));
        } else {
            throw in.problem(from.token(), "index " + from.text() + " does not exist on table " + alteration.tableName(), "check the index name");
        }
    }

    private void renameColumn(Name from, Name to) {
        Table before = alteration.table();
        String tableName = alteration.tableName();
        if (!before.hasColumn(from.text())) {
            throw in.problem(from.token(), "column " + from.text() + " does not exist in table " + tableName, "check the column name");
        }
        if (before.hasColumn(to.text()) && !Names.same(from.text(), to.text())) {
            throw in.problem(to.token(), "column " + to.text() + " already exists in table " + tableName, "choose another column name");
        }
        String old = before.column(from.text()).get().name();
        changes.add(new SchemaChange.ColumnRenamed(tableName, old, to.text()));
        ViewsFollowRenames.afterColumnRename(in, changes, alteration.schema(), tableName, old, to.text());
        Table renamed = alteration.table();
        changes.altered(renamed, engine.naming().afterColumnRename(engine.expressions().respelled(renamed, to.text()), old, to.text()));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
