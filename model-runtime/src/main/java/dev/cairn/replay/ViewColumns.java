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
    private final java.util.Set<String> withNames = new java.util.HashSet<>();

    ViewColumns(DdlRules ddl, Schema.Builder schema, TokenCursor in, Token at) {
        this.ddl = ddl;
        this.schema = schema;
        this.in = in;
        this.at = at;
    }

    List<String> of(Select select) {
        if (select.getWithItemsList() != null) {
            for (var w : select.getWithItemsList()) if (w.getAlias() != null) withNames.add(unquote(w.getAlias().getName()).toLowerCase(Locale.ROOT));
        }
        if (select instanceof SetOperationList set) return of(set.getSelects().get(0));
        if (select instanceof ParenthesedSelect p) return of(p.getSelect());
        if (!(select instanceof PlainSelect plain)) throw in.problem(at, "Cairn cannot read this view's SELECT", "name the view's columns");
        List<FromItem> from = new ArrayList<>();
        if (plain.getFromItem() != null) from.add(plain.getFromItem());
        if (plain.getJoins() != null) for (Join j : plain.getJoins()) from.add(j.getFromItem());
        checkReads(plain, from);
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
                out.add(referenceName(c, from));
            } else {
                out.add(expressionName(e));
            }
        }
        return out;
    }

    /** Names that stand as columns but are none: the engines' row ids and system columns, and niladic functions. */
    private static final java.util.Set<String> NOT_COLUMNS = java.util.Set.of("rowid", "oid", "_rowid_", "ctid", "xmin", "xmax", "cmin",
            "cmax", "tableoid", "current_date", "current_time", "current_timestamp", "current_user", "session_user", "user",
            "localtime", "localtimestamp", "current_role", "current_schema", "current_catalog", "true", "false", "null", "default");

    /**
     * Refuses, as the server would, a view that reads a table no migration created (not a table, a view or a name of its
     * WITH) or selects a column its tables do not have: a plain column, or one qualified by a table or alias of its FROM,
     * checked when every item of the FROM is a table or view of the model.
     */
    private void checkReads(PlainSelect plain, List<FromItem> from) {
        for (FromItem f : from) {
            if (!(f instanceof net.sf.jsqlparser.schema.Table t) || t.getSchemaName() != null) continue;
            String name = unquote(t.getName());
            if (schema.table(name).isEmpty() && schema.view(name).isEmpty() && !withNames.contains(name.toLowerCase(Locale.ROOT))) {
                throw problemAt(name, "the view reads " + name + ", which does not exist", "create " + name + " before the view, or correct the name");
            }
        }
        for (SelectItem<?> item : plain.getSelectItems()) {
            if (!(item.getExpression() instanceof Column c)) continue;
            String column = unquote(c.getColumnName());
            if (NOT_COLUMNS.contains(column.toLowerCase(Locale.ROOT))) continue;
            String qualifier = c.getTable() == null || c.getTable().getName() == null ? null : unquote(c.getTable().getName());
            List<FromItem> candidates = new ArrayList<>();
            for (FromItem f : from) {
                String alias = f.getAlias() == null ? null : unquote(f.getAlias().getName());
                String name = f instanceof net.sf.jsqlparser.schema.Table t ? unquote(t.getName()) : null;
                if (qualifier == null || qualifier.equalsIgnoreCase(alias) || alias == null && qualifier.equalsIgnoreCase(name)) candidates.add(f);
            }
            if (candidates.isEmpty() || (qualifier == null && candidates.size() != from.size())) continue;
            List<String> known = new ArrayList<>();
            boolean allKnown = true;
            for (FromItem f : candidates) {
                List<String> cols = modelColumns(f);
                if (cols == null) allKnown = false;
                else known.addAll(cols);
            }
            if (!allKnown || known.stream().anyMatch(k -> k.equalsIgnoreCase(column))) continue;
            String of = candidates.size() == 1 ? nameOf(candidates.get(0)) : "its tables";
            throw problemAt((qualifier == null ? "" : qualifier + ".") + column, "the view selects column " + column + ", which " + of
                    + " does not have (its columns: " + String.join(", ", known) + ")", "correct the column name, or add the column before the view");
        }
    }

    /** A bare column reference's view column name: as written, or as its table declares it ({@link DdlRules#namesColumnReferencesAsDeclared}). */
    private String referenceName(Column c, List<FromItem> from) {
        String written = unquote(c.getColumnName());
        if (!ddl.namesColumnReferencesAsDeclared()) return written;
        String qualifier = c.getTable() == null || c.getTable().getName() == null ? null : unquote(c.getTable().getName());
        for (FromItem f : from) {
            String alias = f.getAlias() == null ? null : unquote(f.getAlias().getName());
            String name = f instanceof net.sf.jsqlparser.schema.Table t ? unquote(t.getName()) : null;
            if (qualifier != null && !qualifier.equalsIgnoreCase(alias) && !(alias == null && qualifier.equalsIgnoreCase(name))) continue;
            List<String> columns = modelColumns(f);
            if (columns == null) continue;
            for (String declared : columns) if (declared.equalsIgnoreCase(written)) return declared;
        }
        return written;
    }

    private List<String> modelColumns(FromItem f) {
        if (!(f instanceof net.sf.jsqlparser.schema.Table t) || t.getSchemaName() != null) return null;
        String name = unquote(t.getName());
        if (withNames.contains(name.toLowerCase(Locale.ROOT))) return null;
        Table table = schema.table(name).orElse(null);
        if (table != null) return table.columns().stream().map(dev.cairn.schema.Column::name).toList();
        View view = schema.view(name).orElse(null);
        return view == null ? null : view.columns();
    }

    private String nameOf(FromItem f) {
        return f instanceof net.sf.jsqlparser.schema.Table t ? unquote(t.getName()) : "it";
    }

    /** A problem at the first place after the SELECT's start where {@code text} (a name, or qualifier.name) stands as a word. */
    private dev.cairn.sql.SqlProblem problemAt(String text, String what, String hint) {
        String sql = in.statement().sql();
        String pattern = "(?i)(?<![\\w.\"`])[\"`\\[]?" + java.util.regex.Pattern.quote(text).replace(".", "\\E[\"`\\]]?\\s*\\.\\s*[\"`\\[]?\\Q")
                + "[\"`\\]]?(?![\\w])";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(sql);
        int offset = m.find(at.start()) ? m.start() : at.start();
        return in.problem(new Token(Token.Kind.WORD, text, offset, offset + text.length()), what, hint);
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

    /** A name of the SELECT as JSqlParser gives it (quotes kept), as the engine stores it ({@link TokenCursor#storedName}). */
    private String unquote(String name) {
        return name == null ? null : in.storedName(name, at);
    }
}
