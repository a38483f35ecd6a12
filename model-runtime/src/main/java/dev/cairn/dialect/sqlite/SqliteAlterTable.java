package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.StatementSite;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Table;
import dev.cairn.sql.SqlProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static dev.cairn.dialect.ColumnUses.contains;
import static dev.cairn.dialect.ColumnUses.namedColumns;
import static dev.cairn.dialect.ColumnUses.usesColumn;

/**
 * SQLite's ALTER TABLE: RENAME TO, RENAME COLUMN, ADD COLUMN and DROP COLUMN only, each with the limits SQLite checks
 * (everything else is a table rebuild, which Cairn writes for derived downs and diffs but does not read).
 */
final class SqliteAlterTable implements AlterTableForms {
    private static final String REBUILD_HINT = "SQLite's ALTER TABLE can only RENAME TO, RENAME COLUMN, ADD COLUMN and DROP COLUMN;"
            + " rebuild the table instead";

    @Override
    public void checkAddConstraint(StatementSite at) {
        throw cannot(at, "add a constraint to an existing table");
    }

    @Override
    public void checkDropConstraint(StatementSite at) {
        throw cannot(at, "drop a constraint");
    }

    @Override
    public void checkAlterColumn(StatementSite at) {
        throw cannot(at, "alter a column");
    }

    private static SqlProblem cannot(StatementSite at, String what) {
        return at.refused("SQLite cannot " + what + " with ALTER TABLE", REBUILD_HINT);
    }

    @Override
    public void checkAddColumn(Column c, InlineKey key, StatementSite at) {
        if (key == InlineKey.PRIMARY_KEY) throw at.refused("SQLite cannot add a PRIMARY KEY column", "rebuild the table, or add a plain column");
        if (key == InlineKey.UNIQUE) throw at.refused("SQLite cannot add a UNIQUE column", "add the column, then CREATE UNIQUE INDEX on it");
        if (!c.nullable() && c.defaultExpression() == null && c.generatedExpression() == null) {
            throw at.refused("SQLite cannot add a NOT NULL column with default value NULL", "give the column a DEFAULT");
        }
        String d = c.defaultExpression() == null ? "" : c.defaultExpression().toUpperCase(Locale.ROOT);
        if (d.startsWith("(") || d.equals("CURRENT_TIMESTAMP") || d.equals("CURRENT_DATE") || d.equals("CURRENT_TIME")) {
            throw at.refused("SQLite cannot add a column with a non-constant default", "use a constant default");
        }
        if (c.generatedExpression() != null && c.generatedStored()) {
            throw at.refused("SQLite cannot add a STORED generated column", "make it VIRTUAL");
        }
    }

    /** SQLite refuses when a key, index, foreign key, other check or generated column needs the column. */
    @Override
    public Table dropColumn(Table t, String col, boolean cascade, StatementSite at) {
        if (t.primaryKey() != null && contains(t.primaryKey().columns(), col)) throw at.refused("it is part of the PRIMARY KEY", "rebuild the table");
        if (t.uniqueConstraints().stream().anyMatch(u -> contains(u.columns(), col))) throw at.refused("it has a UNIQUE constraint", "rebuild the table");
        for (Index i : t.indexes()) {
            if (usesColumn(i, col, at)) throw at.refused("index " + i.name() + " uses it", "drop the index first");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (contains(fk.columns(), col) || Names.same(fk.referencedTable(), t.name()) && contains(fk.referencedColumns(), col)) {
                throw at.refused("a foreign key uses it", "rebuild the table");
            }
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checks()) {
            List<String> named = namedColumns(t, c.expression(), at);
            if (!contains(named, col)) checks.add(c);
            else if (named.size() > 1) throw at.refused("a CHECK constraint uses it", "rebuild the table");
            // a check on this column alone is the column's own and goes with it
        }
        for (Column c : t.columns()) {
            if (c.generatedExpression() != null && !Names.same(c.name(), col) && contains(namedColumns(t, c.generatedExpression(), at), col)) {
                throw at.refused("generated column " + c.name() + " uses it", "drop the generated column first");
            }
        }
        return t.withoutColumn(col).withChecks(checks);
    }

    @Override
    public boolean hasTableOptions() {
        return false;
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
