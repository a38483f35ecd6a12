package dev.cairn.replay;

import dev.cairn.dialect.DdlRules;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;
import dev.cairn.sql.Token;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column names a view's SELECT gives, as the engine names them: an alias; a column's name; {@code *} and
 * {@code t.*} expanded from the model; any other expression named by the engine's rule (PostgreSQL: a function's or a
 * cast type's name, else {@code ?column?}; SQLite and MySQL: the expression's text as written).
 */
final class ViewColumns {
    private final DdlRules ddl;
    private final Schema.Builder schema;
    private final TokenCursor in;
    private final Token at;

    ViewColumns(DdlRules ddl, Schema.Builder schema, TokenCursor in, Token at) {
        this.ddl = ddl;
        this.schema = schema;
        this.in = in;
        this.at = at;
    }

    List<String> of(Select select) {
        if (select instanceof SetOperationList set) return of(set.getSelects().get(0));
        if (select instanceof ParenthesedSelect p) return of(p.getSelect());
        if (!(select instanceof PlainSelect plain)) throw in.problem(at, "Cairn cannot read this view's SELECT", "name the view's columns");
        List<FromItem> from = new ArrayList<>();
        if (plain.getFromItem() != null) from.add(plain.getFromItem());
        if (plain.getJoins() != null) for (Join j : plain.getJoins()) from.add(j.getFromItem());
        List<String> out = new ArrayList<>();
        for (SelectItem<?> item : plain.getSelectItems()) {
            Expression e = item.getExpression();
            Alias alias = item.getAlias();
            if (alias != null) {
                out.add(unquote(alias.getName()));
            } else if (e instanceof AllTableColumns atc) {
                out.addAll(columnsOf(atc.getTable().getName(), from));
            } else if (e instanceof AllColumns) {
                for (FromItem f : from) out.addAll(columnsOf(f));
            } else if (e instanceof Column c) {
                out.add(unquote(c.getColumnName()));
            } else {
                out.add(expressionName(e));
            }
        }
        return out;
    }

    private String expressionName(Expression e) {
        if (ddl.namesExpressionColumnsAsWritten()) return e.toString();
        if (e instanceof Function f) return unquote(f.getName()).toLowerCase(Locale.ROOT);
        if (e instanceof CastExpression c) return c.getColDataType().getDataType().toLowerCase(Locale.ROOT);
        return "?column?";
    }

    private List<String> columnsOf(String tableOrAlias, List<FromItem> from) {
        for (FromItem f : from) {
            String alias = f.getAlias() == null ? null : unquote(f.getAlias().getName());
            String name = f instanceof net.sf.jsqlparser.schema.Table t ? unquote(t.getName()) : null;
            if (unquote(tableOrAlias).equalsIgnoreCase(alias) || alias == null && unquote(tableOrAlias).equalsIgnoreCase(name)) return columnsOf(f);
        }
        throw in.problem(at, "the view selects " + tableOrAlias + ".* but " + tableOrAlias + " is not in its FROM", "check the SELECT");
    }

    private List<String> columnsOf(FromItem f) {
        if (f instanceof net.sf.jsqlparser.schema.Table t) {
            String name = unquote(t.getName());
            Table table = schema.table(name).orElse(null);
            if (table != null) return table.columns().stream().map(dev.cairn.schema.Column::name).toList();
            View view = schema.view(name).orElse(null);
            if (view != null) return view.columns();
            throw in.problem(at, "the view selects from " + name + ", which does not exist", "create it before the view");
        }
        if (f instanceof Select s) return of(s);
        throw in.problem(at, "Cairn cannot expand * over this FROM item", "name the view's columns: CREATE VIEW v (a, b) AS …");
    }

    private String unquote(String name) {
        if (name == null) return null;
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("`") || name.startsWith("["))) return name.substring(1, name.length() - 1);
        return ddl.foldsUnquotedNamesToLowerCase() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
