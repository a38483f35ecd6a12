package dev.cairn.dialect.postgres;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.StatementSite;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Policy;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.cairn.dialect.ColumnUses.contains;
import static dev.cairn.dialect.ColumnUses.namedColumns;
import static dev.cairn.dialect.ColumnUses.usesColumn;

/** PostgreSQL's ALTER TABLE: every action, ALTER COLUMN's forms included; DROP COLUMN takes what uses the column along. */
final class PostgresAlterTable implements AlterTableForms {

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

    /** The indexes and constraints that use the column go with it; generated columns too, with CASCADE. */
    @Override
    public Table dropColumn(Table t, String col, boolean cascade, StatementSite at) {
        PrimaryKey pk = t.primaryKey() != null && (contains(t.primaryKey().columns(), col) || contains(t.primaryKey().include(), col)) ? null : t.primaryKey();
        List<UniqueConstraint> uniques = t.uniqueConstraints().stream().filter(u -> !contains(u.columns(), col) && !contains(u.include(), col)).toList();
        List<CheckConstraint> checks = t.checks().stream().filter(c -> !contains(namedColumns(t, c.expression(), at), col)).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().filter(f -> !contains(f.columns(), col)
                && !(Names.same(f.referencedTable(), t.name()) && contains(f.referencedColumns(), col))).toList();
        List<Index> indexes = t.indexes().stream().filter(i -> !usesColumn(i, col, at) && !contains(namedColumns(t, i.where(), at), col)).toList();
        for (Column c : t.columns()) {
            if (c.generatedExpression() != null && !Names.same(c.name(), col) && contains(namedColumns(t, c.generatedExpression(), at), col) && !cascade) {
                throw at.refused("generated column " + c.name() + " depends on it", "drop that column first, or add CASCADE");
            }
        }
        List<Policy> policies = new ArrayList<>();
        for (Policy p : t.policies()) {
            if (!contains(namedColumns(t, p.using(), at), col) && !contains(namedColumns(t, p.withCheck(), at), col)) policies.add(p);
            else if (!cascade) throw at.refused("policy " + p.name() + " on table " + t.name() + " depends on it", "drop the policy first, or add CASCADE");
        }
        List<Column> columns = t.columns().stream().filter(c -> !Names.same(c.name(), col)
                && !(c.generatedExpression() != null && contains(namedColumns(t, c.generatedExpression(), at), col))).toList();
        Map<String, String> options = new TreeMap<>(t.options());
        options.remove(Table.serialSequenceOption(col)); // its sequence goes with it
        return t.withColumns(columns).withPrimaryKey(pk).withUniqueConstraints(uniques).withChecks(checks).withForeignKeys(fks).withIndexes(indexes)
                .withPolicies(policies).withOptions(options);
    }

    @Override
    public boolean hasTableOptions() {
        return true;
    }

    @Override
    public boolean hasModifyAndChange() {
        return false;
    }

    @Override
    public boolean hasDropPrimaryKey() {
        return false;
    }

    @Override
    public boolean hasDropForeignKey() {
        return false;
    }

    @Override
    public boolean hasDropCheck() {
        return false;
    }

    @Override
    public boolean hasDropAndRenameIndex() {
        return false;
    }

    @Override
    public boolean hasAlterIndexAndCheck() {
        return false;
    }

    @Override
    public boolean altersColumnTypeAndNullability() {
        return true;
    }

    @Override
    public boolean hasRowLevelSecurity() {
        return true;
    }

    @Override
    public boolean hasNotValidAndUsingIndex() {
        return true;
    }
}
