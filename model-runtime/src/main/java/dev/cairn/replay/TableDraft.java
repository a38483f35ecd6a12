package dev.cairn.replay;

import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.KeyRules;
import dev.cairn.dialect.Namespaces;
import dev.cairn.replay.TableElements.CheckDef;
import dev.cairn.replay.TableElements.ColumnDefinition;
import dev.cairn.replay.TableElements.Constraint;
import dev.cairn.replay.TableElements.ForeignKeyDef;
import dev.cairn.replay.TableElements.IndexDef;
import dev.cairn.replay.TableElements.PrimaryKeyDef;
import dev.cairn.replay.TableElements.UniqueDef;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A table being created or altered: columns and constraints are added as the statement declares them, named the way
 * the engine names them, and checked the way the engine checks them.
 */
final class TableDraft {
    private final Engine engine;
    private final KeyRules keyRules;
    private final Schema.Builder schema;
    private final TokenCursor in;
    private final ConstraintNaming naming;
    private final Table start;
    private Table table;
    private final List<ForeignKeyDef> pendingReferences = new ArrayList<>();
    /** The unique keys this draft made, in the order the engine makes their indexes: the primary key first. */
    private final List<String> madeKeys = new ArrayList<>();
    private final ReplayState state;
    private final boolean creating;
    private final Set<String> namedByEngine = new HashSet<>(); // keys written without a name in this statement
    private final List<String> uniquesInOrder = new ArrayList<>(); // as this statement declares them (a table sorts them by name)

    TableDraft(Schema.Builder schema, ReplayState state, TokenCursor in, Table start) {
        this.engine = in.engine();
        this.keyRules = engine.keys();
        this.schema = schema;
        this.state = state;
        this.in = in;
        this.naming = engine.naming();
        this.start = start;
        this.table = start;
        this.creating = schema.table(start.name()).isEmpty();
    }

    Table table() {
        return table;
    }

