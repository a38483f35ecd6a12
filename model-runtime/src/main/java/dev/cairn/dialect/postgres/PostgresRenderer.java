package dev.cairn.dialect.postgres;

import dev.cairn.dialect.AbstractDdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Keywords;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.Names;
import dev.cairn.schema.Policy;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL DDL: canonical types, {@code serial}/{@code bigserial}/{@code smallserial} for AUTO_INCREMENT,
 * {@code GENERATED … AS IDENTITY}, comments by {@code COMMENT ON}; identifiers with upper case are quoted (PostgreSQL
 * folds unquoted names to lower case).
 */
final class PostgresRenderer extends AbstractDdlRenderer {

    @Override
    protected Keywords keywords() {
        return PostgresKeywords.INSTANCE;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    /**
     * With functions or procedures, the script starts as pg_dump's does, with {@code SET check_function_bodies =
     * false}: an SQL function's body may name a view created later or a column renamed since, which PostgreSQL only
     * checks when the function is created.
     */
    @Override
    public String render(Schema schema) {
        String script = super.render(schema);
        boolean routines = schema.routines().values().stream()
                .anyMatch(r -> r.kind() == Routine.Kind.FUNCTION || r.kind() == Routine.Kind.PROCEDURE);
        return routines ? "SET check_function_bodies = false;\n" + script : script;
    }

    @Override
    public boolean needsQuotesForCase(String identifier) {
        return !identifier.equals(identifier.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A table whose serial columns' sequences have names of their own ({@link Table#serialSequenceOption}) gets those
     * sequences created first, the columns' defaults from them, and the sequences owned by the columns afterwards, as
     * {@code serial} does, in statements of their own.
     */
    @Override
    public String createTable(Table table, List<ForeignKey> leftOut) {
        List<String> before = new ArrayList<>(), after = new ArrayList<>();
        for (Column c : table.columns()) {
            String sequence = namedSerialSequence(table, c);
            if (sequence == null) continue;
            before.add("CREATE SEQUENCE " + quote(sequence) + " AS " + c.type().name());
            after.add("ALTER SEQUENCE " + quote(sequence) + " OWNED BY " + quote(table.name()) + "." + quote(c.name()));
        }
        List<UniqueConstraint> repeated = repeatedKeys(table);
        for (UniqueConstraint u : repeated) after.add("ALTER TABLE " + quote(table.name()) + " ADD " + unique(u));
        String create = createTableStatement(table, leftOut, repeated);
        if (before.isEmpty() && after.isEmpty()) return create;
        before.add(create);
        before.addAll(after);
        return String.join(";\n", before);
    }

    /**
     * The unique constraints that repeat the primary key or an earlier unique constraint (same columns, INCLUDE
     * columns and deferral): inside CREATE TABLE PostgreSQL keeps only the first of such keys (transformIndexConstraints
     * merges them), so they are added by ALTER TABLE after it, which keeps every one, as the migrations that made them did.
     */
    private static List<UniqueConstraint> repeatedKeys(Table table) {
        List<List<Object>> kept = new ArrayList<>();
        PrimaryKey pk = table.primaryKey();
        if (pk != null) kept.add(keySignature(pk.columns(), pk.include(), pk.deferral()));
        List<UniqueConstraint> repeated = new ArrayList<>();
        for (UniqueConstraint u : table.uniqueConstraints()) {
            List<Object> signature = keySignature(u.columns(), u.include(), u.deferral());
            if (kept.contains(signature)) repeated.add(u);
            else kept.add(signature);
        }
        return repeated;
    }

    private static List<Object> keySignature(List<String> columns, List<String> include, Deferral deferral) {
        return List.of(columns.stream().map(Names::key).toList(), include.stream().map(Names::key).toList(), deferral);
    }

    /** The sequence of a serial column when the table names it, else null (the column is written {@code serial}). */
    private static String namedSerialSequence(Table table, Column column) {
        return column.identity() == Identity.AUTO_INCREMENT ? table.options().get(Table.serialSequenceOption(column.name())) : null;
    }

    private String createTableStatement(Table table, List<ForeignKey> leftOut, List<UniqueConstraint> repeated) {
        List<String> parts = new ArrayList<>();
        for (Column c : table.columns()) parts.add(columnDefinition(table, c));
        if (table.primaryKey() != null)
            parts.add(primaryKey(table.primaryKey()));
        for (UniqueConstraint u : table.uniqueConstraints()) if (!repeated.contains(u)) parts.add(unique(u));
        for (CheckConstraint c : table.checks()) parts.add(check(c));
        for (ForeignKey fk : table.foreignKeys()) if (!leftOut.contains(fk)) parts.add(foreignKey(fk));
        return createTableBody(table, parts);
    }

    @Override
    public String columnDefinition(Table table, Column column) {
        StringBuilder b = new StringBuilder(quote(column.name())).append(' ');
        String sequence = namedSerialSequence(table, column);
        if (sequence != null) {
            return b.append(typeText(column.type())).append(" DEFAULT nextval(").append(stringLiteral(PostgresExpressions.regclass(quote(sequence))))
                    .append(") NOT NULL").toString();
        }
        b.append(column.identity() == Identity.AUTO_INCREMENT ? serialType(column) : typeText(column.type()));
        if (column.collation() != null) b.append(" COLLATE ").append(quote(column.collation()));
        if (column.generatedExpression() != null) {
            if (!column.generatedStored()) throw new IllegalArgumentException("PostgreSQL generated columns are STORED: " + column.name());
            b.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        if (column.identity() == Identity.ALWAYS) b.append(" GENERATED ALWAYS AS IDENTITY").append(identitySequence(table, column));
        if (column.identity() == Identity.BY_DEFAULT) b.append(" GENERATED BY DEFAULT AS IDENTITY").append(identitySequence(table, column));
        if (column.defaultExpression() != null) b.append(" DEFAULT ").append(defaultClause(column.defaultExpression()));
        if (!column.nullable()) b.append(" NOT NULL");
        return b.toString();
    }

    /**
     * {@code  (SEQUENCE NAME s)} where an identity column's sequence is not named after its table and column (it kept
     * its name through a rename), else nothing.
     */
    String identitySequence(Table table, Column column) {
        String sequence = table.options().get(Table.serialSequenceOption(column.name()));
        return sequence == null ? "" : " (SEQUENCE NAME " + quote(sequence) + ")";
    }

    private static String serialType(Column column) {
        return switch (column.type().name()) {
            case "smallint" -> "smallserial";
            case "integer" -> "serial";
            case "bigint" -> "bigserial";
            default -> throw new IllegalArgumentException("no serial type for " + column.type() + ": " + column.name());
        };
    }

    /**
     * The canonical type as DDL ({@code timestamp(3) with time zone}). PostgresTypes keeps a quoted or schema-qualified
     * type name as PostgreSQL prints it ({@code "Mood"}, {@code app.mood}); only a plain name that is a keyword still
     * needs quotes here.
     */
    String typeText(SqlType type) {
        String name = type.name();
        if (name.matches("[a-z_][a-z0-9_]*") && PostgresKeywords.INSTANCE.isReserved(name))
            return quote(name) + type.canonical().substring(name.length());
        return PostgresTypes.INSTANCE.toSql(type);
    }

    @Override
    public String createIndex(Table table, Index index) {
        StringBuilder b = new StringBuilder("CREATE ");
        if (index.unique()) b.append("UNIQUE ");
        b.append("INDEX ").append(quote(index.name())).append(" ON ").append(quote(table.name()));
        if (index.method() != null) b.append(" USING ").append(index.method());
        b.append(' ').append(indexKeys(index.keys()));
        if (!index.include().isEmpty()) b.append(" INCLUDE ").append(columnList(index.include()));
        if (index.where() != null) b.append(" WHERE ").append(index.where());
        return b.toString();
    }

    @Override
    public String createEnumType(EnumType enumType) {
        return "CREATE TYPE " + quote(enumType.name()) + " AS ENUM "
                + enumType.values().stream().map(AbstractDdlRenderer::stringLiteral).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override
    public List<String> commentStatements(Table table) {
        List<String> out = new ArrayList<>();
        if (table.comment() != null)
            out.add("COMMENT ON TABLE " + quote(table.name()) + " IS " + stringLiteral(table.comment()));
        for (Column c : table.columns())
            if (c.comment() != null)
                out.add("COMMENT ON COLUMN " + quote(table.name()) + "." + quote(c.name()) + " IS " + stringLiteral(c.comment()));
        return out;
    }

    @Override
    public List<String> rowSecurityStatements(Table table) {
        List<String> out = new ArrayList<>();
        if (table.options().containsKey(Table.ROW_LEVEL_SECURITY)) out.add(rowLevelSecurity(table, "ENABLE"));
        if (table.options().containsKey(Table.FORCE_ROW_LEVEL_SECURITY)) out.add(rowLevelSecurity(table, "FORCE"));
        for (Policy p : table.policies()) out.add(createPolicy(table, p));
        return out;
    }

    /** {@code CREATE POLICY}, the defaults (PERMISSIVE, FOR ALL, TO PUBLIC) left out. */
    String createPolicy(Table table, Policy p) {
        StringBuilder b = new StringBuilder("CREATE POLICY ").append(quote(p.name())).append(" ON ").append(quote(table.name()));
        if (!p.permissive()) b.append(" AS RESTRICTIVE");
        if (!p.command().equals("ALL")) b.append(" FOR ").append(p.command());
        if (!p.roles().equals(List.of(Policy.PUBLIC))) b.append(" TO ").append(roles(p.roles()));
        if (p.using() != null) b.append(" USING (").append(p.using()).append(')');
        if (p.withCheck() != null) b.append(" WITH CHECK (").append(p.withCheck()).append(')');
        return b.toString();
    }

    /** Role names as {@code TO} takes them: {@code PUBLIC} bare, others quoted where needed. */
    String roles(List<String> roles) {
        return roles.stream().map(r -> r.equals(Policy.PUBLIC) ? "PUBLIC" : quote(r)).collect(Collectors.joining(", "));
    }

    /** {@code ALTER TABLE t <action> ROW LEVEL SECURITY}: ENABLE, DISABLE, FORCE or NO FORCE. */
    String rowLevelSecurity(Table table, String action) {
        return "ALTER TABLE " + quote(table.name()) + " " + action + " ROW LEVEL SECURITY";
    }

    @Override
    public List<String> otherCommentStatements(Schema schema) {
        List<String> out = new ArrayList<>();
        for (View v : schema.views().values())
            if (v.comment() != null) out.add("COMMENT ON VIEW " + quote(v.name()) + " IS " + stringLiteral(v.comment()));
        for (EnumType e : schema.enumTypes().values())
            if (e.comment() != null) out.add("COMMENT ON TYPE " + quote(e.name()) + " IS " + stringLiteral(e.comment()));
        return out;
    }
}
