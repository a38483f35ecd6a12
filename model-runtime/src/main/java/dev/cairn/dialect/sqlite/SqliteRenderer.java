package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Keywords;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Names;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;

/**
 * SQLite DDL. Types are written as declared (SQLite keeps the text); an AUTO_INCREMENT column becomes
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT} inline; foreign keys always stay inline (SQLite does not check the
 * referenced table at CREATE). Table options: {@code without rowid}, {@code strict}.
 */
final class SqliteRenderer extends AbstractDdlRenderer {

    @Override
    protected Keywords keywords() {
        return SqliteKeywords.INSTANCE;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public boolean inlineCyclicForeignKeys() {
        return true;
    }

    @Override
    public String createTable(Table table, List<ForeignKey> leftOut) {
        if (table.comment() != null) throw new IllegalArgumentException("SQLite has no table comments: " + table.name());
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) parts.add(columnDefinition(table, c));
        if (table.primaryKey() != null && !inlinePrimaryKey(table))
            parts.add(constraintPrefix(table.primaryKey().name()) + "PRIMARY KEY " + columnList(table.primaryKey().columns()));
        for (UniqueConstraint u : table.uniqueConstraints()) parts.add(unique(u));
        for (CheckConstraint c : table.checks()) parts.add(check(c));
        for (ForeignKey fk : table.foreignKeys()) parts.add(foreignKey(fk));
        StringBuilder b = new StringBuilder(createTableBody(table, parts));
        List<String> options = new ArrayList<>();
        if (table.options().containsKey("without rowid")) options.add("WITHOUT ROWID");
        if (table.options().containsKey("strict")) options.add("STRICT");
        if (!options.isEmpty()) b.append(' ').append(String.join(", ", options));
        return b.toString();
    }

    private static boolean inlinePrimaryKey(Table table) {
        return table.primaryKey() != null && table.primaryKey().columns().size() == 1
                && table.column(table.primaryKey().columns().get(0)).map(c -> c.identity() == Identity.AUTO_INCREMENT).orElse(false);
    }

    @Override
    public String columnDefinition(Table table, Column column) {
        if (column.comment() != null) throw new IllegalArgumentException("SQLite has no column comments: " + column.name());
        StringBuilder b = new StringBuilder(quote(column.name()));
        String type = column.type().declared();
        if (type != null && !type.isBlank()) b.append(' ').append(type);
        if (column.identity() == Identity.AUTO_INCREMENT) {
            if (!inlinePrimaryKey(table) || !Names.same(table.primaryKey().columns().get(0), column.name()))
                throw new IllegalArgumentException("SQLite AUTOINCREMENT needs the column to be the single-column primary key: "
                        + table.name() + "." + column.name());
            b.append(' ').append(constraintPrefix(table.primaryKey().name())).append("PRIMARY KEY AUTOINCREMENT");
        } else if (column.identity() != Identity.NONE) {
            throw new IllegalArgumentException("SQLite has no " + column.identity() + " identity: " + column.name());
        }
        if (!column.nullable()) b.append(" NOT NULL");
        if (column.defaultExpression() != null) b.append(" DEFAULT ").append(defaultClause(column.defaultExpression()));
        if (column.collation() != null) b.append(" COLLATE ").append(quote(column.collation()));
        if (column.generatedExpression() != null)
            b.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(')')
                    .append(column.generatedStored() ? " STORED" : " VIRTUAL");
        return b.toString();
    }

    @Override
    public String addForeignKey(Table table, ForeignKey foreignKey) {
        throw new IllegalArgumentException("SQLite cannot add a foreign key to an existing table: " + table.name());
    }

    @Override
    public String createSequence(Sequence sequence) {
        throw new IllegalArgumentException("SQLite has no sequences: " + sequence.name());
    }

    @Override
    public String createView(View view) {
        if (view.comment() != null) throw new IllegalArgumentException("SQLite has no view comments: " + view.name());
        return super.createView(view);
    }
}
