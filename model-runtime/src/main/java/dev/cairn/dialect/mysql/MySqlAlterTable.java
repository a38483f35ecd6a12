package dev.cairn.dialect.mysql;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.StatementSite;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

import static dev.cairn.dialect.ColumnUses.contains;
import static dev.cairn.dialect.ColumnUses.namedColumns;

/**
 * MySQL's and MariaDB's ALTER TABLE: MODIFY, CHANGE, DROP PRIMARY KEY / FOREIGN KEY / INDEX / CHECK, RENAME INDEX,
 * ALTER COLUMN … SET/DROP DEFAULT; DROP COLUMN takes the column out of its keys and indexes.
 */
final class MySqlAlterTable implements AlterTableForms {
    private final boolean columnLevelChecks;

    /** {@code columnLevelChecks}: MariaDB's, which keeps a column CHECK with its column. */
    MySqlAlterTable(boolean columnLevelChecks) {
        this.columnLevelChecks = columnLevelChecks;
    }

    @Override
    public void checkAddConstraint(StatementSite at) {
    }

    @Override
    public void checkDropConstraint(StatementSite at) {
    }

    @Override
    public void checkAlterColumn(StatementSite at) {
    }

    @Override
    public void checkAddColumn(Column column, InlineKey key, StatementSite at) {
    }

    /**
     * Refused while a foreign key, or a CHECK that is not the column's own, uses the column. The column's own CHECKs go
     * with it: on MariaDB the one declared with it and a table CHECK that names no other column (a CHECK of another
     * column that names it is refused: "Unknown column in 'CHECK'"); on MySQL, which keeps no level, a CHECK named
     * after the column that names no other.
     */
    @Override
    public Table dropColumn(Table t, String col, boolean cascade, StatementSite at) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (contains(fk.columns(), col)) {
                throw at.refused("it is needed in foreign key constraint " + fk.name(), "drop the foreign key first");
            }
        }
        PrimaryKey pk = t.primaryKey();
        if (pk != null && contains(pk.columns(), col)) {
            List<String> rest = without(pk.columns(), col);
            pk = rest.isEmpty() ? null : new PrimaryKey(pk.name(), rest);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            List<String> rest = without(u.columns(), col);
            if (!rest.isEmpty()) uniques.add(new UniqueConstraint(u.name(), rest));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index i : t.indexes()) {
            List<IndexKey> rest = i.keys().stream().filter(k -> !(k.isColumn() && Names.same(k.column(), col))).toList();
            if (!rest.isEmpty()) indexes.add(i.withKeys(rest));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checks()) {
            if (c.belongsTo(col)) continue;
            List<String> named = namedColumns(t, c.expression(), at);
            if (!contains(named, col)) checks.add(c);
            else if (named.size() > 1 || c.isColumnLevel() || !columnLevelChecks && !Names.same(c.name(), col)) {
                throw at.refused((c.isColumnLevel() ? "the CHECK of column " + c.column() : "CHECK constraint " + c.name()) + " uses it", c.isColumnLevel()
                        ? "it is column " + c.column() + "'s CHECK: restate " + c.column() + " without it first (MODIFY)" : "drop the constraint first");
            }
        }
        return t.withoutColumn(col).withPrimaryKey(pk).withUniqueConstraints(uniques).withIndexes(indexes).withChecks(checks);
    }

    private static List<String> without(List<String> names, String col) {
        return names.stream().filter(n -> !Names.same(IndexKey.ofKeyColumn(n).column(), col)).toList(); // name(10) goes with name
    }

    @Override
    public boolean hasTableOptions() {
        return true;
    }

    @Override
    public boolean hasModifyAndChange() {
        return true;
    }

    @Override
    public boolean hasDropPrimaryKey() {
        return true;
    }

    @Override
    public boolean hasDropForeignKey() {
        return true;
    }

    @Override
    public boolean hasDropCheck() {
        return true;
    }

    @Override
    public boolean hasDropAndRenameIndex() {
        return true;
    }

    @Override
    public boolean hasAlterIndexAndCheck() {
        return true;
    }

    @Override
    public boolean altersColumnTypeAndNullability() {
        return false;
    }

    @Override
    public boolean hasRowLevelSecurity() {
        return false;
    }

    @Override
    public boolean hasNotValidAndUsingIndex() {
        return false;
    }
}
