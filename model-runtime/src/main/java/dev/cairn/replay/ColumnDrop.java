package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code DROP COLUMN} as each engine does it. SQLite refuses when a key, index, foreign key, other check or generated
 * column needs the column. PostgreSQL drops the indexes and constraints that use it (and, with CASCADE, other tables'
 * foreign keys to it; without, that is an error). MySQL/MariaDB take the column out of its indexes and keys, and
 * refuse while a foreign key uses it.
 */
final class ColumnDrop {
    private final Dialect dialect;
    private final TokenCursor in;
    private final Token at;
    private final Schema.Builder schema;
    private final boolean cascade;
    private final List<Table> othersChanged = new ArrayList<>();

    ColumnDrop(Dialect dialect, TokenCursor in, Token at, Schema.Builder schema, boolean cascade) {
        this.dialect = dialect;
        this.in = in;
        this.at = at;
        this.schema = schema;
        this.cascade = cascade;
    }

    List<Table> othersChanged() {
        return othersChanged;
    }

    Table from(Table t, String col) {
        referencedFromOtherTables(t, col);
        return switch (dialect) {
            case SQLITE -> sqlite(t, col);
            case POSTGRESQL -> postgres(t, col);
            case MYSQL, MARIADB -> mysql(t, col);
        };
    }

    private void referencedFromOtherTables(Table t, String col) {
        for (Table other : schema.tables()) {
            if (Names.same(other.name(), t.name())) continue;
            List<ForeignKey> kept = new ArrayList<>();
            for (ForeignKey fk : other.foreignKeys()) {
                boolean uses = Names.same(fk.referencedTable(), t.name()) && contains(fk.referencedColumns(), col);
                if (!uses) {
                    kept.add(fk);
                } else if (dialect == Dialect.POSTGRESQL && cascade) {
                    continue;
                } else if (dialect != Dialect.SQLITE) {
                    throw refused("foreign key " + fk.name() + " of table " + other.name() + " references it",
                            dialect == Dialect.POSTGRESQL ? "drop that foreign key first, or add CASCADE" : "drop that foreign key first");
                } else {
                    kept.add(fk);
                }
            }
            if (kept.size() != other.foreignKeys().size()) othersChanged.add(other.withForeignKeys(kept));
        }
    }

    private Table sqlite(Table t, String col) {
        if (t.primaryKey() != null && contains(t.primaryKey().columns(), col)) throw refused("it is part of the PRIMARY KEY", "rebuild the table");
        if (t.uniqueConstraints().stream().anyMatch(u -> contains(u.columns(), col))) throw refused("it has a UNIQUE constraint", "rebuild the table");
        for (Index i : t.indexes()) {
            if (usesColumn(i, col)) throw refused("index " + i.name() + " uses it", "drop the index first");
        }
        for (ForeignKey fk : t.foreignKeys()) {
            if (contains(fk.columns(), col) || Names.same(fk.referencedTable(), t.name()) && contains(fk.referencedColumns(), col)) {
                throw refused("a foreign key uses it", "rebuild the table");
            }
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checks()) {
            List<String> named = namedColumns(t, c.expression());
            if (!contains(named, col)) checks.add(c);
            else if (named.size() > 1) throw refused("a CHECK constraint uses it", "rebuild the table");
            // a check on this column alone is the column's own and goes with it
        }
        for (Column c : t.columns()) {
            if (c.generatedExpression() != null && !Names.same(c.name(), col) && contains(namedColumns(t, c.generatedExpression()), col)) {
                throw refused("generated column " + c.name() + " uses it", "drop the generated column first");
            }
        }
        return t.withoutColumn(col).withChecks(checks);
    }

