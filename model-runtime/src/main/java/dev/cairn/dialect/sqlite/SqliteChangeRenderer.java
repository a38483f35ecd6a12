package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.BaseChangeRenderer;
import dev.cairn.dialect.SqlWords;
import dev.cairn.dialect.TableChanges;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQLite: what its ALTER TABLE can do (ADD COLUMN at the end, DROP COLUMN of a column nothing else uses, RENAME) it
 * does, indexes by CREATE/DROP INDEX; every other table change is a {@link SqliteTableRebuild}.
 */
final class SqliteChangeRenderer extends BaseChangeRenderer {
    /**
     * A default ADD COLUMN takes: a literal (a signed number, a string, a blob, NULL, TRUE, FALSE), possibly in
     * parentheses. Anything else — CURRENT_TIME/DATE/TIMESTAMP, a function call, any other expression, which the
     * canonical form writes without the parentheses the DDL needed — SQLite refuses as "non-constant".
     */
    private static final Pattern CONSTANT_DEFAULT = Pattern.compile(
            "(?i)\\(*\\s*([+-]?\\s*(\\d+(\\.\\d*)?|\\.\\d+)(e[+-]?\\d+)?|[+-]?\\s*0x[0-9a-f]+|'([^']|'')*'|x'[0-9a-f]*'|null|true|false)\\s*\\)*");

    SqliteChangeRenderer() {
        super(new SqliteRenderer());
    }

    @Override
    public boolean needsForeignKeysOff(Schema before, SchemaChange change) {
        return change instanceof SchemaChange.TableAltered c && !c.before().equals(c.after())
                && !alterable(TableChanges.between(c.before(), c.after()));
    }

    @Override
    public List<String> alterTable(Schema before, TableChanges diff) {
        if (!alterable(diff)) return new SqliteTableRebuild(ddl).statements(before, diff.before(), diff.after());
        Table after = diff.after();
        List<String> out = new ArrayList<>();
        for (Index i : diff.indexes().dropped()) out.add(ddl.dropIndex(after, i));
        for (TableChanges.Renamed<Index> r : diff.indexes().renamed()) out.add(ddl.dropIndex(after, r.from()));
        for (Column c : diff.droppedColumns()) out.add(ddl.dropColumn(after, c));
        for (Column c : diff.addedColumns()) out.add(ddl.addColumn(after, c));
        for (TableChanges.Renamed<Index> r : diff.indexes().renamed()) out.add(ddl.createIndex(after, r.to()));
        for (Index i : diff.indexes().added()) out.add(ddl.createIndex(after, i));
        return out;
    }

    /** Whether plain ALTER TABLE and CREATE/DROP INDEX make this change, with no rebuild. */
    static boolean alterable(TableChanges diff) {
        if (!diff.changedColumns().isEmpty() || !diff.primaryKey().isEmpty() || !diff.uniques().isEmpty() || !diff.checks().isEmpty()
                || !diff.foreignKeys().isEmpty() || diff.commentChanged() || diff.optionsChanged()) return false;
        if (!diff.keptColumnsInOrder() || !diff.addedColumnsAtEnd()) return false;
        for (Column c : diff.addedColumns()) if (!addable(c)) return false;
        Table staying = diff.after();
        for (Column c : diff.droppedColumns()) if (usedBy(diff.before(), staying, c.name())) return false;
        return true;
    }

    /** SQLite's rules for ADD COLUMN (lang_altertable.html#altertabaddcol). */
    private static boolean addable(Column c) {
        if (c.identity() != Identity.NONE) return false;
        if (c.generatedExpression() != null) return !c.generatedStored();
        if (c.defaultExpression() != null && !CONSTANT_DEFAULT.matcher(c.defaultExpression().strip()).matches()) return false;
        return c.nullable() || c.defaultExpression() != null;
    }

    /** SQLite refuses DROP COLUMN when a key, foreign key, check, index or generated column names the column. */
    private static boolean usedBy(Table before, Table after, String column) {
        if (before.primaryKey() != null && names(before.primaryKey().columns(), column)) return true;
        for (UniqueConstraint u : before.uniqueConstraints()) if (names(u.columns(), column)) return true;
        for (ForeignKey f : before.foreignKeys())
            if (names(f.columns(), column) || names(f.referencedColumns(), column)) return true;
        for (CheckConstraint c : before.checks()) if (SqlWords.mentions(c.expression(), column)) return true;
        for (Index i : after.indexes()) {
            if (SqlWords.mentions(i.where(), column)) return true;
            for (IndexKey k : i.keys()) if (k.isColumn() ? k.column().equalsIgnoreCase(column) : SqlWords.mentions(k.expression(), column)) return true;
        }
        for (Column c : before.columns())
            if (SqlWords.mentions(c.generatedExpression(), column)) return true;
        return false;
    }

    private static boolean names(List<String> columns, String column) {
        return columns.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT)));
    }
}
