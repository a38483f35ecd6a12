package dev.cairn.dialect.mysql;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Keywords;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MySQL and MariaDB DDL: canonical types, AUTO_INCREMENT, inline {@code COMMENT}s, backtick quoting. Every index is
 * written inside CREATE TABLE as a {@code KEY}, so the index the engine would make for a foreign key (which the model
 * holds as an Index) exists before the foreign key and is not made twice.
 */
final class MySqlRenderer extends AbstractDdlRenderer {
    private final MySqlFamilyEngine engine;

    MySqlRenderer(MySqlFamilyEngine engine) {
        this.engine = engine;
    }

    @Override
    protected Keywords keywords() {
        return engine.keywords();
    }

    @Override
    public Dialect dialect() {
        return engine.dialect();
    }

    @Override
    public String quoteChar() {
        return "`";
    }

    @Override
    public boolean indexInline(Table table, Index index) {
        return true;
    }

    @Override
    public String createTable(Table table, List<ForeignKey> leftOut) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) parts.add(columnDefinition(table, c));
        if (table.primaryKey() != null) parts.add("PRIMARY KEY " + columnList(table.primaryKey().columns()));
        for (UniqueConstraint u : table.uniqueConstraints())
            parts.add("UNIQUE KEY " + (u.name() == null ? "" : quote(u.name()) + " ") + keyColumnList(u.columns()));
        for (Index i : table.indexes()) parts.add(key(i));
        for (CheckConstraint c : table.checks()) if (!c.isColumnLevel()) parts.add(check(c));
        for (ForeignKey fk : table.foreignKeys()) if (!leftOut.contains(fk)) parts.add(foreignKey(fk));
        String sql = createTableBody(table, parts);
        String options = tableOptions(table.options());
        if (!options.isEmpty()) sql += " " + options;
        if (table.comment() != null) sql += " COMMENT=" + stringLiteral(table.comment());
        return sql;
    }

    /**
     * The engine, character set, collation and row format a table was given ({@code ENGINE=InnoDB DEFAULT
     * CHARSET=utf8mb3 COLLATE=utf8mb3_bin ROW_FORMAT=DYNAMIC}), so that a fresh database gives them too; what it was
     * not given it takes from the database (the row format: the engine's default).
     */
    public String tableOptions(Map<String, String> options) {
        List<String> out = new ArrayList<>();
        if (options.containsKey(Table.ENGINE)) out.add("ENGINE=" + options.get(Table.ENGINE));
        if (options.containsKey(Table.CHARSET)) out.add("DEFAULT CHARSET=" + options.get(Table.CHARSET));
        if (options.containsKey(Table.COLLATE)) out.add("COLLATE=" + options.get(Table.COLLATE));
        if (options.containsKey(Table.ROW_FORMAT)) out.add("ROW_FORMAT=" + options.get(Table.ROW_FORMAT));
        return String.join(" ", out);
    }

    /** An index as a part of CREATE TABLE or of ALTER TABLE … ADD: {@code KEY `name` (…)}. */
    String key(Index index) {
        if (index.where() != null) throw new IllegalArgumentException(engine.dialect() + " has no partial indexes: " + index.name());
        String kind = index.method() != null ? index.method().toUpperCase(java.util.Locale.ROOT) + " KEY"
                : index.unique() ? "UNIQUE KEY" : "KEY";
        return kind + " " + quote(index.name()) + " " + indexKeys(index.keys());
    }

    /** A unique key's parts: columns, and prefixes of columns written {@code `name`(10)}. */
    public String keyColumnList(List<String> keyColumns) {
        return indexKeys(keyColumns.stream().map(IndexKey::ofKeyColumn).toList());
    }

    @Override
    public String createIndex(Table table, Index index) {
        if (index.where() != null) throw new IllegalArgumentException(engine.dialect() + " has no partial indexes: " + index.name());
        String kind = index.method() != null ? index.method().toUpperCase(java.util.Locale.ROOT) + " "
                : index.unique() ? "UNIQUE " : "";
        return "CREATE " + kind + "INDEX " + quote(index.name()) + " ON " + quote(table.name()) + " " + indexKeys(index.keys());
    }

    @Override
    public String dropIndex(Table table, Index index) {
        return "DROP INDEX " + quote(index.name()) + " ON " + quote(table.name());
    }

    @Override
    public String columnDefinition(Table table, Column column) {
        StringBuilder b = new StringBuilder(quote(column.name())).append(' ').append(column.type().canonical());
        if (column.charset() != null) b.append(" CHARACTER SET ").append(quote(column.charset()));
        if (column.collation() != null) b.append(" COLLATE ").append(quote(column.collation()));
        if (column.generatedExpression() != null)
            b.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(')')
                    .append(column.generatedStored() ? " STORED" : " VIRTUAL");
        if (column.generatedExpression() == null) b.append(column.nullable() ? " NULL" : " NOT NULL");
        if (column.defaultExpression() != null) b.append(" DEFAULT ").append(defaultClause(column.defaultExpression()));
        if (column.identity() == Identity.AUTO_INCREMENT) b.append(" AUTO_INCREMENT");
        else if (column.identity() != Identity.NONE)
            throw new IllegalArgumentException(engine.dialect() + " has no " + column.identity() + " identity: " + column.name());
        if (column.comment() != null) b.append(" COMMENT ").append(stringLiteral(column.comment()));
        // MariaDB's column-level CHECK: last, as MariaDB writes it, and named after the column by the server
        for (CheckConstraint c : table.checks()) if (c.belongsTo(column.name())) b.append(" CHECK (").append(c.expression()).append(')');
        return b.toString();
    }

    @Override
    public String createSequence(Sequence sequence) {
        if (!engine.hasSequences()) throw new IllegalArgumentException("MySQL has no sequences: " + sequence.name());
        return super.createSequence(sequence);
    }

    /**
     * A body holding {@code ;} between {@code DELIMITER $$} lines, as the mysql client needs it; Cairn's splitter reads
     * both forms, and a statement sent over JDBC needs none.
     */
    @Override
    public String routineScriptText(Routine routine) {
        String create = createRoutine(routine);
        return create.indexOf(';') < 0 ? create + ";\n" : "DELIMITER $$\n" + create + "$$\nDELIMITER ;\n";
    }

    @Override
    public String createView(View view) {
        if (view.comment() != null) throw new IllegalArgumentException(engine.dialect() + " has no view comments: " + view.name());
        return super.createView(view);
    }
}
