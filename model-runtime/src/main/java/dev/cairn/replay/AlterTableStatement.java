package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.TableElements.ColumnDefinition;
import dev.cairn.replay.TableElements.Constraint;
import dev.cairn.replay.TableElements.PrimaryKeyDef;
import dev.cairn.replay.TableElements.UniqueDef;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.replay.TokenCursor.Span;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTER TABLE name action, …}: add/drop/rename/alter columns, add/drop/rename constraints and indexes, rename
 * the table; the PostgreSQL forms, MySQL's {@code MODIFY}/{@code CHANGE}/{@code DROP FOREIGN KEY}/{@code DROP INDEX}/
 * {@code DROP PRIMARY KEY}, and SQLite's few forms, each refused where the engine refuses it.
 */
final class AlterTableStatement {
    private final TokenCursor in;
    private final Schema.Builder schema;
    private final ReplayState state;
    private final Changes changes;
    private final Dialect dialect;
    private final DefinitionReader reader;
    private String tableName;

    private AlterTableStatement(TokenCursor in, Schema.Builder schema, ReplayState state) {
        this.in = in;
        this.schema = schema;
        this.state = state;
        this.changes = new Changes(schema);
        this.dialect = in.dialect();
        this.reader = new DefinitionReader(dialect);
    }

    /** Reads the statement after {@code ALTER TABLE}. */
    static List<SchemaChange> read(TokenCursor in, Schema.Builder schema, ReplayState state) {
        AlterTableStatement s = new AlterTableStatement(in, schema, state);
        s.read();
        return s.changes.list();
    }

    private void read() {
        boolean ifExists = in.accept("IF", "EXISTS");
        in.accept("ONLY");
        Name name = in.qualifiedName("the table name");
        if (schema.table(name.text()).isEmpty()) {
            if (ifExists) {
                in.rest();
                return;
            }
            throw in.problem(name.token(), "table " + name.text() + " does not exist", "check the table name, or create the table in an earlier migration");
        }
        tableName = schema.table(name.text()).get().name();
        do {
            action();
        } while (in.accept(","));
        in.expectEnd();
    }

    private Table table() {
        return schema.table(tableName).orElseThrow();
    }

    private void action() {
        Token at = in.peek();
        if (in.accept("ADD")) add();
        else if (in.accept("DROP")) drop();
        else if (in.accept("RENAME")) rename();
        else if (in.accept("ALTER")) alterColumn();
        else if (in.accept("MODIFY")) modify();
        else if (in.accept("CHANGE")) change();
        else if (dialect.isMySqlFamily() && in.accept("COMMENT")) {
            Table before = table();
            changes.altered(before, before.withComment(emptyToNull(reader.stringValue(in, "the table comment"))));
        } else if (dialect != Dialect.SQLITE && (in.at("OWNER") || in.at("ENGINE") || in.at("DEFAULT") || in.at("CHARACTER")
                || in.at("CHARSET") || in.at("COLLATE") || in.at("AUTO_INCREMENT") || in.at("ROW_FORMAT") || in.at("ENABLE")
                || in.at("DISABLE") || in.at("SET") || in.at("RESET") || in.at("CONVERT") || in.at("ALGORITHM") || in.at("LOCK")
                || in.at("FORCE") || in.at("VALIDATE") || in.at("CLUSTER") || in.at("REPLICA"))) {
            // table options and storage settings do not change the schema's shape
            while (!in.atEndOfElement()) {
                if (in.peek().isSymbol("(")) in.parenthesized("the option");
                else in.next();
            }
        } else {
            throw in.problem(at, "Cairn does not model ALTER TABLE … " + at.text(), "use ADD, DROP, RENAME, ALTER COLUMN" +
                    (dialect.isMySqlFamily() ? ", MODIFY or CHANGE" : ""));
        }
    }

    private void add() {
        if (reader.atTableConstraint(in) && !in.at("COLUMN")) {
            if (dialect == Dialect.SQLITE) throw sqliteCannot(in.peek(), "add a constraint to an existing table");
            Constraint c = reader.constraint(in);
            if (dialect.isMySqlFamily() && c instanceof TableElements.IndexDef ix && ix.name() != null && table().index(ix.name().text()).isPresent()) {
                throw in.problem(ix.name().token(), "index " + ix.name().text() + " already exists on table " + tableName, "choose another index name");
            }
            Table before = table();
            TableDraft draft = new TableDraft(schema, state, in, before);
            draft.add(c, null);
            changes.altered(before, draft.finish());
            return;
        }
        in.accept("COLUMN");
        boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
        ColumnDefinition def = reader.column(in);
        Table before = table();
        if (ifNotExists && before.hasColumn(def.column().name())) return;
        if (dialect == Dialect.SQLITE) checkSqliteAddColumn(def);
        TableDraft draft = new TableDraft(schema, state, in, before);
        draft.addColumn(def);
        changes.altered(before, draft.finish());
    }

