package dev.cairn.replay;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.KeyRules;
import dev.cairn.replay.TokenCursor.Name;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.Token;

import java.util.List;

/**
 * The DROP actions of ALTER TABLE: {@code DROP CONSTRAINT}, {@code DROP [COLUMN]}, and where the engine has them
 * {@code DROP CHECK}, {@code DROP PRIMARY KEY}, {@code DROP FOREIGN KEY} and {@code DROP INDEX|KEY}.
 */
final class AlterTableDrop {
    private final TableAlteration alteration;
    private final TokenCursor in;
    private final AlterTableForms forms;
    private final KeyRules keys;
    private final Changes changes;

    AlterTableDrop(TableAlteration alteration) {
        this.alteration = alteration;
        this.in = alteration.in();
        this.forms = alteration.engine().alterTable();
        this.keys = alteration.engine().keys();
        this.changes = alteration.changes();
    }

    /** Reads the action after {@code DROP}. */
    void read() {
        Token at = in.peek();
        if (in.accept("CONSTRAINT") || forms.hasDropCheck() && in.accept("CHECK")) {
            forms.checkDropConstraint(in.siteAt(at));
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the constraint name");
            boolean cascade = in.accept("CASCADE");
            in.accept("RESTRICT");
            dropConstraint(name, ifExists, cascade);
        } else if (forms.hasDropPrimaryKey() && in.accept("PRIMARY", "KEY")) {
            Table before = alteration.table();
            if (before.primaryKey() == null) throw in.problem(at, "table " + alteration.tableName() + " has no primary key", "check the table");
            Table after = before.withPrimaryKey(null);
            requireForeignKeysIndexed(after, "PRIMARY", at);
            changes.altered(before, after);
        } else if (forms.hasDropForeignKey() && in.accept("FOREIGN", "KEY")) {
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the foreign key name");
            dropForeignKey(name, ifExists);
        } else if (forms.hasDropAndRenameIndex() && (in.accept("INDEX") || in.accept("KEY"))) {
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the index name");
            dropIndex(name, ifExists);
        } else {
            in.accept("COLUMN");
            boolean ifExists = in.accept("IF", "EXISTS");
            Name name = in.name("the column name");
            boolean cascade = in.accept("CASCADE");
            in.accept("RESTRICT");
            dropColumn(name, ifExists, cascade);
        }
    }

    private void dropForeignKey(Name name, boolean ifExists) {
        Table before = alteration.table();
        ForeignKey fk = before.foreignKeys().stream().filter(f -> Names.same(f.name(), name.text())).findFirst().orElse(null);
        if (fk == null) {
            if (ifExists) return;
            throw in.problem(name.token(), "foreign key " + name.text() + " does not exist on table " + alteration.tableName(), "check the constraint name");
        }
        // the index InnoDB made for the key stays, and stays its own: a later index that can serve the columns replaces it
        changes.altered(before, before.withForeignKeys(before.foreignKeys().stream().filter(f -> f != fk).toList()));
    }

