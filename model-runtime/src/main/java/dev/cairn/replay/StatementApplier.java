package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.ExpressionCanonicalizer;
import dev.cairn.dialect.TypeParser;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Names;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.drop.Drop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies one parsed shape-changing statement to a schema under construction, raising the errors an engine would. */
final class StatementApplier {
    private final Dialect dialect;
    private final Schema.Builder schema;
    private final SqlStatement source;

    private final Map<String, String> options;

    StatementApplier(Dialect dialect, Schema.Builder schema, SqlStatement source, Map<String, String> options) {
        this.dialect = dialect;
        this.schema = schema;
        this.source = source;
        this.options = options;
    }

    void apply(Statement st) {
        if (st instanceof CreateTable ct) createTable(ct);
        else if (st instanceof CreateIndex ci) createIndex(ci);
        else if (st instanceof Alter a) alter(a);
        else if (st instanceof Drop d) drop(d);
        else throw problem(source.position(), "Cairn does not model this statement yet", "keep it out of the migration or report it");
    }

    private String name(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("`") || s.startsWith("["))) return s.substring(1, s.length() - 1);
        return dialect == Dialect.POSTGRESQL ? s.toLowerCase(Locale.ROOT) : s;
    }

    private void createTable(CreateTable ct) {
        String tableName = name(ct.getTable().getName());
        if (schema.table(tableName).isPresent()) {
            if (ct.isIfNotExists()) return;
            throw problem(at(ct.getTable().getName()), "table " + tableName + " already exists", "choose another name, or drop the table first");
        }
        List<Column> columns = new ArrayList<>();
        PrimaryKey pk = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (ColumnDefinition cd : ct.getColumnDefinitions()) {
            String col = name(cd.getColumnName());
            if (columns.stream().anyMatch(c -> Names.same(c.name(), col)))
                throw problem(at(cd.getColumnName()), "column " + col + " is declared twice in table " + tableName, "remove or rename one of them");
            String typeText = cd.getColDataType().toString().replaceAll("\\s+\\(", "(");
            List<String> specs = cd.getColumnSpecs() == null ? List.of() : cd.getColumnSpecs();
            String spec = " " + String.join(" ", specs) + " ";
            String up = spec.toUpperCase(Locale.ROOT);
            boolean primary = up.contains(" PRIMARY KEY ");
            boolean autoinc = up.contains(" AUTOINCREMENT ") || up.contains(" AUTO_INCREMENT ");
            var type = TypeParser.parse(dialect, typeText);
            // SQLite keeps a PRIMARY KEY column nullable unless NOT NULL is written (PRAGMA table_info notnull = 0)
            boolean notNull = up.contains(" NOT NULL ") || (primary && dialect != Dialect.SQLITE);
            Column c = Column.of(col, type, !notNull).withIdentity(autoinc ? Identity.AUTO_INCREMENT : Identity.NONE)
                    .withDefault(defaultOf(specs));
            if (dialect == Dialect.POSTGRESQL && typeText.toLowerCase(Locale.ROOT).contains("serial")) c = c.withIdentity(Identity.AUTO_INCREMENT).withNullable(false);
            columns.add(c);
            if (primary) pk = new PrimaryKey(dialect == Dialect.SQLITE ? null : pkName(tableName), List.of(col));
            if (up.contains(" UNIQUE ")) uniques.add(new UniqueConstraint(uniqueName(tableName, List.of(col), uniques), List.of(col)));
            String check = inlineCheck(specs);
            if (check != null) checks.add(new CheckConstraint(dialect == Dialect.POSTGRESQL ? tableName + "_" + col + "_check" : null, check));
            Matcher ref = Pattern.compile("(?i)\\bREFERENCES\\s+(\\S+?)\\s*\\(([^)]*)\\)").matcher(spec);
            if (ref.find()) {
                fks.add(new ForeignKey(fkName(tableName, col, fks.size() + 1), List.of(col), name(ref.group(1)),
                        splitNames(ref.group(2)), action(spec, "DELETE"), action(spec, "UPDATE")));
            }
        }
        if (ct.getIndexes() != null) {
            for (var idx : ct.getIndexes()) {
                List<String> cols = idx.getColumnsNames().stream().map(this::name).toList();
                String type = idx.getType() == null ? "" : idx.getType().toUpperCase(Locale.ROOT);
                String given = idx.getName() == null ? null : name(idx.getName());
                if (idx instanceof net.sf.jsqlparser.statement.create.table.CheckConstraint cc) {
                    checks.add(new CheckConstraint(given != null ? given : dialect == Dialect.POSTGRESQL ? tableName + "_check" : null,
                            ExpressionCanonicalizer.canonical(dialect, cc.getExpression().toString())));
                } else if (idx instanceof ForeignKeyIndex fk) {
                    fks.add(new ForeignKey(given != null ? given : fkName(tableName, cols.get(0), fks.size() + 1), cols,
                            name(fk.getTable().getName()), fk.getReferencedColumnNames().stream().map(this::name).toList(),
                            fk.getOnDeleteReferenceOption() == null ? null : ForeignKeyAction.parse(fk.getOnDeleteReferenceOption()),
                            fk.getOnUpdateReferenceOption() == null ? null : ForeignKeyAction.parse(fk.getOnUpdateReferenceOption())));
                } else if (type.contains("PRIMARY")) {
                    pk = new PrimaryKey(given != null ? given : dialect == Dialect.SQLITE ? null : pkName(tableName), cols);
                } else if (type.contains("UNIQUE")) {
                    uniques.add(new UniqueConstraint(given != null ? given : uniqueName(tableName, cols, uniques), cols));
                }
            }
        }
        if (pk != null && dialect != Dialect.SQLITE) {
            for (String pc : pk.columns()) {
                int k = indexOf(columns, pc);
                if (k >= 0) columns.set(k, columns.get(k).withNullable(false));
            }
        }
        for (ForeignKey fk : fks) checkReference(tableName, fk, columns);
        schema.putTable(new Table(tableName, columns, pk, uniques, checks, fks, List.of(), null, options));
    }

    /** The condition of an inline {@code CHECK (…)} among a column's options, or null. */
    private String inlineCheck(List<String> specs) {
        for (int k = 0; k < specs.size() - 1; k++) {
            if (specs.get(k).equalsIgnoreCase("CHECK")) return ExpressionCanonicalizer.canonical(dialect, specs.get(k + 1));
        }
        return null;
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int k = 0; k < columns.size(); k++) if (Names.same(columns.get(k).name(), name)) return k;
        return -1;
    }

    private void checkReference(String tableName, ForeignKey fk, List<Column> ownColumns) {
        if (dialect == Dialect.SQLITE) return;
        boolean self = Names.same(fk.referencedTable(), tableName);
        if (!self && schema.table(fk.referencedTable()).isEmpty())
            throw problem(at(fk.referencedTable()), "foreign key references table " + fk.referencedTable() + ", which does not exist",
                    "create " + fk.referencedTable() + " in an earlier statement or migration");
        for (String rc : fk.referencedColumns()) {
            boolean found = self ? indexOf(ownColumns, rc) >= 0 : schema.table(fk.referencedTable()).get().hasColumn(rc);
            if (!found) throw problem(at(rc), "foreign key references column " + fk.referencedTable() + "." + rc + ", which does not exist",
                    "reference an existing column");
        }
    }

    private String defaultOf(List<String> specs) {
        for (int k = 0; k < specs.size() - 1; k++) {
            if (specs.get(k).equalsIgnoreCase("DEFAULT")) {
                String v = specs.get(k + 1);
                if (v.equalsIgnoreCase("NULL")) return null;
                return ExpressionCanonicalizer.canonical(dialect, v);
            }
        }
        return null;
    }

    private static ForeignKeyAction action(String spec, String event) {
        Matcher m = Pattern.compile("(?i)\\bON\\s+" + event + "\\s+(CASCADE|RESTRICT|NO\\s+ACTION|SET\\s+NULL|SET\\s+DEFAULT)").matcher(spec);
        return m.find() ? ForeignKeyAction.parse(m.group(1)) : null;
    }

    private List<String> splitNames(String list) {
        List<String> out = new ArrayList<>();
        for (String p : list.split(",")) if (!p.isBlank()) out.add(name(p));
        return out;
    }

    private String pkName(String table) {
        return dialect.isMySqlFamily() ? "PRIMARY" : table + "_pkey";
    }

    private String uniqueName(String table, List<String> cols, List<UniqueConstraint> existing) {
        if (dialect == Dialect.SQLITE) return null;
        if (dialect == Dialect.POSTGRESQL) return table + "_" + String.join("_", cols) + "_key";
        String base = cols.get(0);
        String candidate = base;
        int n = 2;
        while (true) {
            String c = candidate;
            if (existing.stream().noneMatch(u -> Names.same(u.name(), c))) return candidate;
            candidate = base + "_" + n++;
        }
    }

    private String fkName(String table, String col, int ordinal) {
        if (dialect == Dialect.SQLITE) return null;
        if (dialect == Dialect.POSTGRESQL) return table + "_" + col + "_fkey";
        return table + "_ibfk_" + ordinal;
    }

    private void createIndex(CreateIndex ci) {
        String tableName = name(ci.getTable().getName());
        Table t = schema.table(tableName).orElseThrow(() -> problem(at(ci.getTable().getName()),
                "table " + tableName + " does not exist", "create the table before indexing it, or check the name"));
        String indexName = name(ci.getIndex().getName());
        boolean exists = schema.tables().stream().anyMatch(x -> x.index(indexName).isPresent());
        if (exists) {
            if (ci.isUsingIfNotExists()) return;
            throw problem(at(ci.getIndex().getName()), "index " + indexName + " already exists", "choose another index name");
        }
        List<IndexKey> keys = new ArrayList<>();
        for (var part : ci.getIndex().getColumns()) {
            boolean desc = part.getParams() != null && part.getParams().stream().anyMatch(x -> x.equalsIgnoreCase("DESC"))
                    || part.getSortOrder() != null && part.getSortOrder().name().equals("DESC");
            if (part.getExpression() != null && !(part.getExpression() instanceof net.sf.jsqlparser.schema.Column)) {
                keys.add(new IndexKey(null, ExpressionCanonicalizer.canonical(dialect, part.getExpression().toString()), desc));
                continue;
            }
            String raw = part.getColumnName().strip().split("\\s+")[0];
            String col = name(raw);
            if (!t.hasColumn(col)) throw problem(at(raw), "column " + col + " does not exist in table " + tableName, "index an existing column");
            keys.add(new IndexKey(t.column(col).get().name(), null, desc));
        }
        boolean unique = ci.getIndex().getType() != null && ci.getIndex().getType().toUpperCase(Locale.ROOT).contains("UNIQUE");
        List<Index> indexes = new ArrayList<>(t.indexes());
        indexes.add(new Index(indexName, unique, keys, null, null));
        schema.putTable(t.withIndexes(indexes));
    }

    private void alter(Alter a) {
        String tableName = name(a.getTable().getName());
        Table t = schema.table(tableName).orElseThrow(() -> problem(at(a.getTable().getName()),
                "table " + tableName + " does not exist", "check the table name, or create the table in an earlier migration"));
        for (AlterExpression e : a.getAlterExpressions()) {
            if (e.getOperation() == AlterOperation.ADD && e.getColDataTypeList() != null) {
                for (var cd : e.getColDataTypeList()) {
                    String col = name(cd.getColumnName());
                    if (t.hasColumn(col)) throw problem(at(cd.getColumnName()), "column " + col + " already exists in table " + tableName, "choose another column name");
                    List<String> specs = cd.getColumnSpecs() == null ? List.of() : cd.getColumnSpecs();
                    boolean notNull = String.join(" ", specs).toUpperCase(Locale.ROOT).contains("NOT NULL");
                    t = t.withColumn(Column.of(col, TypeParser.parse(dialect, cd.getColDataType().toString().replaceAll("\\s+\\(", "(")), !notNull).withDefault(defaultOf(specs)));
                }
            } else if (e.getOperation() == AlterOperation.DROP && e.getColumnName() != null) {
                String col = name(e.getColumnName());
                if (!t.hasColumn(col)) throw problem(at(e.getColumnName()), "column " + col + " does not exist in table " + tableName, "check the column name");
                t = t.withoutColumn(col);
            } else {
                throw problem(source.position(), "this ALTER TABLE form is not modelled yet", "report it to the Cairn developers");
            }
        }
        schema.putTable(t);
    }

    private void drop(Drop d) {
        String type = d.getType().toUpperCase(Locale.ROOT);
        String objectName = name(d.getName().getName());
        if (type.equals("TABLE")) {
            if (schema.table(objectName).isEmpty()) {
                if (d.isIfExists()) return;
                throw problem(at(d.getName().getName()), "table " + objectName + " does not exist", "check the table name");
            }
            schema.removeTable(objectName);
        } else if (type.equals("INDEX")) {
            for (Table t : List.copyOf(schema.tables())) {
                if (t.index(objectName).isPresent()) {
                    schema.putTable(t.withIndexes(t.indexes().stream().filter(i -> !Names.same(i.name(), objectName)).toList()));
                    return;
                }
            }
            if (!d.isIfExists()) throw problem(at(d.getName().getName()), "index " + objectName + " does not exist", "check the index name");
        } else {
            throw problem(source.position(), "DROP " + type + " is not modelled yet", "report it to the Cairn developers");
        }
    }

    /** The position of the first whole-word occurrence of {@code text} in the statement, else its start. */
    private SourcePosition at(String text) {
        String sql = source.sql();
        Matcher m = Pattern.compile("(?i)(?<![\\w\"`])" + Pattern.quote(text) + "(?![\\w\"`])").matcher(sql);
        if (!m.find()) return source.position();
        int line = 1, col = 1;
        for (int k = 0; k < m.start(); k++) {
            if (sql.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return source.position().offsetBy(line, col);
    }

    private SqlProblem problem(SourcePosition position, String what, String hint) {
        return new SqlProblem(position, source.sql(), what, hint);
    }
}
