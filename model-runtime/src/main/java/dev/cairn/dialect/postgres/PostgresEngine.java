package dev.cairn.dialect.postgres;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.Keywords;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.sql.SqlSyntax;

/** PostgreSQL: schemas, transactional DDL, advisory locks, names folded to lower case and cut to 63 bytes. */
public final class PostgresEngine implements Engine {
    public static final PostgresEngine INSTANCE = new PostgresEngine();
    private static final ExpressionCanonicalizer EXPRESSIONS = new ExpressionCanonicalizer(PostgresExpressions.INSTANCE);

    private PostgresEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public DdlRenderer renderer() {
        return new PostgresRenderer();
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new PostgresChangeRenderer();
    }

    @Override
    public SchemaIntrospector introspector() {
        return new PostgresIntrospector();
    }

    @Override
    public SqlSyntax syntax() {
        return PostgresSyntax.INSTANCE;
    }

    @Override
    public Keywords keywords() {
        return PostgresKeywords.INSTANCE;
    }

    @Override
    public TypeSystem types() {
        return PostgresTypes.INSTANCE;
    }

    @Override
    public ExpressionCanonicalizer expressions() {
        return EXPRESSIONS;
    }
}