    private void checkSqliteAddColumn(ColumnDefinition def) {
        Column c = def.column();
        for (Constraint k : def.inline()) {
            if (k instanceof PrimaryKeyDef) throw in.problem(def.name().token(), "SQLite cannot add a PRIMARY KEY column", "rebuild the table, or add a plain column");
            if (k instanceof UniqueDef) throw in.problem(def.name().token(), "SQLite cannot add a UNIQUE column", "add the column, then CREATE UNIQUE INDEX on it");
        }
        if (!c.nullable() && c.defaultExpression() == null && c.generatedExpression() == null) {
            throw in.problem(def.name().token(), "SQLite cannot add a NOT NULL column with default value NULL", "give the column a DEFAULT");
        }
        String d = c.defaultExpression() == null ? "" : c.defaultExpression().toUpperCase(java.util.Locale.ROOT);
        if (d.startsWith("(") || d.equals("CURRENT_TIMESTAMP") || d.equals("CURRENT_DATE") || d.equals("CURRENT_TIME")) {
            throw in.problem(def.name().token(), "SQLite cannot add a column with a non-constant default", "use a constant default");
        }
        if (c.generatedExpression() != null && c.generatedStored()) {
            throw in.problem(def.name().token(), "SQLite cannot add a STORED generated column", "make it VIRTUAL");
        }
    }

    private void drop() {
        Token at = in.peek();
        if (in.accept("CONSTRAINT") || dialect.isMySqlFamily() && in.accept("CHECK")) {
            if (dialect == Dialect.SQLITE) throw sqliteCannot(at, "drop a constraint");
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the constraint name");
            boolean cascade = in.accept("CASCADE");
            in.accept("RESTRICT");
            dropConstraint(name, ifExists, cascade);
        } else if (dialect.isMySqlFamily() && in.accept("PRIMARY", "KEY")) {
            Table before = table();
            if (before.primaryKey() == null) throw in.problem(at, "table " + tableName + " has no primary key", "check the table");
            Table after = before.withPrimaryKey(null);
            ensureKeysStillIndexed(after, "PRIMARY", at);
            changes.altered(before, after);
        } else if (dialect.isMySqlFamily() && in.accept("FOREIGN", "KEY")) {
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the foreign key name");
            Table before = table();
            ForeignKey fk = before.foreignKeys().stream().filter(f -> Names.same(f.name(), name.text())).findFirst().orElse(null);
            if (fk == null) {
                if (ifExists) return;
                throw in.problem(name.token(), "foreign key " + name.text() + " does not exist on table " + tableName, "check the constraint name");
            }
            // the index InnoDB made for the key stays, and stays its own: a later index that can serve the columns replaces it
            changes.altered(before, before.withForeignKeys(before.foreignKeys().stream().filter(f -> f != fk).toList()));
        } else if (dialect.isMySqlFamily() && (in.accept("INDEX") || in.accept("KEY"))) {
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the index name");
            dropMySqlIndex(name, ifExists);
        } else {
            in.accept("COLUMN");
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the column name");
            boolean cascade = in.accept("CASCADE");
            in.accept("RESTRICT");
            dropColumn(name, ifExists, cascade);
        }
    }

