package dev.cairn.schema;

/**
 * A CHECK constraint; {@code expression} is canonical SQL text; {@code name} is null where the dialect gives it none.
 *
 * @param column the column a column-level CHECK ({@code c int CHECK (c > 0)}) belongs to, where the engine keeps the
 *               level: MariaDB keeps such a check with its column (a {@code MODIFY} or {@code CHANGE} that does not
 *               restate it drops it, and so does dropping the column). Null for a table-level CHECK, and on engines
 *               that keep no level (SQLite, PostgreSQL, MySQL: there a column CHECK is one of the table's). Such a
 *               check has no name in the model: MariaDB names it after the column it was declared with, keeps that
 *               name when the column is renamed, and no statement can name it (DROP CONSTRAINT does not find it, a
 *               column CHECK cannot be given a name), so a schema written out afresh names it after the column's new
 *               name and is still the same schema
 */
public record CheckConstraint(String name, String expression, String column) {

    /** A table-level CHECK. */
    public CheckConstraint(String name, String expression) {
        this(name, expression, null);
    }

    /** Whether the check is declared with a column ({@link #column}) rather than with the table. */
    public boolean isColumnLevel() {
        return column != null;
    }

    /** Whether the check is the column-level one of this column. */
    public boolean belongsTo(String columnName) {
        return column != null && Names.same(column, columnName);
    }

    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, column);
    }

    public CheckConstraint withExpression(String newExpression) {
        return new CheckConstraint(name, newExpression, column);
    }

    /** The same check declared with {@code newColumn}, or at table level when null. */
    public CheckConstraint withColumn(String newColumn) {
        return new CheckConstraint(name, expression, newColumn);
    }

    /** As a record prints itself, written out: {@link Table} orders unnamed checks by it, and the generated one is slow to link. */
    @Override
    public String toString() {
        return "CheckConstraint[name=" + name + ", expression=" + expression + ", column=" + column + "]";
    }
}