    private Table postgres(Table t, String col) {
        PrimaryKey pk = t.primaryKey() != null && contains(t.primaryKey().columns(), col) ? null : t.primaryKey();
        List<UniqueConstraint> uniques = t.uniqueConstraints().stream().filter(u -> !contains(u.columns(), col)).toList();
        List<CheckConstraint> checks = t.checks().stream().filter(c -> !contains(namedColumns(t, c.expression()), col)).toList();
        List<ForeignKey> fks = t.foreignKeys().stream().filter(f -> !contains(f.columns(), col)
                && !(Names.same(f.referencedTable(), t.name()) && contains(f.referencedColumns(), col))).toList();
        List<Index> indexes = t.indexes().stream().filter(i -> !usesColumn(i, col) && !contains(namedColumns(t, i.where()), col)).toList();
        for (Column c : t.columns()) {
            if (c.generatedExpression() != null && !Names.same(c.name(), col) && contains(namedColumns(t, c.generatedExpression()), col) && !cascade) {
                throw refused("generated column " + c.name() + " depends on it", "drop that column first, or add CASCADE");
            }
        }
        List<Column> columns = t.columns().stream().filter(c -> !Names.same(c.name(), col)
                && !(c.generatedExpression() != null && contains(namedColumns(t, c.generatedExpression()), col))).toList();
        return t.withColumns(columns).withPrimaryKey(pk).withUniqueConstraints(uniques).withChecks(checks).withForeignKeys(fks).withIndexes(indexes);
    }

    private Table mysql(Table t, String col) {
        for (ForeignKey fk : t.foreignKeys()) {
            if (contains(fk.columns(), col)) {
                throw refused("it is needed in foreign key constraint " + fk.name(), "drop the foreign key first");
            }
        }
        PrimaryKey pk = t.primaryKey();
        if (pk != null && contains(pk.columns(), col)) {
            List<String> rest = without(pk.columns(), col);
            pk = rest.isEmpty() ? null : new PrimaryKey(pk.name(), rest);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint u : t.uniqueConstraints()) {
            List<String> rest = without(u.columns(), col);
            if (!rest.isEmpty()) uniques.add(new UniqueConstraint(u.name(), rest));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index i : t.indexes()) {
            List<IndexKey> rest = i.keys().stream().filter(k -> !(k.isColumn() && Names.same(k.column(), col)) && !isPrefixOf(k, col)).toList();
            if (!rest.isEmpty()) indexes.add(new Index(i.name(), i.unique(), rest, i.where(), i.method()));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint c : t.checks()) {
            List<String> named = namedColumns(t, c.expression());
            if (!contains(named, col)) checks.add(c);
            else if (named.size() > 1 || !Names.same(c.name(), col)) {
                throw refused("CHECK constraint " + c.name() + " uses it", "drop the constraint first");
            }
        }
        return t.withoutColumn(col).withPrimaryKey(pk).withUniqueConstraints(uniques).withIndexes(indexes).withChecks(checks);
    }

    /** A MySQL column-prefix key part, modelled as the expression {@code col(n)}. */
    private static boolean isPrefixOf(IndexKey k, String col) {
        if (k.isColumn()) return false;
        String e = k.expression().replace("`", "");
        int paren = e.indexOf('(');
        return paren > 0 && e.substring(paren).matches("\\(\\d+\\)") && Names.same(e.substring(0, paren).strip(), col);
    }

    private boolean usesColumn(Index i, String col) {
        for (IndexKey k : i.keys()) {
            if (k.isColumn() ? Names.same(k.column(), col) : contains(names(k.expression()), col)) return true;
        }
        return i.where() != null && contains(names(i.where()), col);
    }

    private List<String> namedColumns(Table t, String expression) {
        if (expression == null) return List.of();
        return names(expression).stream().filter(t::hasColumn).distinct().toList();
    }

    private List<String> names(String expression) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = SqlLexer.tokens(Engines.of(dialect).syntax(), expression);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isName() && !(k + 1 < tokens.size() && tokens.get(k + 1).isSymbol("("))) out.add(in.unquote(t));
        }
        return out;
    }

    private static boolean contains(List<String> names, String col) {
        return names.stream().anyMatch(n -> Names.same(n, col));
    }

    private static List<String> without(List<String> names, String col) {
        return names.stream().filter(n -> !Names.same(n, col)).toList();
    }

    private SqlProblem refused(String why, String hint) {
        return in.problem(at, "cannot drop column " + at.text() + ": " + why, hint);
    }
}