    /** Whether the table has a primary or unique key of this name. */
    private boolean hasKey(String name) {
        return table.primaryKey() != null && Names.same(table.primaryKey().name(), name)
                || table.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name));
    }

    void set(Table changed) {
        table = changed;
    }

    void addColumn(ColumnDefinition def) {
        if (table.hasColumn(def.column().name())) {
            throw in.problem(def.name().token(), "column " + def.column().name() + (creating
                    ? " is declared twice in table " : " already exists in table ") + table.name(), "choose another column name");
        }
        List<Column> columns = new ArrayList<>(table.columns());
        int at = columns.size();
        if (def.placement() != null) at = position(def.placement(), columns);
        columns.add(at, def.column());
        table = table.withColumns(columns);
        if (def.sequence() != null) { // kept by afterColumnsAdded, which names the other new sequences
            Map<String, String> options = new TreeMap<>(table.options());
            options.put(Table.serialSequenceOption(def.column().name()), def.sequence());
            table = table.withOptions(options);
        }
        for (Constraint c : def.inline()) add(c, def.column().name());
    }

    int position(TableElements.Placement p, List<Column> columns) {
        if (p.first()) return 0;
        for (int k = 0; k < columns.size(); k++) if (Names.same(columns.get(k).name(), p.after().text())) return k + 1;
        throw in.problem(p.after().token(), "column " + p.after().text() + " does not exist in table " + table.name(), "check the column name");
    }

    /** Adds a constraint; {@code inlineColumn} is the column it was written on, or null for a table constraint. */
    void add(Constraint c, String inlineColumn) {
        if (c instanceof PrimaryKeyDef pk) {
            if (table.primaryKey() != null) {
                throw in.problem(token(pk.name(), pk.columns()), "table " + table.name() + " has a primary key already",
                        "a table has one primary key; drop the old one first or make this one UNIQUE");
            }
            List<String> columns = existing(pk.columns());
            String name = naming.primaryKey(table.name(), pk.name() == null ? null : pk.name().text(), taken());
            checkNameFree(pk.name(), name, Namespaces.ConstraintKind.KEY);
            if (pk.name() == null) namedByEngine.add(name);
            table = table.withPrimaryKey(new PrimaryKey(name, columns, pk.deferral(), existing(pk.include())));
            madeKeys.add(0, name);
            if (engine.ddl().primaryKeyImpliesNotNull()) for (String col : columns) table = table.mapColumn(col, x -> x.withNullable(false));
        } else if (c instanceof UniqueDef u) {
            List<String> columns = new ArrayList<>();
            for (Name n : u.columns()) columns.add(keyColumn(n));
            if (keyRules.createsForeignKeyIndexes()) replaceImplicitIndexes(columns); // first: the name of an index it replaces is free again
            String name = u.name() != null ? u.name().text()
                    : naming.unique(table.name(), CreateIndexStatement.withIncluded(columns, existing(u.include())), taken());
            checkNameFree(u.name(), name, Namespaces.ConstraintKind.KEY);
            if (u.name() == null) namedByEngine.add(name);
            uniquesInOrder.add(name);
            List<UniqueConstraint> list = new ArrayList<>(table.uniqueConstraints());
            list.add(new UniqueConstraint(name, columns, u.deferral(), existing(u.include())));
            table = table.withUniqueConstraints(list);
            madeKeys.add(name);
        } else if (c instanceof CheckDef ck) {
            String column = inlineColumn != null && engine.ddl().keepsColumnLevelChecks() ? inlineColumn : null;
            if (column != null) checkColumnCheck(ck, column);
            Set<String> referenced = referencedColumns(ck.expression());
            String name = column != null ? null : ck.name() != null ? ck.name().text() : naming.check(table, inlineColumn, referenced, taken());
            checkNameFree(ck.name(), name, Namespaces.ConstraintKind.CHECK);
            List<CheckConstraint> list = new ArrayList<>(table.checks());
            list.add(new CheckConstraint(name, ck.expression(), column));
            table = table.withChecks(list);
        } else if (c instanceof ForeignKeyDef fk) {
            existing(fk.columns());
            pendingReferences.add(fk);
        } else if (c instanceof IndexDef ix) {
            for (IndexKey k : ix.keys()) if (k.isColumn()) existing(List.of(new Name(k.column(), token(ix.name(), List.of()))));
            List<String> keyNames = ix.keys().stream().map(k -> k.isColumn() ? k.column() : "expr").toList();
            if (ix.keys().stream().allMatch(IndexKey::isWholeColumn)) replaceImplicitIndexes(keyNames);
            String name = ix.name() != null ? ix.name().text() : naming.index(table.name(), keyNames, taken());
            checkNameFree(ix.name(), name, Namespaces.ConstraintKind.KEY);
            addIndex(new Index(name, ix.unique(), ix.keys(), null, ix.method()));
        }
    }

    /**
     * MariaDB's column CHECK: one per column, without a name of its own (the server names it after the column, a name
     * no table CHECK may hold).
     */
    private void checkColumnCheck(CheckDef ck, String column) {
        if (ck.name() != null) {
            throw in.problem(ck.name().token(), "syntax error near CHECK: a column's CHECK has no name of its own here (it is named after its column)",
                    "write it without CONSTRAINT " + ck.name().text() + ", or as a table constraint: CONSTRAINT " + ck.name().text() + " CHECK (…)");
        }
        if (table.checks().stream().anyMatch(x -> x.belongsTo(column))) {
            throw in.problem(ck.at(), "syntax error near CHECK: column " + column + " has a CHECK already", "write one CHECK per column, or the others as table constraints");
        }
        if (table.checks().stream().anyMatch(x -> !x.isColumnLevel() && Names.same(x.name(), column))) {
            throw in.problem(ck.at(), "duplicate CHECK constraint name '" + column + "': a column's CHECK is named after its column",
                    "rename the other CHECK, or write this one as a named table constraint");
        }
    }

    /**
     * A unique key's part: an existing column in its declared spelling, or (MySQL, MariaDB) a prefix of one,
     * {@code name(10)}; an expression part (MySQL 8's functional key parts) stays as written.
     */
    private String keyColumn(Name n) {
        if (!keyRules.uniqueIndexesAreConstraints() || !n.text().contains("(")) return existing(List.of(n)).get(0);
        IndexKey k = IndexKey.ofKeyColumn(n.text());
        if (k.prefixLength() == 0) return n.text();
        return k.withColumn(existing(List.of(new Name(k.column(), n.token()))).get(0)).asKeyColumn();
    }

    void addIndex(Index index) {
        List<Index> list = new ArrayList<>(table.indexes());
        list.add(index);
        table = table.withIndexes(list);
        if (index.unique()) madeKeys.add(index.name());
        if (keyRules.createsForeignKeyIndexes()) replaceImplicitIndexes(index.columnNames().size() == index.keys().size() ? index.columnNames() : List.of());
    }

    private void replaceImplicitIndexes(List<String> newKeyColumns) {
        if (!newKeyColumns.isEmpty()) settleGeneratedKeys(newKeyColumns, false);
    }

    /**
     * MariaDB's rule for the indexes it generates for foreign keys ({@code foreign_key_prefix} in its sql_table.cc):
     * when a generated index and another key are such that the generated one's columns begin the other's, one of them
     * goes: the new key, if the old one was not generated or both are generated and the new one is shorter; else the
     * old one. Returns whether the new key stays.
     */
    private boolean settleGeneratedKeys(List<String> newColumns, boolean newGenerated) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) keys.add(table.primaryKey().columns());
        for (UniqueConstraint u : table.uniqueConstraints()) keys.add(u.columns());
        for (List<String> k : keys) {
            if (newGenerated && startsWith(k, newColumns)) return false;
        }
        for (Index i : List.copyOf(table.indexes())) {
            if (!i.keys().stream().allMatch(IndexKey::isWholeColumn)) continue;
            boolean oldGenerated = i.implicit();
            if (!oldGenerated && !newGenerated) continue;
            List<String> old = i.columnNames();
            boolean prefix;
            if (newGenerated && (!oldGenerated || newColumns.size() <= old.size())) prefix = startsWith(old, newColumns);
            else prefix = startsWith(newColumns, old);
            if (!prefix) continue;
            if (!oldGenerated || newGenerated && newColumns.size() < old.size()) return false;
            table = table.withIndexes(table.indexes().stream().filter(x -> x != i).toList());
        }
        return true;
    }

    /**
     * Resolves foreign keys (their targets may be declared later in the same statement), brings the casts of columns in
     * the table's expressions to what the engine keeps of them for the columns' types, and returns the table.
     */
    Table finish() {
        if (creating && keyRules.mergesRepeatedKeysInCreateTable()) mergeRepeatedKeys();
        if (keyRules.keyConstraintsOwnIndexes()) state.referencedKeys().made(table.name(), madeKeys.stream().filter(this::hasKey).toList());
        madeKeys.clear();
        for (ForeignKeyDef fk : pendingReferences) addForeignKey(fk);
        pendingReferences.clear();
        table = engine.expressions().withColumnTypes(table);
        table = naming.afterColumnsAdded(start, table, taken());
        return table;
    }

    /**
     * PostgreSQL's {@code transformIndexConstraints}: of the keys one CREATE TABLE declares, a unique key with the
     * columns, INCLUDE columns and deferral of the primary key or of an earlier unique key is not made; the key kept
     * takes its name if the statement gave the kept one none.
     */
    private void mergeRepeatedKeys() {
        PrimaryKey pk = table.primaryKey();
        List<UniqueConstraint> kept = new ArrayList<>();
        for (String n : uniquesInOrder) {
            UniqueConstraint u = table.uniqueConstraints().stream().filter(x -> x.name().equals(n)).findFirst().orElseThrow();
            if (pk != null && sameKey(pk.columns(), pk.include(), pk.deferral(), u)) {
                if (namedByEngine.contains(pk.name()) && !namedByEngine.contains(u.name())) pk = pk.withName(u.name());
                continue;
            }
            int same = -1;
            for (int k = 0; k < kept.size() && same < 0; k++) {
                UniqueConstraint x = kept.get(k);
                if (sameKey(x.columns(), x.include(), x.deferral(), u)) same = k;
            }
            if (same < 0) kept.add(u);
            else if (namedByEngine.contains(kept.get(same).name()) && !namedByEngine.contains(u.name())) kept.set(same, kept.get(same).withName(u.name()));
        }
        table = table.withPrimaryKey(pk).withUniqueConstraints(kept);
    }

    private static boolean sameKey(List<String> columns, List<String> include, Deferral deferral, UniqueConstraint u) {
        return inOrder(columns).equals(inOrder(u.columns())) && inOrder(include).equals(inOrder(u.include())) && deferral == u.deferral();
    }

    private static List<String> inOrder(List<String> names) {
        return names.stream().map(Names::key).toList();
    }

    private void addForeignKey(ForeignKeyDef fk) {
        List<String> columns = existing(fk.columns());
        String target = fk.reference().table().text();
        boolean self = Names.same(target, table.name());
        Table referenced = self ? table : schema.table(target).orElse(null);
        boolean checked = keyRules.checksForeignKeyTargets();
        if (referenced == null && checked) {
            throw in.problem(fk.reference().table().token(), "foreign key references table " + target + ", which does not exist",
                    "create " + target + " in an earlier statement or migration");
        }
        boolean asWritten = keyRules.keepsForeignKeyTargetsAsWritten();
        String written = target;
        if (referenced != null) target = referenced.name();
        List<String> targetColumns;
        if (fk.reference().columns().isEmpty()) {
            targetColumns = referenced == null || referenced.primaryKey() == null ? List.of() : referenced.primaryKey().columns();
            if (targetColumns.isEmpty() && checked) {
                throw in.problem(fk.reference().table().token(), "table " + target + " has no primary key for this foreign key to reference",
                        "name the referenced columns");
            }
        } else {
            targetColumns = new ArrayList<>();
            for (Name n : fk.reference().columns()) {
                if (referenced != null && !referenced.hasColumn(n.text())) {
                    if (!checked) {
                        targetColumns.add(n.text());
                        continue;
                    }
                    throw in.problem(n.token(), "foreign key references column " + target + "." + n.text() + ", which does not exist",
                            "reference an existing column");
                }
                targetColumns.add(referenced == null || asWritten ? n.text() : referenced.column(n.text()).get().name());
            }
        }
        if (!targetColumns.isEmpty() && targetColumns.size() != columns.size()) {
            throw in.problem(fk.columns().get(0).token(), "the foreign key has " + columns.size() + " column(s) but references "
                    + targetColumns.size(), "list as many referenced columns as key columns");
        }
        if (referenced != null && checked && !isUniquelyKeyed(referenced, targetColumns)) {
            throw in.problem(fk.reference().table().token(), "there is no unique constraint or primary key on " + target
                    + " " + targetColumns + " for the foreign key to reference", "reference the primary key or a unique key");
        }
        String name = fk.name() != null ? fk.name().text() : naming.foreignKey(table, columns, taken());
        checkNameFree(fk.name(), name, Namespaces.ConstraintKind.FOREIGN_KEY);
        List<ForeignKey> list = new ArrayList<>(table.foreignKeys());
        list.add(new ForeignKey(name, columns, asWritten ? written : target, targetColumns, fk.reference().onDelete(), fk.reference().onUpdate(),
                fk.reference().deferral()));
        table = table.withForeignKeys(list);
        if (keyRules.keyConstraintsOwnIndexes()) state.referencedKeys().made(table.name(), name, fk.reference().columns().isEmpty());
        if (keyRules.createsForeignKeyIndexes() && settleGeneratedKeys(columns, true)) {
            String indexName = fk.name() != null ? name : naming.index(table.name(), columns, taken());
            List<Index> indexes = new ArrayList<>(table.indexes());
            indexes.add(Index.implicitFor(indexName, columns));
            table = table.withIndexes(indexes);
        }
    }

    private boolean isUniquelyKeyed(Table t, List<String> columns) {
        if (!keyRules.foreignKeyTargetNeedsUniqueKey()) return isIndexedBy(t, columns);
        Set<String> wanted = keys(columns);
        // PostgreSQL: "cannot use a deferrable unique constraint for referenced table"
        if (t.primaryKey() != null && t.primaryKey().deferral() == Deferral.NOT_DEFERRABLE && keys(t.primaryKey().columns()).equals(wanted)) return true;
        if (t.uniqueConstraints().stream().anyMatch(u -> u.deferral() == Deferral.NOT_DEFERRABLE && keys(u.columns()).equals(wanted))) return true;
        return t.indexes().stream().anyMatch(i -> i.unique() && i.where() == null && i.keys().stream().allMatch(IndexKey::isWholeColumn)
                && keys(i.columnNames()).equals(wanted));
    }

    /** MySQL refuses to drop the last index a foreign key can use: the error it raises, if {@code after} leaves one bare. */
    static void requireForeignKeysIndexed(TokenCursor in, Table after, String dropped, Token at) {
        for (ForeignKey fk : after.foreignKeys()) {
            if (!isIndexedBy(after, fk.columns())) {
                throw in.problem(at, "cannot drop index " + dropped + ": needed in foreign key constraint " + fk.name(),
                        "drop the foreign key first, or create another index that starts with " + fk.columns());
            }
        }
    }

    /** Whether some key of the table starts with these columns (MySQL's rule for foreign keys). */
    static boolean isIndexedBy(Table t, List<String> columns) {
        if (t.primaryKey() != null && startsWith(t.primaryKey().columns(), columns)) return true;
        if (t.uniqueConstraints().stream().anyMatch(u -> startsWith(u.columns(), columns))) return true;
        return t.indexes().stream().anyMatch(i -> startsWith(i.keys().stream().map(k -> k.isWholeColumn() ? k.column() : "\u0000").toList(), columns));
    }

    private static boolean startsWith(List<String> key, List<String> prefix) {
        if (prefix.isEmpty() || key.size() < prefix.size()) return false;
        for (int k = 0; k < prefix.size(); k++) if (!Names.same(key.get(k), prefix.get(k))) return false;
        return true;
    }

    private static Set<String> keys(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) out.add(Names.key(n));
        return out;
    }

    /** The columns, spelled as the table declares them; an unknown one is an error. */
    List<String> existing(List<Name> names) {
        List<String> out = new ArrayList<>(names.size());
        for (Name n : names) {
            Column c = table.column(n.text()).orElseThrow(() -> in.problem(n.token(),
                    "column " + n.text() + " does not exist in table " + table.name(), "check the column name"));
            out.add(c.name());
        }
        return out;
    }

    /** The table's columns that an expression names. */
    Set<String> referencedColumns(String expression) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : in.namesIn(expression)) table.column(name).ifPresent(c -> out.add(c.name()));
        return out;
    }

    Predicate<String> taken() {
        return engine.namespaces().takenByGeneratedNames(schema, table);
    }

    private void checkNameFree(Name written, String name, Namespaces.ConstraintKind kind) {
        if (written == null || name == null) return;
        if (engine.namespaces().constraintNameTaken(schema, table, name, kind)) {
            throw in.problem(written.token(), "a constraint or index named " + name + " already exists", "choose another name");
        }
    }

    private Token token(Name name, List<Name> columns) {
        if (name != null) return name.token();
        if (!columns.isEmpty()) return columns.get(0).token();
        return in.peek();
    }
}
