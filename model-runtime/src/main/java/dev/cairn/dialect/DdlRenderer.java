package dev.cairn.dialect;

import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;

/**
 * Writes the model back as DDL for one dialect. {@link #render(Schema)} gives the whole schema as one deterministic
 * script (enum types, sequences, tables in foreign-key order with ties by name, cyclic foreign keys added afterwards
 * where the engine needs that, indexes, views, comments), every statement ended by {@code ;} and a newline. The
 * per-object methods return one statement without the terminating {@code ;}. Identifiers are quoted only when needed.
 * Something the dialect cannot express (a partial index on MySQL) is an {@link IllegalArgumentException}.
 */
public interface DdlRenderer {

    Dialect dialect();

    /** The whole schema as a script: statements each ended by ";\n". */
    String render(Schema schema);

    String createTable(Table table);

    /**
     * One table as statements each ended by ";\n": its CREATE TABLE with every foreign key inline, its indexes and its
     * comments; with {@link #untabledText} it covers what {@link #render} writes, table by table.
     */
    String tableText(Table table);

    /** What {@link #render} writes beside the tables: enum types, sequences, views and comments on them. */
    String untabledText(Schema schema);

    String dropTable(Table table);

    String addColumn(Table table, Column column);

    String dropColumn(Table table, Column column);

    String createIndex(Table table, Index index);

    String dropIndex(Table table, Index index);

    /** ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY (not supported by SQLite). */
    String addForeignKey(Table table, ForeignKey foreignKey);

    String createView(View view);

    String createEnumType(EnumType enumType);

    String createSequence(Sequence sequence);

    /** The identifier, quoted only if the dialect needs it quoted. */
    String quote(String identifier);
}
