package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.SqlType;

import java.util.Arrays;
import java.util.List;

/**
 * Short-hands for hand-built expected models. Types and expressions go through the same engine types and
 * expression canonicalizer replay uses on what a migration writes, so an expected model states what the
 * migration said, not what the engine prints.
 */
public record ModelParts(Dialect dialect) {

    public SqlType type(String declared) {
        return Engines.of(dialect).types().parse(declared);
    }

    /** A nullable column of the declared type. */
    public Column column(String name, String declaredType) {
        return Column.of(name, type(declaredType), true);
    }

    public Column notNull(String name, String declaredType) {
        return Column.of(name, type(declaredType), false);
    }

    /** The canonical form of an expression as a migration writes it. */
    public String expr(String written) {
        return Engines.of(dialect).expressions().canonical(written);
    }

    /** The column with the default a migration writes, canonical for the column's type (as replay keeps it). */
    public Column defaulted(Column column, String written) {
        return column.withDefault(Engines.of(dialect).expressions().canonicalDefault(written, column.type()));
    }

    public CheckConstraint check(String name, String written) {
        return new CheckConstraint(name, expr(written));
    }

    public ForeignKey foreignKey(String name, List<String> columns, String table, List<String> referenced) {
        return new ForeignKey(name, columns, table, referenced, ForeignKeyAction.NO_ACTION, ForeignKeyAction.NO_ACTION);
    }

    public ForeignKey foreignKey(String name, String column, String table, String referenced) {
        return foreignKey(name, List.of(column), table, List.of(referenced));
    }

    /** A plain (B-tree, non-unique, full) index on columns. */
    public Index index(String name, String... columns) {
        return new Index(name, false, Arrays.stream(columns).map(IndexKey::column).toList(), null, null);
    }

    public Index uniqueIndex(String name, String... columns) {
        return new Index(name, true, Arrays.stream(columns).map(IndexKey::column).toList(), null, null);
    }

    public IndexKey expressionKey(String written) {
        return new IndexKey(null, expr(written), false);
    }
}
