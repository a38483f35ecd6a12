package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.Keywords;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.sql.SqlSyntax;

/** SQLite, the embedded default: one file per database, DDL inside transactions, table rebuilds for most ALTERs. */
public final class SqliteEngine implements Engine {
    public static final SqliteEngine INSTANCE = new SqliteEngine();
    private static final ExpressionCanonicalizer EXPRESSIONS = new ExpressionCanonicalizer(SqliteExpressions.INSTANCE);

    private SqliteEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public DdlRenderer renderer() {
        return new SqliteRenderer();
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new SqliteChangeRenderer();
    }

    @Override
    public SchemaIntrospector introspector() {
        return new SqliteIntrospector();
    }

    @Override
    public SqlSyntax syntax() {
        return SqliteSyntax.INSTANCE;
    }

    @Override
    public Keywords keywords() {
        return SqliteKeywords.INSTANCE;
    }

    @Override
    public TypeSystem types() {
        return SqliteTypes.INSTANCE;
    }

    @Override
    public ExpressionCanonicalizer expressions() {
        return EXPRESSIONS;
    }
}