    /** An index is per table where this form exists; a unique "index" is a unique constraint in the model. */
    private void dropIndex(Name name, boolean ifExists) {
        Table before = alteration.table();
        Table after;
        if (before.index(name.text()).isPresent()) {
            after = before.withIndexes(before.indexes().stream().filter(i -> !Names.same(i.name(), name.text())).toList());
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), name.text()))) {
            after = before.withUniqueConstraints(before.uniqueConstraints().stream().filter(u -> !Names.same(u.name(), name.text())).toList());
        } else if (name.text().equalsIgnoreCase("PRIMARY") && before.primaryKey() != null) {
            after = before.withPrimaryKey(null);
        } else {
            if (ifExists) return;
            throw in.problem(name.token(), "index " + name.text() + " does not exist on table " + alteration.tableName(), "check the index name");
        }
        requireForeignKeysIndexed(after, name.text(), name.token());
        changes.altered(before, after);
    }

    /** Where the engine makes an index for each foreign key, it refuses to drop the last index a foreign key can use. */
    private void requireForeignKeysIndexed(Table after, String dropped, Token at) {
        if (keys.createsForeignKeyIndexes()) TableDraft.requireForeignKeysIndexed(in, after, dropped, at);
    }

    private void dropConstraint(Name name, boolean ifExists, boolean cascade) {
        Table before = alteration.table();
        String n = name.text();
        Table after = null;
        if (before.primaryKey() != null && Names.same(before.primaryKey().name(), n)) {
            dependentForeignKeys(before, before.primaryKey().name(), before.primaryKey().columns(), name.token(), cascade);
            after = alteration.table().withPrimaryKey(null);
            before = alteration.table();
        } else if (before.uniqueConstraints().stream().anyMatch(u -> Names.same(u.name(), n))) {
            UniqueConstraint u = before.uniqueConstraints().stream().filter(x -> Names.same(x.name(), n)).findFirst().get();
            if (keys.keyConstraintsOwnIndexes()) dependentForeignKeys(before, u.name(), u.columns(), name.token(), cascade);
            before = alteration.table();
            after = before.withUniqueConstraints(before.uniqueConstraints().stream().filter(x -> x != u).toList());
        } else if (before.checks().stream().anyMatch(c -> !c.isColumnLevel() && Names.same(c.name(), n))) {
            after = before.withChecks(before.checks().stream().filter(c -> c.isColumnLevel() || !Names.same(c.name(), n)).toList());
        } else if (before.foreignKeys().stream().anyMatch(f -> Names.same(f.name(), n))) {
            after = before.withForeignKeys(before.foreignKeys().stream().filter(f -> !Names.same(f.name(), n)).toList());
        }
        if (after == null) {
            if (ifExists) return;
            CheckConstraint columnCheck = before.checks().stream().filter(c -> c.belongsTo(n)).findFirst().orElse(null);
            if (columnCheck != null) { // MariaDB: "Can't DROP CONSTRAINT `n`; check that it exists"
                throw in.problem(name.token(), "constraint " + n + " does not exist on table " + alteration.tableName() + ": column " + n + "'s CHECK has no name a statement can use",
                        "restate the column without its CHECK: ALTER TABLE " + alteration.tableName() + " MODIFY " + columnCheck.column() + " …");
            }
            throw in.problem(name.token(), "constraint " + n + " does not exist on table " + alteration.tableName(), "check the constraint name");
        }
        requireForeignKeysIndexed(after, n, name.token());
        changes.altered(before, after);
    }

    /**
     * Foreign keys that depend on key {@code key} of {@code t}: an error, or dropped too with CASCADE. Where keys are
     * indexes (PostgreSQL) a foreign key depends on the one key it is checked with ({@link ReferencedKeys}); elsewhere
     * on any key with its referenced columns.
     */
    private void dependentForeignKeys(Table t, String key, List<String> columns, Token at, boolean cascade) {
        if (keys.keyConstraintsOwnIndexes()) {
            DependentForeignKeys.drop(in, alteration.schema(), changes, alteration.state().referencedKeys(), t, key, "this key", at, cascade);
            return;
        }
        for (Table other : List.copyOf(alteration.schema().tables())) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (!Names.same(fk.referencedTable(), t.name())) continue;
                if (!sameSet(fk.referencedColumns(), columns)) continue;
                if (!cascade) {
                    throw in.problem(at, "foreign key " + fk.name() + " on table " + other.name() + " depends on this key",
                            "drop that foreign key first, or add CASCADE");
                }
                Table current = alteration.schema().table(other.name()).orElseThrow();
                changes.altered(current, current.withForeignKeys(current.foreignKeys().stream().filter(f -> !f.equals(fk)).toList()));
            }
        }
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream().anyMatch(y -> Names.same(x, y)));
    }

    private void dropColumn(Name name, boolean ifExists, boolean cascade) {
        Table before = alteration.table();
        String tableName = alteration.tableName();
        if (!before.hasColumn(name.text())) {
            if (ifExists) return;
            throw in.problem(name.token(), "column " + name.text() + " does not exist in table " + tableName, "check the column name");
        }
        String col = before.column(name.text()).get().name();
        if (before.columns().size() == 1) {
            throw in.problem(name.token(), "cannot drop column " + col + ": it is the only column of table " + tableName, "drop the table instead");
        }
        ColumnDrop drop = new ColumnDrop(in, name.token(), alteration.schema(), cascade);
        Table after = drop.from(before, col);
        for (Table other : drop.othersChanged()) changes.altered(alteration.schema().table(other.name()).orElseThrow(), other);
        changes.altered(alteration.table(), after);
    }
}