    /** MySQL keeps an index per table; a unique "index" is a unique constraint in the model. */
    void dropMySqlIndex(Name name, boolean ifExists) {
        Table before = table();
        Table after;
        if (before.index(name.text()).isPresent()) {
            after = before.withIndexes(before.indexes().stream().filter(i -> !Names.same(i.name(), name.text())).toList());
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name.text()))) {
            after = before.withUniqueConstraints(before.uniqueConstraints().stream().filter(u -> !Names.same(u.name(), name.text())).toList());
        } else if (name.text().equalsIgnoreCase("PRIMARY") && before.primaryKey() != null) {
            after = before.withPrimaryKey(null);
        } else {
            if (ifExists) return;
            throw in.problem(name.token(), "index " + name.text() + " does not exist on table " + tableName, "check the index name");
        }
        ensureKeysStillIndexed(after, name.text(), name.token());
        state.forget(tableName, name.text());
        changes.altered(before, after);
    }

    /** MySQL refuses to drop the last index a foreign key can use. */
    private void ensureKeysStillIndexed(Table after, String dropped, Token at) {
        TableDraft.requireForeignKeysIndexed(in, after, dropped, at);
    }

    private void dropConstraint(Name name, boolean ifExists, boolean cascade) {
        Table before = table();
        String n = name.text();
        Table after = null;
        if (before.primaryKey() != null && Names.same(before.primaryKey().name(), n)) {
            dependentForeignKeys(before, before.primaryKey().columns(), name.token(), cascade);
            after = table().withPrimaryKey(null);
            before = table();
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), n))) {
            UniqueConstraint u = before.uniqueConstraints().stream().filter(x -> Names.same(x.name(), n)).findFirst().get();
            if (dialect == Dialect.POSTGRESQL) dependentForeignKeys(before, u.columns(), name.token(), cascade);
            before = table();
            after = before.withUniqueConstraints(before.uniqueConstraints().stream().filter(x -> x != u).toList());
        } else if (before.checks().stream().anyMatch(c -> Names.same(c.name(), n))) {
            after = before.withChecks(before.checks().stream().filter(c -> !Names.same(c.name(), n)).toList());
        } else if (before.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), n))) {
            after = before.withForeignKeys(before.foreignKeys().stream().filter(f -> !Names.same(f.name(), n)).toList());
        }
        if (after == null) {
            if (ifExists) return;
            throw in.problem(name.token(), "constraint " + n + " does not exist on table " + tableName, "check the constraint name");
        }
        if (dialect.isMySqlFamily()) ensureKeysStillIndexed(after, n, name.token());
        changes.altered(before, after);
    }

    /** Foreign keys of other tables that reference these columns: an error, or dropped too with CASCADE (PostgreSQL). */
    private void dependentForeignKeys(Table t, List<String> columns, Token at, boolean cascade) {
        for (Table other : List.copyOf(schema.tables())) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (!Names.same(fk.referencedTable(), t.name()) || Names.same(other.name(), t.name()) && !cascade) {
                    if (!Names.same(fk.referencedTable(), t.name())) continue;
                }
                if (!sameSet(fk.referencedColumns(), columns)) continue;
                if (!cascade) {
                    throw in.problem(at, "foreign key " + fk.name() + " on table " + other.name() + " depends on this key",
                            "drop that foreign key first, or add CASCADE");
                }
                Table current = schema.table(other.name()).orElseThrow();
                changes.altered(current, current.withForeignKeys(current.foreignKeys().stream().filter(f -> !f.equals(fk)).toList()));
            }
        }
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> Names.same(x, y)));
    }

    private void dropColumn(Name name, boolean ifExists, boolean cascade) {
        Table before = table();
        if (!before.hasColumn(name.text())) {
            if (ifExists) return;
            throw in.problem(name.token(), "column " + name.text() + " does not exist in table " + tableName, "check the column name");
        }
        String col = before.column(name.text()).get().name();
        if (before.columns().size() == 1) {
            throw in.problem(name.token(), "cannot drop column " + col + ": it is the only column of table " + tableName, "drop the table instead");
        }
        ColumnDrop drop = new ColumnDrop(dialect, in, name.token(), schema, cascade);
        Table after = drop.from(before, col);
        for (Table other : drop.othersChanged()) changes.altered(schema.table(other.name()).orElseThrow(), other);
        for (Index i : before.indexes()) if (after.index(i.name()).isEmpty()) state.forget(tableName, i.name());
        changes.altered(table(), after);
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
        } else if (dialect.isMySqlFamily() && (in.accept("INDEX") || in.accept("KEY"))) {
            Name from = in.name("the index name");
            in.expect("TO");
            Name to = in.name("the new index name");
            Table before = table();
            if (before.index(from.text()).isPresent()) {
                changes.altered(before, before.withIndexes(before.indexes().stream().map(i -> Names.same(i.name(), from.text())
                        ? new Index(to.text(), i.unique(), i.keys(), i.where(), i.method()) : i).toList()));
            } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), from.text()))) {
                changes.altered(before, before.withUniqueConstraints(before.uniqueConstraints().stream().map(u -> Names.same(u.name(), from.text())
                        ? new UniqueConstraint(to.text(), u.columns()) : u).toList()));
            } else {
                throw in.problem(from.token(), "index " + from.text() + " does not exist on table " + tableName, "check the index name");
            }
        } else {
            in.accept("COLUMN");
            Name from = in.name("the column name");
            in.expect("TO");
            Name to = in.name("the new column name");
            renameColumn(from, to);
        }
    }

    void renameTable(Name to) {
        String holder = Namespaces.relationHolder(dialect, schema, to.text(), true);
        if (holder != null) throw in.problem(to.token(), Namespaces.taken(holder, to.text()), "choose another name");
        String from = tableName;
        changes.add(new SchemaChange.TableRenamed(from, to.text()));
        state.renameTable(from, to.text());
        Table renamed = schema.table(to.text()).orElseThrow();
        changes.altered(renamed, new EngineNaming(dialect).afterTableRename(renamed, from));
        tableName = to.text();
    }

    private void renameConstraint(Name from, Name to) {
        Table before = table();
        String f = from.text(), t = to.text();
        Table after = null;
        if (before.primaryKey() != null && Names.same(before.primaryKey().name(), f)) {
            after = before.withPrimaryKey(new PrimaryKey(t, before.primaryKey().columns()));
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), f))) {
            after = before.withUniqueConstraints(before.uniqueConstraints().stream()
                    .map(u -> Names.same(u.name(), f) ? new UniqueConstraint(t, u.columns()) : u).toList());
        } else if (before.checks().stream().anyMatch(c -> Names.same(c.name(), f))) {
            after = before.withChecks(before.checks().stream()
                    .map(c -> Names.same(c.name(), f) ? new dev.cairn.schema.CheckConstraint(t, c.expression()) : c).toList());
        } else if (before.foreignKeys().stream().anyMatch(x -> Names.same(x.name(), f))) {
            after = before.withForeignKeys(before.foreignKeys().stream().map(x -> Names.same(x.name(), f)
                    ? new ForeignKey(t, x.columns(), x.referencedTable(), x.referencedColumns(), x.onDelete(), x.onUpdate()) : x).toList());
        }
        if (after == null) throw in.problem(from.token(), "constraint " + f + " does not exist on table " + tableName, "check the constraint name");
        changes.altered(before, after);
    }

    private void renameColumn(Name from, Name to) {
        Table before = table();
        if (!before.hasColumn(from.text())) {
            throw in.problem(from.token(), "column " + from.text() + " does not exist in table " + tableName, "check the column name");
        }
        if (before.hasColumn(to.text()) && !Names.same(from.text(), to.text())) {
            throw in.problem(to.token(), "column " + to.text() + " already exists in table " + tableName, "choose another column name");
        }
        changes.add(new SchemaChange.ColumnRenamed(tableName, before.column(from.text()).get().name(), to.text()));
    }

    /** PostgreSQL and MySQL {@code ALTER [COLUMN] c SET/DROP DEFAULT, SET/DROP NOT NULL, [SET DATA] TYPE t}. */
    private void alterColumn() {
        Token at = in.peek();
        if (dialect == Dialect.SQLITE) throw sqliteCannot(at, "alter a column");
        if (dialect.isMySqlFamily() && (in.at("INDEX") || in.at("CHECK") || in.at("CONSTRAINT"))) {
            while (!in.atEndOfElement()) in.next(); // index visibility / check enforcement: not modelled
            return;
        }
        in.accept("COLUMN");
        Name name = in.name("the column name");
        Table before = table();
        Column c = before.column(name.text()).orElseThrow(() -> in.problem(name.token(),
                "column " + name.text() + " does not exist in table " + tableName, "check the column name"));
        Column after;
        if (in.accept("SET", "DEFAULT")) {
            Span value = in.until(Set.of());
            if (value == null) throw in.unexpected("expected the default value");
            after = c.withDefault(value.text().equalsIgnoreCase("NULL") ? null : Engines.of(dialect).expressions().canonicalDefault(value.text(), c.type()));
        } else if (in.accept("DROP", "DEFAULT")) {
            after = c.withDefault(null);
        } else if (dialect == Dialect.POSTGRESQL && in.accept("SET", "NOT", "NULL")) {
            after = c.withNullable(false);
        } else if (dialect == Dialect.POSTGRESQL && in.accept("DROP", "NOT", "NULL")) {
            if (before.primaryKey() != null && before.primaryKey().columns().stream().anyMatch(p -> Names.same(p, c.name()))) {
                throw in.problem(name.token(), "column " + c.name() + " is in a primary key", "drop the primary key first");
            }
            after = c.withNullable(true);
        } else if (dialect == Dialect.POSTGRESQL && (in.accept("SET", "DATA", "TYPE") || in.accept("TYPE"))) {
            Span type = in.until(Set.of("COLLATE", "USING"));
            if (type == null) throw in.unexpected("expected the new type");
            SqlType newType = Engines.of(dialect).types().parse(type.text());
            after = c.withType(newType);
            if (in.accept("COLLATE")) after = after.withCollation(in.name("a collation").text());
            if (in.accept("USING")) in.until(Set.of());
            if (after.defaultExpression() != null) after = after.withDefault(Engines.of(dialect).expressions().canonicalDefault(after.defaultExpression(), newType));
        } else if (dialect == Dialect.POSTGRESQL && in.accept("DROP", "IDENTITY")) {
            in.accept("IF", "EXISTS");
            after = c.withIdentity(Identity.NONE);
        } else if (dialect == Dialect.POSTGRESQL && (in.accept("SET", "STATISTICS") || in.accept("SET", "STORAGE") || in.accept("SET", "COMPRESSION"))) {
            in.next();
            after = c;
        } else {
            throw in.unexpected("expected SET DEFAULT, DROP DEFAULT" + (dialect == Dialect.POSTGRESQL ? ", SET NOT NULL, DROP NOT NULL or TYPE" : ""));
        }
        Column finalAfter = after;
        changes.altered(before, before.mapColumn(c.name(), x -> finalAfter));
    }

    /** MySQL {@code MODIFY [COLUMN] definition}: the column's whole definition is replaced. */
    private void modify() {
        if (!dialect.isMySqlFamily()) throw in.problem(in.peek(), "MODIFY is MySQL syntax", "use ALTER COLUMN … TYPE / SET / DROP");
        in.accept("COLUMN");
        ColumnDefinition def = reader.column(in);
        replaceColumn(def.name(), def);
    }

    /** MySQL {@code CHANGE [COLUMN] old new-definition}: rename and redefine. */
    private void change() {
        if (!dialect.isMySqlFamily()) throw in.problem(in.peek(), "CHANGE is MySQL syntax", "use RENAME COLUMN and ALTER COLUMN");
        in.accept("COLUMN");
        Name old = in.name("the column name");
        ColumnDefinition def = reader.column(in);
        replaceColumn(old, def);
    }

    private void replaceColumn(Name old, ColumnDefinition def) {
        Table before = table();
        Column c = before.column(old.text()).orElseThrow(() -> in.problem(old.token(),
                "column " + old.text() + " does not exist in table " + tableName, "check the column name"));
        String newName = def.column().name();
        if (!Names.same(c.name(), newName)) {
            if (before.hasColumn(newName)) throw in.problem(def.name().token(), "column " + newName + " already exists in table " + tableName, "choose another name");
            changes.add(new SchemaChange.ColumnRenamed(tableName, c.name(), newName));
        }
        Table renamed = table();
        Column column = def.column();
        boolean inPrimaryKey = renamed.primaryKey() != null && renamed.primaryKey().columns().stream().anyMatch(p -> Names.same(p, newName));
        if (inPrimaryKey) column = column.withNullable(false);
        List<Column> columns = new ArrayList<>(renamed.columns());
        int index = 0;
        while (!Names.same(columns.get(index).name(), newName)) index++;
        columns.remove(index);
        Table draftStart = renamed.withColumns(columns);
        TableDraft draft = new TableDraft(schema, state, in, draftStart);
        draft.addColumn(new ColumnDefinition(def.name(), column, def.inline(),
                def.placement() != null ? def.placement() : null));
        Table after = draft.finish();
        if (def.placement() == null) {
            List<Column> ordered = new ArrayList<>(after.columns());
            Column moved = ordered.remove(ordered.size() - 1);
            ordered.add(index, moved);
            after = after.withColumns(ordered);
        }
        changes.altered(renamed, after);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private dev.cairn.sql.SqlProblem sqliteCannot(Token at, String what) {
        return in.problem(at, "SQLite cannot " + what + " with ALTER TABLE",
                "SQLite's ALTER TABLE can only RENAME TO, RENAME COLUMN, ADD COLUMN and DROP COLUMN; rebuild the table instead");
    }
}
